package dev.bnlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Convention;
import dev.bnlab.core.HistoryTable;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.Snapshot;
import dev.bnlab.core.TrainingSession;
import dev.bnlab.export.SeriesExport;
import dev.bnlab.live.LiveFrame;
import dev.bnlab.live.Trainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
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
 * Save → change → Open in the running app: settings come back identical, and with the trained state the next
 * step's snapshot (every field, batch arrays included) is the one the saved session took.
 */
@ExtendWith(ApplicationExtension.class)
class SaveLoadRoundTripTest {

    private static final SessionConfig CONFIG = SessionConfig.defaults().withEvalInterval(4).withHidden(4);
    private static final Hyperparams HP = new Hyperparams(0.6, 24, 0.8, Convention.PYTORCH, 1e-4);

    @TempDir
    Path dir;

    private LiveLab lab;
    private Trainer trainer;
    private AppModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        lab = LiveLab.show(stage, CONFIG, HP, 1280, 720);
        trainer = lab.trainer;
        model = lab.model;
        window = lab.window;
    }

    @AfterEach
    void stop() throws Exception {
        lab.close();
    }

    private LiveFrame awaitFrame(Predicate<LiveFrame> condition) throws Exception {
        return lab.awaitFrame(condition);
    }

    private LiveFrame stepTo(FxRobot robot, long step) throws Exception {
        long now = awaitFrame(f -> true).snapshot().step();
        robot.interact(() -> model.step((int) (step - now)));
        return awaitFrame(f -> f.snapshot().step() == step);
    }

    private SettingsFileActions files() {
        return window.controls().saveOptions.files();
    }

    @Test
    void savedWithStateTheNextStepAfterOpenIsTheSavedSessionsNextStep(FxRobot robot) throws Exception {
        stepTo(robot, 25);
        robot.interact(() -> window.controls().saveOptions.includeState.fire());
        assertThat(files().includeStateProperty().get()).isTrue();
        Path file = dir.resolve("trained.json");
        assertThat(FxToolkit.call(() -> files().save(file))).isEmpty();
        assertThat(Files.readString(file)).contains("bnlab-experiment/1");

        // what the saved session does next
        robot.clickOn(window.controls().step);
        LiveFrame expected = awaitFrame(f -> f.snapshot().step() == 26);

        // change settings and train on
        robot.interact(() -> model.setHyperparams(HP.withLearningRate(2.5).withBatchSize(64)));
        robot.interact(() -> model.setConfig(CONFIG.withPlacement(Placement.AFTER).withHidden(6), "test"));
        awaitFrame(f -> f.snapshot().hidden() == 6);
        stepTo(robot, 40);
        long generation = window.currentFrame().generation();

        Optional<String> error = FxToolkit.call(() -> files().open(file));
        assertThat(error).isEmpty();
        assertThat(model.config()).isEqualTo(CONFIG);
        assertThat(model.hyperparams()).isEqualTo(HP);
        LiveFrame loaded = awaitFrame(f -> f.generation() > generation && f.snapshot().step() == 25);
        assertThat(loaded.note()).isEqualTo("Loaded trained state at step 25");
        assertThat(loaded.steps().rows()).isEqualTo(25);
        assertThat(trainer.isPlaying()).isFalse();

        robot.clickOn(window.controls().step);
        LiveFrame actual = awaitFrame(f -> f.snapshot().step() == 26);
        Snapshot a = actual.snapshot();
        Snapshot e = expected.snapshot();
        assertThat(a.batch()).isNotNull().isEqualTo(e.batch());
        assertThat(a.neurons()).isEqualTo(e.neurons());
        assertThat(a.parameters()).isEqualTo(e.parameters());
        assertThat(a.eval()).isEqualTo(e.eval());
        assertThat(a).isEqualTo(e);
        assertThat(rows(actual.steps())).isEqualTo(rows(expected.steps()));
        assertThat(rows(actual.evals())).isEqualTo(rows(expected.evals()));
    }

    @Test
    void savedWithoutStateOpenGivesTheSameSettingsAtStepZero(FxRobot robot) throws Exception {
        stepTo(robot, 12);
        assertThat(files().includeStateProperty().get()).isFalse();
        Path file = dir.resolve("settings.json");
        assertThat(FxToolkit.call(() -> files().save(file))).isEmpty();
        assertThat(Files.readString(file)).contains("bnlab-settings/1").doesNotContain("\"state\"");

        robot.interact(() -> model.setHyperparams(HP.withEps(0.01)));
        robot.interact(() -> model.setConfig(CONFIG.withSeed(77), "seed"));
        stepTo(robot, 5);

        assertThat(FxToolkit.call(() -> files().open(file))).isEmpty();
        assertThat(model.config()).isEqualTo(CONFIG);
        assertThat(model.hyperparams()).isEqualTo(HP);
        awaitFrame(f -> f.snapshot().step() == 0 && f.snapshot().config().equals(CONFIG));
        robot.clickOn(window.controls().step);
        Snapshot first = awaitFrame(f -> f.snapshot().step() == 1).snapshot();
        TrainingSession fresh = new TrainingSession(CONFIG, HP);
        fresh.advance();
        assertThat(first).isEqualTo(fresh.snapshot(true));
    }

    @Test
    void aBrokenStateChangesNothing(FxRobot robot) throws Exception {
        stepTo(robot, 9);
        Path file = dir.resolve("broken.json");
        assertThat(FxToolkit.call(() -> files().save(file, true))).isEmpty();
        String text = Files.readString(file);
        // one γ becomes NaN
        String broken = text.replaceFirst("(\"gamma\" : \\[ )[-0-9.Ee]+", "$1NaN");
        assertThat(broken).isNotEqualTo(text);
        Files.writeString(file, broken);

        robot.interact(() -> model.setHyperparams(HP.withLearningRate(0.3)));
        stepTo(robot, 14);
        Snapshot before = awaitFrame(f -> true).snapshot();
        long generation = window.currentFrame().generation();
        int[] changes = {0};
        robot.interact(() -> {
            model.configProperty().addListener((o, x, y) -> changes[0]++);
            model.hyperparamsProperty().addListener((o, x, y) -> changes[0]++);
        });

        Optional<String> error = FxToolkit.call(() -> files().open(file));
        assertThat(error).get().asString().startsWith("state.parameters.layers[0].gamma[0]: expected a finite number");
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(changes[0]).isZero();
        assertThat(model.hyperparams()).isEqualTo(HP.withLearningRate(0.3));
        LiveFrame now = window.currentFrame();
        assertThat(now.generation()).isEqualTo(generation);
        assertThat(now.snapshot().step()).isEqualTo(14);
        assertThat(now.snapshot().parameters()).isEqualTo(before.parameters());
    }

    @Test
    void exportDataWritesEveryRecordedStep(FxRobot robot) throws Exception {
        LiveFrame f = stepTo(robot, 13);
        Path csv = dir.resolve("series.csv");
        assertThat(FxToolkit.call(() -> new SeriesExportActions(model).export(csv))).isEmpty();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(14);
        assertThat(lines.get(0).split(",")).hasSize(SeriesExport.stepColumns(4, 1).size());
        assertThat(lines.get(13)).startsWith("13,");
        assertThat(Files.readAllLines(SeriesExport.evalCsvPath(csv))).hasSize(1 + f.evals().rows());
        Path json = dir.resolve("series.json");
        assertThat(FxToolkit.call(() -> new SeriesExportActions(model).export(json))).isEmpty();
        assertThat(Files.readString(json)).contains("\"format\" : \"bnlab-series/1\"");
    }

    private static double[] rows(HistoryTable t) {
        return Arrays.copyOf(t.values(), t.rows() * t.width());
    }
}
