package dev.bnlab.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bnlab.experiments.ExperimentSettings;
import dev.bnlab.experiments.SeriesTable;
import dev.bnlab.export.ExperimentTablesExport;
import dev.bnlab.i18n.Messages;
import dev.bnlab.runtime.ExperimentFrame;
import dev.bnlab.runtime.InstanceProbe;
import dev.bnlab.runtime.ShiftProbe;
import dev.bnlab.ui.fx.UiText;
import dev.bnlab.ui.model.LabModel;
import dev.bnlab.ui.view.ViewFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Export data (CSV/JSON)… of the Experiments mode, called with a folder (the chooser bypassed): the files hold the
 * series of the frame on screen, the live sweeps and the picked test point included.
 */
@ExtendWith(ApplicationExtension.class)
class ExperimentExportTest {

    @TempDir
    Path dir;

    private ExperimentsLab lab;
    private LabModel model;
    private ExperimentsPane pane;

    @Start
    void start(Stage stage) {
        lab = ExperimentsLab.show(stage, "covariate-shift", new ExperimentSettings(20, 2), 1280, 720);
        model = lab.model;
        pane = lab.pane;
    }

    @AfterEach
    void stop() throws Exception {
        lab.close();
    }

    /** Waits (≤ 20 s) until the frame on screen satisfies the condition and has stayed for a moment. */
    private ExperimentFrame awaitFrame(Predicate<ExperimentFrame> condition) throws Exception {
        lab.awaitFrame(condition);
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        return pane.currentFrame();
    }

    private ExperimentExportAction.Outcome export(FxRobot robot, Path target) throws Exception {
        AtomicReference<CompletableFuture<ExperimentExportAction.Outcome>> f = new AtomicReference<>();
        robot.interact(() -> f.set(pane.exportTo(target)));
        ExperimentExportAction.Outcome o = f.get().get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return o;
    }

    @Test
    void theFilesHoldTheSeriesOnScreenWithTheLiveSweepsAtTheCurrentStep(FxRobot robot) throws Exception {
        robot.interact(() -> model.experiment().step(7));
        ExperimentFrame f = awaitFrame(x -> x.trainingStep() == 7);
        ShiftProbe probe = f.probe(ShiftProbe.class).orElseThrow();

        ExperimentExportAction.Outcome o = export(robot, dir);
        assertThat(o.failed()).as(o.message()).isFalse();
        assertThat(pane.sidebar().exportStatus.getText()).isEqualTo(o.message()).contains(dir.toString())
                .contains("step 7");
        assertThat(pane.sidebar().exportStatus.isVisible()).isTrue();
        assertThat(pane.statusText()).as("the status line says it too").endsWith(" · " + o.message());
        assertThat(pane.sidebar().exportData.isDisabled()).isFalse();

        // what the views draw: the experiment's tables so far, its sweeps (still empty) replaced by the ones the
        // accuracy view computes on the live network
        List<SeriesTable> expected = new ArrayList<>();
        for (SeriesTable t : f.result().series()) {
            switch (t.name()) {
                case "shift-sweep" -> {
                    assertThat(t.rowCount()).isLessThan(probe.shiftSweep().rowCount());
                    expected.add(probe.shiftSweep());
                }
                case "scale-sweep" -> expected.add(probe.scaleSweep());
                default -> expected.add(t);
            }
        }
        assertThat(expected).extracting(SeriesTable::name).contains("shift-sweep", "scale-sweep");
        List<String> names = new ArrayList<>(expected.stream().map(t -> t.name() + ".csv").toList());
        names.add(ExperimentTablesExport.JSON_FILE);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(names);
        }
        assertThat(o.written()).hasSize(names.size());
        for (SeriesTable t : expected) {
            assertCsvIs(dir.resolve(t.name() + ".csv"), t);
        }

        JsonNode root = new ObjectMapper().readTree(dir.resolve(ExperimentTablesExport.JSON_FILE).toFile());
        assertThat(root.path("experiment").asText()).isEqualTo("covariate-shift");
        assertThat(root.path("seed").asInt()).isEqualTo(2);
        assertThat(root.path("progress").path("trainingStep").asInt()).isEqualTo(7);
        assertThat(root.path("progress").path("finished").asBoolean(true)).isFalse();
        assertThat(root.path("controls").path("shift").asDouble()).isEqualTo(f.options().shift());
        assertThat(root.path("runs")).hasSize(1);
        assertThat(root.path("series")).hasSize(expected.size());
        for (int k = 0; k < expected.size(); k++) {
            JsonNode s = root.path("series").get(k);
            SeriesTable t = expected.get(k);
            assertThat(s.path("name").asText()).isEqualTo(t.name());
            assertThat(s.path("source").asText()).isEqualTo(t.name().endsWith("-sweep") ? "live" : "experiment");
            assertThat(s.path("rows").asInt()).isEqualTo(t.rowCount());
            for (int c = 0; c < t.columns().size(); c++) {
                JsonNode values = s.path("columns").get(c + 1).path("values");
                assertThat(s.path("columns").get(c + 1).path("name").asText()).isEqualTo(t.columns().get(c));
                for (int r = 0; r < t.rowCount(); r++) {
                    double v = t.value(r, c);
                    assertThat(Double.isFinite(v) ? values.get(r).asDouble() : values.get(r).isNull())
                            .as(t.name() + " " + t.columns().get(c) + " row " + r)
                            .isEqualTo(Double.isFinite(v) ? (Object) v : (Object) true);
                }
            }
        }
        shoot(robot, "experiments-export-en");
        robot.interact(() -> UiText.setLocale(Messages.CHINESE));
        export(robot, dir);
        assertThat(pane.sidebar().exportStatus.getText()).startsWith("已写出");
        shoot(robot, "experiments-export-zh");
    }

    @Test
    void afterTheEndTheExperimentsOwnSweepsAreWrittenAndThePickedTestPointsPath(FxRobot robot) throws Exception {
        robot.interact(() -> model.experiment().runToEnd());
        ExperimentFrame f = awaitFrame(ExperimentFrame::finished);
        export(robot, dir);
        JsonNode root = new ObjectMapper().readTree(dir.resolve(ExperimentTablesExport.JSON_FILE).toFile());
        assertThat(root.path("progress").path("finished").asBoolean()).isTrue();
        List<String> sources = new ArrayList<>();
        root.path("series").forEach(s -> sources.add(s.path("source").asText()));
        assertThat(sources).as("nothing computed live once the analysis has run").containsOnly("experiment");
        for (SeriesTable t : f.result().series()) {
            assertCsvIs(dir.resolve(t.name() + ".csv"), t);
        }

        robot.interact(() -> model.selectById("single-instance"));
        awaitFrame(x -> x.choice().id().equals("single-instance"));
        assertThat(pane.sidebar().exportStatus.isVisible()).as("the note is of the previous experiment").isFalse();
        assertThat(pane.statusText()).doesNotContain(dir.toString());
        robot.interact(() -> {
            model.updateOptions(c -> c.withTestPoint(7));
            model.experiment().step(4);
        });
        ExperimentFrame g = awaitFrame(x -> x.trainingStep() == 4 && x.options().testPoint() == 7);
        Path single = dir.resolve("single");
        export(robot, single);
        List<String> output = Files.readAllLines(single.resolve("instance-output.csv"));
        assertThat(output.get(1)).startsWith("7,");
        InstanceProbe p = g.probe(InstanceProbe.class).orElseThrow();
        assertThat(Double.parseDouble(output.get(1).split(",")[5])).isEqualTo(p.path().probability());
        assertThat(Files.readAllLines(single.resolve("instance-path.csv"))).hasSize(p.path().neurons().size() + 1);
    }

    @Test
    void aFolderThatCannotBeWrittenGivesAClearMessageAndChangesNothing(FxRobot robot) throws Exception {
        awaitFrame(x -> true);
        Path file = dir.resolve("occupied");
        Files.writeString(file, "not a folder");
        ExperimentExportAction.Outcome o = export(robot, file);
        assertThat(o.failed()).isTrue();
        assertThat(o.message()).startsWith("Could not export to").contains("occupied").endsWith("not a folder").doesNotContain("Exception")
                .doesNotContain("\n");
        assertThat(pane.sidebar().exportStatus.getText()).isEqualTo(o.message());
        assertThat(pane.sidebar().exportStatus.getStyleClass()).contains("failed");
        shoot(robot, "experiments-export-failed");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        // a later export that works clears the failure style
        assertThat(export(robot, dir.resolve("ok")).failed()).isFalse();
        assertThat(pane.sidebar().exportStatus.getStyleClass()).doesNotContain("failed");
    }

    /** The CSV file parses back to the table (header, x, every value; NaN as NaN). */
    private static void assertCsvIs(Path file, SeriesTable t) throws Exception {
        List<String> lines = Files.readAllLines(file);
        List<String> header = new ArrayList<>(List.of(t.xColumn()));
        header.addAll(t.columns());
        assertThat(lines.get(0).split(",", -1)).as(file.toString()).containsExactlyElementsOf(header);
        assertThat(lines).as(file.toString()).hasSize(t.rowCount() + 1);
        for (int r = 0; r < t.rowCount(); r++) {
            String[] cells = lines.get(r + 1).split(",", -1);
            assertThat(Double.parseDouble(cells[0])).isEqualTo(t.x(r));
            for (int c = 0; c < t.columns().size(); c++) {
                double got = Double.parseDouble(cells[c + 1]);
                double want = t.value(r, c);
                assertThat(got == want || Double.isNaN(got) && Double.isNaN(want))
                        .as(file.getFileName() + " row " + r + " " + t.columns().get(c) + ": " + got + " vs " + want)
                        .isTrue();
            }
        }
    }

    /** With -Dbnlab.viewshots=DIR: the whole mode and the sidebar at full height, to look at. */
    private void shoot(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] img = new WritableImage[2];
        robot.interact(() -> {
            img[0] = pane.snapshot(null, null);
            Node content = ((ScrollPane) pane.getLeft()).getContent();
            img[1] = content.snapshot(null, null);
        });
        ViewFixtures.saveIfRequested(img[0], name);
        ViewFixtures.saveIfRequested(img[1], name + "-sidebar");
    }
}
