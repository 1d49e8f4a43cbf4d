package dev.bnlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.lesson.SceneStepper;
import dev.bnlab.runtime.LiveFrame;
import dev.bnlab.runtime.RunControls;
import dev.bnlab.ui.LabShell;
import dev.bnlab.ui.LiveLab;
import dev.bnlab.ui.plot.FrameCanvasView;
import dev.bnlab.ui.plot.ViewStyle;
import dev.bnlab.ui.plot.ViewTheme;
import dev.bnlab.ui.presentation.ControlGroup;
import dev.bnlab.ui.presentation.PresentationMode;
import dev.bnlab.ui.presentation.PresentationSettings;
import dev.bnlab.ui.presentation.ThemeSwitch;
import dev.bnlab.ui.view.CanvasView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presentation mode and the lecture keys on the real window inside the app's shell (headless Monocle in CI).
 * Full screen is requested from the stage; whether a window manager honours it cannot be seen headless.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {

    private LiveLab lab;
    private RunControls<LiveFrame> trainer;
    private MainWindow window;
    private LabShell shell;
    private Stage stage;
    private final AtomicInteger scenesForward = new AtomicInteger();
    private final AtomicInteger scenesBack = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        lab = LiveLab.show(stage, 1280, 800);
        trainer = lab.model.live();
        window = lab.window;
        shell = lab.shell;
        window.setSceneStepper(new SceneStepper() {
            @Override
            public void nextScene() {
                scenesForward.incrementAndGet();
            }

            @Override
            public void previousScene() {
                scenesBack.incrementAndGet();
            }
        });
    }

    @AfterEach
    void stop() throws Exception {
        lab.close();
    }

    private void awaitFirstFrame() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.currentFrame() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether the node and all its parents are visible (what the user sees). */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Visible/managed of every control-panel row, the side panel and the mode bar, as text. */
    private List<String> layoutState() {
        List<String> s = new ArrayList<>();
        for (Node n : window.controls().getChildrenUnmodifiable()) {
            s.add(n.isVisible() + "/" + n.isManaged());
        }
        s.add("side " + window.getLeft().isVisible() + "/" + window.getLeft().isManaged() + " "
                + ((Region) window.getLeft()).getPrefWidth());
        Node bar = shell.lookup(".mode-bar");
        s.add("bar " + bar.isVisible() + "/" + bar.isManaged());
        return s;
    }

    private double statusFontSize() {
        return ((Label) window.statusBar().getChildren().get(0)).getFont().getSize();
    }

    /** The colour of a pixel near the top-left corner of a view's canvas (its background). */
    private Color backgroundPixel(CanvasView v) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            WritableImage img = v.canvas().snapshot(null, null);
            return img.getPixelReader().getColor(2, 2);
        }).get(5, TimeUnit.SECONDS);
    }

    @Test
    void f5HidesTheControlsNotKeptZoomsAndStylesAndF5AgainRestoresEverything(FxRobot robot) throws Exception {
        awaitFirstFrame();
        List<String> before = layoutState();
        double fontBefore = statusFontSize();
        Parent root = stage.getScene().getRoot();
        assertThat(shown(window.controls().momentum)).isTrue();

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        PresentationMode p = window.presentation();
        assertThat(p.isActive()).isTrue();
        assertThat(root.getStyleClass()).contains(PresentationMode.STYLE_CLASS);
        assertThat(root.getStylesheets()).contains(PresentationMode.CSS);
        assertThat(FrameCanvasView.zoom()).isEqualTo(PresentationSettings.DEFAULT_ZOOM);
        // the default kept groups stay, the others go
        ControlPanel c = window.controls();
        assertThat(shown(c.playPause)).isTrue();
        assertThat(shown(c.reset)).isTrue();
        assertThat(shown(c.learningRate)).isTrue();
        assertThat(shown(c.batchSize)).isTrue();
        assertThat(shown(c.placementBefore)).isTrue();
        assertThat(shown(c.momentum)).isFalse();
        assertThat(shown(c.keras)).isFalse();
        assertThat(shown(c.seed)).isFalse();
        assertThat(shown(c.dataset)).isFalse();
        assertThat(shown(c.shiftX)).isFalse();
        assertThat(shown(c.showCode)).isFalse();
        assertThat(shell.lookup(".mode-bar").isVisible()).isFalse();
        // large text: 22 px controls and status bar, views' smallest font 12 px × zoom ≥ 20 px
        assertThat(statusFontSize()).isGreaterThanOrEqualTo(22);
        assertThat(c.playPause.getFont().getSize()).isGreaterThanOrEqualTo(22);
        assertThat(ViewStyle.SMALL.getSize() * FrameCanvasView.zoom()).isGreaterThanOrEqualTo(20);
        // the views were redrawn at the new zoom (layout may redraw them more than once)
        long draws = window.views().histograms().drawCount();
        assertThat(stage.isFullScreen()).as("full screen is requested on entering").isTrue();

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(p.isActive()).isFalse();
        assertThat(root.getStyleClass()).doesNotContain(PresentationMode.STYLE_CLASS);
        assertThat(root.getStylesheets()).doesNotContain(PresentationMode.CSS);
        assertThat(FrameCanvasView.zoom()).isEqualTo(1);
        assertThat(layoutState()).isEqualTo(before);
        assertThat(statusFontSize()).isEqualTo(fontBefore);
        assertThat(shown(c.momentum)).isTrue();
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(window.views().histograms().drawCount()).isGreaterThan(draws);
    }

    @Test
    void theKeptGroupsAreRememberedAndApplyWhilePresenting(FxRobot robot) throws Exception {
        awaitFirstFrame();
        PresentationMode p = window.presentation();
        robot.interact(p::enter);
        assertThat(shown(window.controls().seed)).isFalse();
        robot.interact(() -> p.settings().setKept(ControlGroup.SEED, true));
        assertThat(shown(window.controls().seed)).as("applies at once").isTrue();
        robot.interact(() -> p.settings().setKept(ControlGroup.LEARNING_RATE, false));
        assertThat(shown(window.controls().learningRate)).isFalse();
        robot.interact(p::leave);
        assertThat(shown(window.controls().learningRate)).isTrue();
        robot.interact(p::enter);
        assertThat(shown(window.controls().seed)).as("remembered").isTrue();
        assertThat(shown(window.controls().learningRate)).isFalse();
        // nothing kept: the whole control panel goes
        robot.interact(() -> p.settings().setKept(Set.of()));
        assertThat(window.getLeft().isVisible()).isFalse();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(p.isActive()).as("Esc leaves").isFalse();
        assertThat(window.getLeft().isVisible()).isTrue();
    }

    @Test
    void digitKeysHideAndShowViewsAndZeroShowsAll(FxRobot robot) throws Exception {
        awaitFirstFrame();
        List<String> names = List.copyOf(window.views().all().keySet());
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isViewVisible(names.get(0))).isFalse();
        assertThat(window.views().get(names.get(0)).getParent()).as("out of the grid").isNull();
        robot.type(KeyCode.DIGIT3, KeyCode.DIGIT6);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.visibleViews()).containsExactlyInAnyOrder(names.get(1), names.get(3), names.get(4));
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isViewVisible(names.get(2))).isTrue();
        robot.type(KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.visibleViews()).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void liveLabKeysDoNothingWhileTheExperimentsModeIsShown(FxRobot robot) throws Exception {
        awaitFirstFrame();
        robot.interact(shell::showExperiments);
        robot.type(KeyCode.DIGIT1, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.visibleViews()).hasSize(6);
        assertThat(scenesForward.get()).isZero();
        robot.interact(shell::showLive);
        robot.type(KeyCode.DIGIT1, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.visibleViews()).hasSize(5);
        assertThat(scenesForward.get()).isEqualTo(1);
    }

    @Test
    void tSwitchesTheThemeAndTheViewsRedrawOnTheDarkBackground(FxRobot robot) throws Exception {
        awaitFirstFrame();
        CanvasView v = window.views().histograms();
        Color light = backgroundPixel(v);
        assertThat(light).isEqualTo(ViewTheme.LIGHT.background());
        robot.type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ViewStyle.theme()).isEqualTo(ViewTheme.DARK);
        Parent root = stage.getScene().getRoot();
        assertThat(root.getStyleClass()).contains(ThemeSwitch.DARK_STYLE_CLASS);
        assertThat(root.getStylesheets()).contains(ThemeSwitch.DARK_CSS);
        Color dark = backgroundPixel(v);
        assertThat(dark).isEqualTo(ViewTheme.DARK.background());
        assertThat(dark).isNotEqualTo(light);
        // the controls follow: the status bar's text is light on dark
        Label step = (Label) window.statusBar().getChildren().get(0);
        assertThat(((Color) step.getTextFill()).getBrightness()).isGreaterThan(0.8);
        robot.type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ViewStyle.theme()).isEqualTo(ViewTheme.LIGHT);
        assertThat(backgroundPixel(v)).isEqualTo(light);
        assertThat(root.getStyleClass()).doesNotContain(ThemeSwitch.DARK_STYLE_CLASS);
    }

    @Test
    void leavingPresentationRestoresTheThemeFromBefore(FxRobot robot) throws Exception {
        awaitFirstFrame();
        PresentationMode p = window.presentation();
        robot.interact(() -> p.settings().setTheme(ViewTheme.DARK));
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ViewStyle.theme()).isEqualTo(ViewTheme.DARK);
        robot.type(KeyCode.T); // back to light while presenting: becomes the presentation theme
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(p.settings().theme()).isEqualTo(ViewTheme.LIGHT);
        robot.type(KeyCode.T);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ViewStyle.theme()).as("the theme from before").isEqualTo(ViewTheme.LIGHT);
        assertThat(p.settings().theme()).isEqualTo(ViewTheme.DARK);
    }

    @Test
    void lessonKeysMoveThroughScenes(FxRobot robot) {
        robot.type(KeyCode.N, KeyCode.PAGE_DOWN, KeyCode.P);
        robot.type(KeyCode.PAGE_UP, KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scenesForward.get()).isEqualTo(2);
        assertThat(scenesBack.get()).isEqualTo(3);
    }

    @Test
    void keysDoNothingWhileATextFieldHasFocus(FxRobot robot) throws Exception {
        awaitFirstFrame();
        robot.interact(() -> window.controls().seed.getEditor().requestFocus());
        // an editable spinner keeps the focus itself while its inner text field edits
        assertThat(stage.getScene().getFocusOwner()).isSameAs(window.controls().seed);
        Set<String> viewsBefore = new HashSet<>(window.visibleViews());
        robot.type(KeyCode.DIGIT1, KeyCode.T, KeyCode.SPACE, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.visibleViews()).isEqualTo(viewsBefore);
        assertThat(ViewStyle.theme()).isEqualTo(ViewTheme.LIGHT);
        assertThat(trainer.isPlaying()).isFalse();
        assertThat(scenesForward.get()).isZero();
        assertThat(window.controls().seed.getEditor().getText()).as("the digit was typed").contains("1");
        // away from the text field the same keys act
        robot.interact(() -> window.controls().playPause.requestFocus());
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.visibleViews()).hasSize(viewsBefore.size() - 1);
    }

    @Test
    void helpListsTheKeysAndAnyKeyClosesIt(FxRobot robot) {
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        var help = window.keyHelp();
        assertThat(help.isShowing()).isTrue();
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(help.isShowing()).isFalse();
    }
}
