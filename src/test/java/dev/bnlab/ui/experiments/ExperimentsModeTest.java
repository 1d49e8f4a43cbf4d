package dev.bnlab.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bnlab.core.Dataset;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.NeuronState;
import dev.bnlab.core.Placement;
import dev.bnlab.core.Parameters;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.Snapshot;
import dev.bnlab.experiments.CovariateShiftExperiment;
import dev.bnlab.experiments.ExperimentSettings;
import dev.bnlab.experiments.Pairings;
import dev.bnlab.live.Trainer;
import dev.bnlab.ui.AppModel;
import dev.bnlab.ui.BnLabApp;
import dev.bnlab.ui.FrameLoop;
import dev.bnlab.ui.MainWindow;
import dev.bnlab.ui.view.ViewFixtures;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window (live lab + Experiments mode; headless Monocle in CI) with clicks and keys. */
@ExtendWith(ApplicationExtension.class)
class ExperimentsModeTest {

    private Trainer trainer;
    private MainWindow window;
    private FrameLoop liveLoop;
    private LabShell shell;

    @Start
    void start(Stage stage) {
        SessionConfig cfg = SessionConfig.defaults();
        Hyperparams hp = Hyperparams.defaults();
        trainer = new Trainer(cfg, hp);
        AppModel model = new AppModel(trainer, cfg, hp);
        window = new MainWindow(model);
        shell = new LabShell(window, model);
        Scene scene = BnLabApp.createScene(shell, 1280, 720);
        window.installShortcuts(scene);
        shell.installShortcuts(scene);
        stage.setScene(scene);
        liveLoop = new FrameLoop(trainer, window);
        liveLoop.start();
        shell.start();
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            liveLoop.stop();
            shell.close();
        }).get(5, TimeUnit.SECONDS);
        trainer.close();
    }

    private ExperimentsPane pane() {
        return shell.experiments();
    }

    /** Waits (≤ 10 s) until the experiment frame on screen satisfies the condition; returns it. */
    private ExperimentFrame awaitFrame(Predicate<ExperimentFrame> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            ExperimentFrame f = pane().currentFrame();
            return f != null && condition.test(f);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return pane().currentFrame();
    }

    /** Opens the Experiments mode and selects an experiment in the list (as a click on its entry would). */
    private ExperimentFrame open(FxRobot robot, String id) throws Exception {
        if (!shell.experimentsShown()) {
            robot.clickOn(shell.experimentsButton);
        }
        ExperimentSidebar side = pane().sidebar();
        robot.interact(() -> {
            for (int i = 0; i < side.list.getItems().size(); i++) {
                if (side.list.getItems().get(i).id().equals(id)) {
                    side.list.getSelectionModel().select(i);
                }
            }
        });
        return awaitFrame(f -> f.choice().id().equals(id));
    }

    /** Scrolls the sidebar so that the node shows, then clicks it. */
    private void clickInSidebar(FxRobot robot, Node n) {
        robot.interact(() -> {
            ScrollPane sp = (ScrollPane) pane().getLeft();
            Node content = sp.getContent();
            Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            double extra = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
            if (extra > 0) {
                sp.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 40) / extra)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(n);
    }

    @Test
    void theModeBarSwitchesToTheExperimentsAndBack(FxRobot robot) throws Exception {
        robot.interact(() -> trainer.play());
        assertThat(shell.experimentsShown()).isFalse();
        robot.clickOn(shell.experimentsButton);
        assertThat(shell.experimentsShown()).isTrue();
        assertThat(window.isVisible()).isFalse();
        assertThat(trainer.isPlaying()).as("the live lab pauses").isFalse();
        ExperimentFrame f = awaitFrame(x -> true);
        assertThat(f.choice().id()).isEqualTo("bn-vs-nobn");
        assertThat(pane().caption().captionText()).isEqualTo(Pairings.bnVsNoBn().caption());
        assertThat(pane().caption().onThisNetworkText()).startsWith("On this network:");
        assertThat(pane().caption().verdictText()).isEqualTo("HOLDS HERE · 10 of 10 seeds");
        assertThat(pane().sidebar().list.getItems()).hasSize(ExperimentChoices.all().size());
        robot.clickOn(shell.liveButton);
        assertThat(shell.experimentsShown()).isFalse();
        assertThat(window.isVisible()).isTrue();
    }

    @Test
    void stepAdvancesEveryRunByExactlyOneStepAndTheCurvesShowOneLinePerRun(FxRobot robot) throws Exception {
        open(robot, "lr-x1-vs-x30");
        awaitFrame(f -> f.trainingStep() == 0);
        robot.clickOn(pane().sidebar().step);
        awaitFrame(f -> f.trainingStep() >= 1);
        Thread.sleep(300);
        ExperimentFrame f = awaitFrame(x -> true);
        assertThat(f.trainingStep()).isEqualTo(1);
        assertThat(f.runs()).hasSize(4).allSatisfy(r -> assertThat(r.snapshot().step()).isEqualTo(1));
        // → steps the experiment, not the hidden live lab
        robot.type(KeyCode.RIGHT);
        awaitFrame(x -> x.trainingStep() >= 2);
        Thread.sleep(300);
        f = awaitFrame(x -> true);
        assertThat(f.trainingStep()).isEqualTo(2);
        assertThat(f.runs()).allSatisfy(r -> assertThat(r.snapshot().step()).isEqualTo(2));
        assertThat(window.currentFrame().snapshot().step()).as("live lab").isZero();
        robot.clickOn(pane().sidebar().step10);
        awaitFrame(x -> x.trainingStep() >= 12);
        Thread.sleep(200);
        f = awaitFrame(x -> true);
        assertThat(f.trainingStep()).isEqualTo(12);

        SeriesPanelsView curves = (SeriesPanelsView) pane().viewSet().view("curves");
        List<String> labels = f.runs().stream().map(RunState::label).toList();
        assertThat(labels).containsExactly("bn-x1", "bn-x30", "nobn-x1", "nobn-x30");
        assertThat(curves.drawnLines().get(0)).as("loss panel").containsExactlyElementsOf(labels);
        assertThat(curves.drawnLines().get(2)).as("saturation panel").containsExactlyElementsOf(labels);
        // every run's colour is really on the canvas
        WritableImage img = snapshot(robot, curves);
        for (int i = 0; i < labels.size(); i++) {
            assertThat(countNear(img, RunPalette.of(i))).as(labels.get(i)).isGreaterThan(40);
        }
        assertThat(((RunHistogramsView) pane().viewSet().view("histograms")).drawnRuns())
                .containsExactlyElementsOf(labels);
    }

    private static WritableImage snapshot(FxRobot robot, Node n) {
        WritableImage[] out = new WritableImage[1];
        robot.interact(() -> out[0] = n.snapshot(null, null));
        return out[0];
    }

    private static int countNear(WritableImage img, Color c) {
        PixelReader r = img.getPixelReader();
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color p = r.getColor(x, y);
                if (Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen())
                        + Math.abs(p.getBlue() - c.getBlue()) < 0.06) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void clickingATestPointShowsItsPathWithTheRunningStatisticsNumbers(FxRobot robot) throws Exception {
        open(robot, "single-instance");
        robot.clickOn(pane().sidebar().step10);
        robot.clickOn(pane().sidebar().step10);
        awaitFrame(f -> f.trainingStep() == 20);
        TestPointPlaneView plane = (TestPointPlaneView) pane().viewSet().view("test-set");
        int target = -1;
        double[] px = null;
        for (int i = 1; i < 512 && target < 0; i++) {
            double[] p = plane.pixelOf(i);
            if (plane.nearestTestPoint(p[0], p[1]) == i) {
                target = i;
                px = p;
            }
        }
        assertThat(target).isPositive();
        Point2D screen = plane.localToScreen(px[0], px[1]);
        robot.clickOn(screen);
        int chosen = target;
        ExperimentFrame f = awaitFrame(x -> x.probe(InstanceProbe.class).map(p -> p.testPoint() == chosen)
                .orElse(false));
        assertThat(plane.selectedTestPoint()).isEqualTo(target);

        // the numbers shown equal (x − running_mean)/√(running_var + ε)·γ + β from the snapshot
        InstancePathView path = (InstancePathView) pane().viewSet().view("instance-path");
        Snapshot s = f.runs().get(0).snapshot();
        Parameters prm = s.parameters();
        Dataset d = f.dataset();
        double eps = s.hyperparams().eps();
        List<double[]> rows = path.shownRows();
        assertThat(rows).hasSize(s.hidden());
        for (int j = 0; j < s.hidden(); j++) {
            NeuronState n = s.neurons().get(j);
            // z = W1[j]·x + b1[j]
            double z = prm.first().b().get(j) + prm.first().w(j, 0) * d.testX(target, 0) + prm.first().w(j, 1) * d.testX(target, 1);
            double xhat = (z - n.runningMean()) / Math.sqrt(n.runningVar() + eps);
            double y = xhat * prm.first().gamma().get(j) + prm.first().beta().get(j);
            double[] shown = rows.get(j);
            assertThat(shown[0]).as("z").isCloseTo(z, within(1e-12));
            assertThat(shown[1]).as("running mean").isEqualTo(n.runningMean());
            assertThat(shown[2]).as("running var").isEqualTo(n.runningVar());
            assertThat(shown[3]).as("x̂").isCloseTo(xhat, within(1e-12));
            assertThat(shown[6]).as("γx̂ + β").isCloseTo(y, within(1e-9));
            assertThat(shown[7]).as("σ(·)").isCloseTo(1 / (1 + Math.exp(-y)), within(1e-9));
        }
        assertThat(path.workedExample()).endsWith("= " + Fmt.num(rows.get(0)[6]));

        // batch size 1 in training mode: the explanation with σ² = 0
        ExperimentSettingsBox box = pane().sidebar().settingsBox();
        clickInSidebar(robot, box.batchOfOne);
        f = awaitFrame(x -> x.probe(InstanceProbe.class).map(p -> p.batchOfOne() != null).orElse(false));
        BatchOfOneView one = (BatchOfOneView) pane().viewSet().view("batch-of-one");
        assertThat(one.explanation()).contains("σ²_B = 0");
        assertThat(f.probe(InstanceProbe.class).orElseThrow().batchOfOne().batchVar().max()).isZero();
    }

    @Test
    void theAdaBnButtonShowsTheAccuracyTheExperimentComputes(FxRobot robot) throws Exception {
        CovariateShiftExperiment.Outcome expected = new CovariateShiftExperiment()
                .run(new ExperimentSettings(300, 1L)).detail(CovariateShiftExperiment.Outcome.class).orElseThrow();
        open(robot, "covariate-shift");
        robot.clickOn(pane().sidebar().toEnd);
        awaitFrame(ExperimentFrame::finished);
        ShiftSweepView accuracy = (ShiftSweepView) pane().viewSet().view("accuracy");
        assertThat(pane().currentFrame().controls().testShift()).isEqualTo(CovariateShiftExperiment.LARGE_SHIFT);
        assertThat(accuracy.shownAccuracy()).isEqualTo(expected.shiftedAccuracy());
        clickInSidebar(robot, pane().sidebar().settingsBox().adaBn);
        awaitFrame(f -> f.probe(ShiftProbe.class).map(ShiftProbe::adaBnApplied).orElse(false));
        assertThat(accuracy.shownAccuracy()).isEqualTo(expected.adaBnAccuracy())
                .isGreaterThan(expected.shiftedAccuracy());
        assertThat(accuracy.headline()).contains(Fmt.percent(expected.adaBnAccuracy()));
    }

    @Test
    void ownRunsCopyAPairingAndEditEachRunsSettings(FxRobot robot) throws Exception {
        open(robot, "bn-vs-nobn");
        RunSettingsEditor builtIn = pane().sidebar().settingsBox().runs;
        assertThat(builtIn.learningRates).hasSize(2).allSatisfy(s -> assertThat(s.isDisabled()).isTrue());
        clickInSidebar(robot, builtIn.editAsOwn);
        ExperimentFrame f = awaitFrame(x -> x.choice().custom());
        assertThat(f.runs().stream().map(RunState::label).toList()).containsExactly("bn", "nobn");
        RunSettingsEditor own = pane().sidebar().settingsBox().runs;
        assertThat(own.placements.get(1).isDisabled()).isFalse();
        // a new placement restarts the runs with it
        robot.interact(() -> own.placements.get(1).setValue(Placement.AFTER));
        awaitFrame(x -> x.choice().custom() && x.runs().get(1).spec().config().placement() == Placement.AFTER);
        // a learning rate applies to that run from the next step
        RunSettingsEditor edited = pane().sidebar().settingsBox().runs;
        robot.interact(() -> edited.learningRates.get(0).setValue(Math.log10(3)));
        clickInSidebar(robot, pane().sidebar().step);
        f = awaitFrame(x -> x.trainingStep() >= 1);
        assertThat(f.runs().get(0).snapshot().hyperparams().learningRate()).isEqualTo(3.0);
        assertThat(f.runs().get(1).snapshot().hyperparams().learningRate()).isEqualTo(1.0);
        assertThat(f.runs().get(1).snapshot().config().placement()).isEqualTo(Placement.AFTER);
        assertThat(RunLabels.settings(f.runs().get(0))).startsWith("η 3 · BN before σ");
        ViewFixtures.saveIfRequested(snapshot(robot, shell.getScene().getRoot()), "experiments-own-runs");
    }
}
