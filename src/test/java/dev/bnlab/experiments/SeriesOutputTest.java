package dev.bnlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Series tables, the CSV writer and the renderer lookup. */
class SeriesOutputTest {

    @TempDir
    Path tmp;

    @Test
    void tableIsImmutableAndChecksItsShape() {
        SeriesTable.Builder b = SeriesTable.builder("loss", "step", "a", "b");
        double[] row = {0.5, Double.NaN};
        b.add(1, row);
        row[0] = 99;
        SeriesTable t = b.build();
        b.add(2, 1, 2);
        assertThat(t.rowCount()).isEqualTo(1);
        assertThat(t.value(0, 0)).isEqualTo(0.5);
        t.column("a")[0] = 7;
        assertThat(t.column("a")[0]).isEqualTo(0.5);
        assertThatThrownBy(() -> b.add(3, 1.0)).hasMessageContaining("expects 2 values");
        assertThatThrownBy(() -> SeriesTable.builder("bad name", "x", "a")).hasMessageContaining("letters");
        assertThatThrownBy(() -> SeriesTable.builder("t", "x", "a", "a")).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> t.column("c")).hasMessageContaining("no column");
    }

    @Test
    void csvHasAHeaderAndRoundTripsEveryDouble() {
        double third = 1.0 / 3;
        SeriesTable t = SeriesTable.builder("g", "step", "v", "w").add(1, third, Double.NaN).add(2, -0.0, 1e-300)
                .add(3, 42, Math.PI).build();
        String csv = CsvSeriesWriter.csv(t);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("step,v,w");
        assertThat(lines.get(1)).isEqualTo("1," + Double.toString(third) + ",NaN");
        assertThat(Double.parseDouble(lines.get(1).split(",")[1])).isEqualTo(third);
        assertThat(lines.get(3)).isEqualTo("3,42," + Math.PI);
        assertThat(Double.parseDouble(lines.get(2).split(",")[2])).isEqualTo(1e-300);
    }

    @Test
    void writerWritesOneFilePerGroupAndASummaryDeterministically() throws Exception {
        Experiment e = ExperimentCatalog.byId("layer-coupling").orElseThrow();
        ExperimentSettings s = new ExperimentSettings(40, 3);
        List<Path> first = new CsvSeriesWriter().write(e.run(s), tmp.resolve("a"));
        List<Path> second = new CsvSeriesWriter().write(e.run(s), tmp.resolve("b"));
        assertThat(first).extracting(p -> p.getFileName().toString())
                .containsExactly("coupling.csv", CsvSeriesWriter.SUMMARY_FILE);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(first.get(i))).isEqualTo(Files.readAllBytes(second.get(i)));
        }
        String summary = Files.readString(first.get(1), StandardCharsets.UTF_8);
        assertThat(summary).contains("experiment: layer-coupling", "steps: 40", "seed: 3", "caption: ", "finding: ");
    }

    @Test
    void rendererLookupIsEmptyWithoutTheUiClassAndFindsAPresentOne() {
        assertThat(ExperimentRenderer.find("dev.bnlab.no.SuchRenderer")).isEmpty();
        Optional<ExperimentRenderer> r = ExperimentRenderer.find(FakeRenderer.class.getName());
        assertThat(r).containsInstanceOf(FakeRenderer.class);
        assertThatThrownBy(() -> ExperimentRenderer.find(String.class.getName()))
                .hasMessageContaining("cannot create the PNG renderer");
    }

    /** A renderer for the lookup test. */
    public static final class FakeRenderer implements ExperimentRenderer {
        @Override
        public List<Path> render(ExperimentResult result, Path dir) {
            return List.of();
        }
    }

    @Test
    void catalogHasSixteenUniqueIdsAndAListing() {
        assertThat(ExperimentCatalog.ids()).hasSize(16).doesNotHaveDuplicates();
        assertThat(ExperimentCatalog.listing().lines()).hasSize(16);
        assertThat(ExperimentCatalog.listingWithVerdicts().lines()).hasSize(16)
                .anyMatch(l -> l.matches("\\s+bn-vs-nobn\\s+holds 10/10\\s+Three hidden.*"));
        assertThat(ExperimentCatalog.byId("nope")).isEmpty();
        for (Experiment e : ExperimentCatalog.all()) {
            assertThat(e.description()).as(e.id()).isNotBlank().doesNotContain("\n");
        }
    }
}
