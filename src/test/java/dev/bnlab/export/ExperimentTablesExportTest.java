package dev.bnlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.experiments.ExperimentCatalog;
import dev.bnlab.experiments.ExperimentResult;
import dev.bnlab.experiments.ExperimentSettings;
import dev.bnlab.experiments.SeriesTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported CSV files and experiment.json parse back to exactly the experiment's series tables. */
class ExperimentTablesExportTest {

    @TempDir
    Path dir;

    private static ExperimentTables tables(ExperimentResult r, List<SeriesTable> series, Set<String> live) {
        List<ExportedRun> runs = List.of(new ExportedRun("bn", SessionConfig.defaults(), Hyperparams.defaults(),
                Double.NaN), new ExportedRun("noisy", SessionConfig.defaults(), Hyperparams.defaults(), 0.5));
        return new ExperimentTables(r.experimentId(), "A title", "en", r.settings(), 17, 40,
                Map.of("noiseStrength", 0.5), runs, r.caption(), List.of("first finding", "second"), series, live);
    }

    /** A table with every awkward value: NaN, ±∞, −0, a tiny and a huge number, integers. */
    private static SeriesTable awkward() {
        return SeriesTable.builder("awkward", "x", "a", "b").add(0, Double.NaN, 1e-300)
                .add(1.5, Double.POSITIVE_INFINITY, -0.0).add(2, Double.NEGATIVE_INFINITY, 0.1 + 0.2)
                .add(3, 123456789, 6.02e23).build();
    }

    private static ExperimentTables icsAtStep17() {
        ExperimentResult r = ExperimentCatalog.byId("internal-covariate-shift").orElseThrow()
                .run(new ExperimentSettings(17, 3));
        List<SeriesTable> series = new ArrayList<>(r.series());
        series.add(awkward());
        return tables(r, series, Set.of("awkward"));
    }

    @Test
    void theCsvFilesParseBackToTheTables() throws Exception {
        ExperimentTables e = icsAtStep17();
        assertThat(e.series()).hasSizeGreaterThan(3);
        List<Path> written = ExperimentTablesExport.write(e, dir);
        List<String> expectedNames = new ArrayList<>(e.series().stream().map(t -> t.name() + ".csv").toList());
        expectedNames.add(ExperimentTablesExport.JSON_FILE);
        assertThat(written.stream().map(p -> p.getFileName().toString()).toList()).isEqualTo(expectedNames);
        try (Stream<Path> files = Files.list(dir)) {
            // no temporary file is left next to them
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expectedNames);
        }
        for (SeriesTable t : e.series()) {
            List<String> lines = Files.readAllLines(dir.resolve(t.name() + ".csv"));
            List<String> header = new ArrayList<>(List.of(t.xColumn()));
            header.addAll(t.columns());
            assertThat(lines.get(0).split(",", -1)).containsExactlyElementsOf(header);
            assertThat(lines).hasSize(t.rowCount() + 1);
            for (int r = 0; r < t.rowCount(); r++) {
                String[] cells = lines.get(r + 1).split(",", -1);
                assertThat(cells).hasSize(header.size());
                assertSame(t.name() + " row " + r + " x", Double.parseDouble(cells[0]), t.x(r));
                for (int c = 0; c < t.columns().size(); c++) {
                    assertSame(t.name() + " row " + r + " " + t.columns().get(c), Double.parseDouble(cells[c + 1]),
                            t.value(r, c));
                }
            }
        }
    }

    @Test
    void theJsonFileHoldsTheSameTablesAndWhatTheyWereMeasuredWith() throws Exception {
        ExperimentTables e = icsAtStep17();
        ExperimentTablesExport.write(e, dir);
        JsonNode root = new ObjectMapper().readTree(dir.resolve(ExperimentTablesExport.JSON_FILE).toFile());
        assertThat(root.path("format").asText()).isEqualTo(ExperimentTablesExport.FORMAT);
        assertThat(root.path("experiment").asText()).isEqualTo("internal-covariate-shift");
        assertThat(root.path("steps").asInt()).isEqualTo(17);
        assertThat(root.path("seed").asLong()).isEqualTo(3);
        assertThat(root.path("progress").path("trainingStep").asInt()).isEqualTo(17);
        assertThat(root.path("progress").path("unitsDone").asInt()).isEqualTo(17);
        assertThat(root.path("progress").path("plannedUnits").asInt()).isEqualTo(40);
        assertThat(root.path("progress").path("finished").asBoolean(true)).isFalse();
        assertThat(root.path("controls").path("noiseStrength").asDouble()).isEqualTo(0.5);
        assertThat(root.path("runs")).hasSize(2);
        assertThat(root.path("runs").get(0).has("noiseStrength")).isFalse();
        assertThat(root.path("runs").get(1).path("noiseStrength").asDouble()).isEqualTo(0.5);
        assertThat(root.path("runs").get(1).path("placement").asText()).isEqualTo("before");
        assertThat(root.path("findings").get(1).asText()).isEqualTo("second");

        JsonNode series = root.path("series");
        assertThat(series).hasSize(e.series().size());
        for (int k = 0; k < e.series().size(); k++) {
            SeriesTable t = e.series().get(k);
            JsonNode s = series.get(k);
            assertThat(s.path("name").asText()).isEqualTo(t.name());
            assertThat(s.path("file").asText()).isEqualTo(t.name() + ".csv");
            assertThat(s.path("source").asText()).isEqualTo(t.name().equals("awkward") ? "live" : "experiment");
            assertThat(s.path("x").asText()).isEqualTo(t.xColumn());
            assertThat(s.path("rows").asInt()).isEqualTo(t.rowCount());
            JsonNode cols = s.path("columns");
            assertThat(cols).hasSize(t.columns().size() + 1);
            assertColumn(t.name(), cols.get(0), t.xColumn(), t.xValues());
            for (int c = 0; c < t.columns().size(); c++) {
                assertColumn(t.name(), cols.get(c + 1), t.columns().get(c), t.column(t.columns().get(c)));
            }
        }
    }

    @Test
    void nonFiniteValuesAreNullInJsonAndNamedInCsv() throws Exception {
        ExperimentTables e = icsAtStep17();
        ExperimentTablesExport.write(e, dir);
        assertThat(Files.readAllLines(dir.resolve("awkward.csv"))).containsExactly("x,a,b", "0,NaN,1.0E-300",
                "1.5,Infinity,0", "2,-Infinity,0.30000000000000004", "3,123456789,6.02E23");
        JsonNode a = new ObjectMapper().readTree(dir.resolve("experiment.json").toFile()).path("series")
                .get(e.series().size() - 1).path("columns");
        assertThat(a.get(1).path("values").get(0).isNull()).isTrue();
        assertThat(a.get(1).path("values").get(1).isNull()).isTrue();
        assertThat(a.get(2).path("values").get(1).asText()).isEqualTo("-0.0");
        assertThat(a.get(1).path("values").get(3).isIntegralNumber()).isTrue();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefusedAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "keep me");
        assertThatThrownBy(() -> ExperimentTablesExport.write(icsAtStep17(), file)).isInstanceOf(IOException.class)
                .hasMessageContaining("not-a-folder");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void repeatedSeriesNamesAreRefused() {
        ExperimentResult r = ExperimentCatalog.byId("bn-vs-nobn").orElseThrow().run(new ExperimentSettings(3, 1));
        assertThatThrownBy(() -> tables(r, List.of(awkward(), awkward()), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unique");
    }

    private static void assertColumn(String table, JsonNode col, String name, double[] expected) {
        assertThat(col.path("name").asText()).isEqualTo(name);
        JsonNode v = col.path("values");
        assertThat(v).hasSize(expected.length);
        for (int r = 0; r < expected.length; r++) {
            if (Double.isFinite(expected[r])) {
                assertThat(v.get(r).isNumber()).as(table + "." + name + "[" + r + "]").isTrue();
                assertSame(table + "." + name + "[" + r + "]", v.get(r).asDouble(), expected[r]);
            } else {
                assertThat(v.get(r).isNull()).as(table + "." + name + "[" + r + "] is " + expected[r]).isTrue();
            }
        }
    }

    /** Equal as numbers (−0 = 0), NaN equal to NaN. */
    private static void assertSame(String what, double got, double expected) {
        assertThat(got == expected || Double.isNaN(got) && Double.isNaN(expected)).as(what + ": got " + got
                + ", expected " + expected).isTrue();
    }
}
