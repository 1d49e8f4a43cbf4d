package dev.bnlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Convention;
import dev.bnlab.core.Placement;
import dev.bnlab.i18n.Messages;
import dev.bnlab.runtime.LiveFrame;
import dev.bnlab.runtime.RunControls;
import dev.bnlab.ui.LiveLab;
import dev.bnlab.ui.view.HistogramView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window (headless Monocle in CI) through its controls and keyboard. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private LiveLab lab;
    private RunControls<LiveFrame> trainer;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        lab = LiveLab.show(stage, 1280, 720);
        trainer = lab.model.live();
        window = lab.window;
    }

    @AfterEach
    void stop() throws Exception {
        lab.close();
    }

    private LiveFrame awaitFrame(Predicate<LiveFrame> condition) throws Exception {
        return lab.awaitFrame(condition);
    }

    @Test
    void stepButtonAdvancesExactlyOneStep(FxRobot robot) throws Exception {
        awaitFrame(f -> f.snapshot().step() == 0);
        robot.clickOn(window.controls().step);
        awaitFrame(f -> f.snapshot().step() >= 1);
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.currentFrame().snapshot().step()).isEqualTo(1);
        robot.clickOn(window.controls().step);
        awaitFrame(f -> f.snapshot().step() >= 2);
        Thread.sleep(300);
        assertThat(window.currentFrame().snapshot().step()).isEqualTo(2);
        assertThat(window.statusBar().stepText()).startsWith("step 2");
        robot.clickOn(window.controls().step10);
        awaitFrame(f -> f.snapshot().step() >= 12);
        Thread.sleep(300);
        assertThat(window.currentFrame().snapshot().step()).isEqualTo(12);
    }

    @Test
    void movingTheBatchSizeSliderChangesTheNextSnapshotsBatch(FxRobot robot) throws Exception {
        awaitFrame(f -> true);
        robot.interact(() -> window.controls().batchSize.setValue(7)); // 2^7
        robot.clickOn(window.controls().step);
        LiveFrame f = awaitFrame(x -> x.snapshot().step() >= 1);
        assertThat(f.snapshot().batchSize()).isEqualTo(128);
        assertThat(f.snapshot().batch().size()).isEqualTo(128);
        assertThat(f.snapshot().hyperparams().batchSize()).isEqualTo(128);
    }

    @Test
    void placementNoneRebuildsWithoutBatchNorm(FxRobot robot) throws Exception {
        awaitFrame(f -> f.snapshot().config().placement() == Placement.BEFORE);
        robot.clickOn(window.controls().placementNone);
        LiveFrame f = awaitFrame(x -> x.snapshot().config().placement() == Placement.NONE);
        assertThat(f.snapshot().batch().xhat().get(0).size()).isZero();
        assertThat(window.statusBar().noteText()).contains("BN placement");
        assertThat(window.views().histograms().message()).isEqualTo(Messages.get(HistogramView.BN_OFF_KEY));
        robot.clickOn(window.controls().placementBefore);
        awaitFrame(x -> x.snapshot().config().placement() == Placement.BEFORE);
        assertThat(window.views().histograms().message()).isNotEqualTo(Messages.get(HistogramView.BN_OFF_KEY));
    }

    @Test
    void absurdLearningRateShowsTheDivergenceBanner(FxRobot robot) throws Exception {
        awaitFrame(f -> true);
        robot.clickOn(window.controls().placementAfter);
        awaitFrame(x -> x.snapshot().config().placement() == Placement.AFTER);
        robot.interact(() -> window.controls().learningRate.setValue(2)); // η = 100
        robot.interact(() -> window.controls().speed.setValue(4)); // flat out
        robot.clickOn(window.controls().playPause);
        LiveFrame f = awaitFrame(x -> x.snapshot().diverged());
        assertThat(window.banner().isShowing()).isTrue();
        assertThat(window.banner().text()).contains("at step " + f.snapshot().divergence().step())
                .contains("lower the learning rate");
        assertThat(trainer.isPlaying()).as("training pauses").isFalse();
        // everything else keeps working: reset clears the banner
        robot.clickOn(window.controls().reset);
        awaitFrame(x -> !x.snapshot().diverged());
        assertThat(window.banner().isShowing()).isFalse();
    }

    @Test
    void everyControlHasATooltipWithItsCurrentValue(FxRobot robot) throws Exception {
        awaitFrame(f -> true);
        List<Control> controls = new ArrayList<>();
        collectControls(window.controls(), controls);
        assertThat(controls).hasSizeGreaterThan(15);
        for (Control c : controls) {
            assertThat(c.getTooltip()).as("tooltip of %s", c).isNotNull();
            assertThat(c.getTooltip().getText()).as("tooltip text of %s", c).isNotBlank();
        }
        robot.interact(() -> window.controls().learningRate.setValue(-1));
        robot.interact(() -> window.controls().refreshTooltips());
        assertThat(window.controls().learningRate.getTooltip().getText()).contains("θ ← θ − η·∂L/∂θ").contains("0.1");
    }

    private static void collectControls(Parent p, List<Control> out) {
        for (Node n : p.getChildrenUnmodifiable()) {
            if (n instanceof Slider || n instanceof ButtonBase
                    || n instanceof ChoiceBox || n instanceof Spinner) {
                out.add((Control) n);
            } else if (n instanceof Parent child) {
                collectControls(child, out);
            }
        }
    }

    @Test
    void typingGarbageIntoTheSeedIsRefusedWithoutAnException(FxRobot robot) throws Exception {
        awaitFrame(f -> true);
        var editor = window.controls().seed.getEditor();
        robot.interact(() -> {
            // the seed sits low in the scrolling control panel: bring it into view before clicking it
            Node n = window.controls().seed;
            while (n != null && !(n instanceof ScrollPane)) {
                n = n.getParent();
            }
            ((ScrollPane) n).setVvalue(1);
            editor.setText("");
        });
        robot.clickOn(editor).write("4x2-");
        assertThat(editor.getText()).isEqualTo("42");
        robot.type(KeyCode.TAB); // focus leaves: the value is committed and the session rebuilt
        LiveFrame f = awaitFrame(x -> x.snapshot().config().initSeed() == 42);
        assertThat(f.snapshot().config().data().seed()).isEqualTo(42);
    }

    @Test
    void theCumulativeConventionIsSelectableAndSurvivesOtherSliders(FxRobot robot) throws Exception {
        awaitFrame(f -> true);
        robot.clickOn(window.controls().cumulative);
        robot.interact(() -> window.controls().learningRate.setValue(-0.5));
        robot.clickOn(window.controls().step);
        LiveFrame f = awaitFrame(x -> x.snapshot().step() >= 1);
        assertThat(f.snapshot().hyperparams().convention()).isEqualTo(Convention.PYTORCH_CUMULATIVE);
        assertThat(window.controls().momentum.isDisabled()).isTrue();
        robot.clickOn(window.controls().keras);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.controls().momentum.isDisabled()).isFalse();
    }

    @Test
    void keyboardShortcutsPlayPauseStepAndReset(FxRobot robot) throws Exception {
        awaitFrame(f -> true);
        robot.clickOn(window.controls().learningRate); // focus a slider: arrows must still step
        robot.type(KeyCode.RIGHT);
        awaitFrame(f -> f.snapshot().step() == 1);
        robot.type(KeyCode.SPACE);
        awaitFrame(f -> f.snapshot().step() > 3);
        assertThat(trainer.isPlaying()).isTrue();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !trainer.isPlaying());
        robot.type(KeyCode.R);
        awaitFrame(f -> f.snapshot().step() == 0);
        assertThat(window.currentFrame().snapshot().step()).isZero();
    }
}
