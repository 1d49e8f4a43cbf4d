package dev.bnlab.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.experiments.CsvSeriesWriter;
import dev.bnlab.experiments.ExperimentResult;
import dev.bnlab.experiments.ExperimentSettings;
import dev.bnlab.experiments.SeriesTable;
import dev.bnlab.export.ExperimentTables;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the Experiments mode exports once an experiment has run to the end with the default controls is what the
 * headless {@code experiment} command writes: the same tables, byte for byte in CSV (docs/export.md says so).
 */
class ShownTablesTest {

    static Stream<String> builtIn() {
        return ExperimentChoices.all().stream().filter(c -> !c.custom()).map(ExperimentChoice::id);
    }

    @ParameterizedTest
    @MethodSource("builtIn")
    void aFinishedRunWithDefaultControlsExportsTheCommandsTables(String id) {
        ExperimentChoice c = ExperimentChoices.byId(id).orElseThrow();
        ExperimentSettings s = new ExperimentSettings(40, 3);
        // the single-instance export holds the batch-of-one table only when the user asked for it (as its view)
        ExperimentControls controls = ExperimentControls.DEFAULTS.withBatchOfOne(true);
        ExperimentSession session = new ExperimentSession(c, s, controls);
        while (session.advance()) {
            // run to the end
        }
        ExperimentTables shown = ShownTables.of(session.frame(false, "", 0));
        ExperimentResult headless = c.experiment().run(s);

        assertThat(shown.finished()).isTrue();
        assertThat(shown.series()).extracting(SeriesTable::name)
                .containsExactlyElementsOf(headless.series().stream().map(SeriesTable::name).toList());
        for (int k = 0; k < headless.series().size(); k++) {
            assertThat(CsvSeriesWriter.csv(shown.series().get(k))).as(id + ": " + headless.series().get(k).name())
                    .isEqualTo(CsvSeriesWriter.csv(headless.series().get(k)));
        }
        boolean pickedPoint = id.equals("single-instance");
        assertThat(shown.liveSeries()).isEqualTo(pickedPoint
                ? java.util.Set.of("instance-path", "instance-output", "batch-size-one") : java.util.Set.of());
        // every experiment but the depth sweep (which trains its networks one after the other) has live runs
        assertThat(shown.runs().isEmpty()).isEqualTo(c.kind() == ExperimentKind.DEPTH_SWEEP);
        assertThat(shown.findings()).hasSameSizeAs(headless.findings());
    }

    @ParameterizedTest
    @MethodSource("builtIn")
    void midwayTheTablesAreTheExperimentsSoFarWithLiveSweepsInPlace(String id) {
        ExperimentChoice c = ExperimentChoices.byId(id).orElseThrow();
        ExperimentSession session = new ExperimentSession(c, new ExperimentSettings(40, 3),
                ExperimentControls.DEFAULTS);
        for (int i = 0; i < 12; i++) {
            session.advance();
        }
        ExperimentFrame f = session.frame(false, "", 0);
        ExperimentTables shown = ShownTables.of(f);
        assertThat(shown.trainingStep()).isEqualTo(12);
        List<String> own = f.result().series().stream().map(SeriesTable::name).toList();
        // every table of the experiment is there, in its place; live ones replace theirs or come after
        assertThat(shown.series().subList(0, own.size())).extracting(SeriesTable::name).containsExactlyElementsOf(own);
        for (int k = 0; k < own.size(); k++) {
            if (!shown.liveSeries().contains(own.get(k))) {
                assertThat(shown.series().get(k)).isSameAs(f.result().series().get(k));
            }
        }
        switch (c.kind()) {
            case COVARIATE_SHIFT -> {
                assertThat(shown.liveSeries()).containsExactlyInAnyOrder("shift-sweep", "scale-sweep");
                assertThat(shown.controls()).containsKeys("shift", "scale", "adaBn", "neuron");
            }
            case LAYER_COUPLING -> {
                assertThat(shown.liveSeries()).containsExactly("coupling");
                assertThat(shown.controls()).containsOnlyKeys("couplingScale");
            }
            case SINGLE_INSTANCE -> assertThat(shown.liveSeries()).containsExactlyInAnyOrder("instance-path",
                    "instance-output");
            case INTERNAL_COVARIATE_SHIFT -> {
                assertThat(shown.liveSeries()).isEmpty();
                assertThat(shown.controls()).containsEntry("noiseStrength", ExperimentControls.DEFAULTS.noiseStrength());
            }
            default -> assertThat(shown.liveSeries()).isEmpty();
        }
        for (String live : shown.liveSeries()) {
            assertThat(shown.series().stream().filter(t -> t.name().equals(live)).findFirst().orElseThrow().rowCount())
                    .as(live + " is drawn in full").isPositive();
        }
    }
}
