package dev.bnlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.runtime.LiveFrame;
import dev.bnlab.runtime.LiveRun;
import dev.bnlab.ui.FxToolkit;
import dev.bnlab.ui.LabShell;
import dev.bnlab.ui.fx.HeadlessFx;
import dev.bnlab.ui.fx.Stylesheets;
import dev.bnlab.ui.model.LabModel;
import dev.bnlab.ui.plot.FrameCanvasView;
import dev.bnlab.ui.plot.ViewStyle;
import dev.bnlab.ui.plot.ViewTheme;
import dev.bnlab.ui.view.ViewFixtures;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The presentation layout at 1920 × 1080 (the projector case): text sizes, nothing cut off, in both themes.
 * With -Dbnlab.viewshots=DIR it also writes presentation-light.png and presentation-dark.png.
 */
class PresentationLayoutTest {

    private static final int W = 1920;
    private static final int H = 1080;

    @AfterEach
    void restore() {
        FxToolkit.run(() -> {
            ViewStyle.setTheme(ViewTheme.LIGHT);
            FrameCanvasView.setZoom(1);
        });
    }

    @Test
    void at1080pTheTextIsLargeAndNothingIsCutOffInEitherTheme() {
        SessionConfig cfg = SessionConfig.defaults();
        Hyperparams hp = Hyperparams.defaults();
        LiveFrame frame = LiveRun.headless(cfg, hp, 400);
        try (LabModel model = new LabModel(cfg, hp)) {
            FxToolkit.run(() -> {
                MainWindow window = new MainWindow(model);
                LabShell shell = new LabShell(window, model);
                Scene scene = Stylesheets.scene(shell, W, H);
                window.showFrame(frame, 60);
                HeadlessFx.settleLayout(scene);
                window.presentation().enter();
                HeadlessFx.settleLayout(scene);
                ViewFixtures.saveIfRequested(shot(window, scene), "presentation-light");
                window.presentation().settings().setTheme(ViewTheme.DARK);
                HeadlessFx.settleLayout(scene);
                assertThat(ViewStyle.theme()).isEqualTo(ViewTheme.DARK);
                ViewFixtures.saveIfRequested(shot(window, scene), "presentation-dark");
                checkLayout(window, scene);
                window.presentation().settings().setTheme(ViewTheme.LIGHT);
                HeadlessFx.settleLayout(scene);
                checkLayout(window, scene);
                window.presentation().leave();
            });
        }
    }

    private static WritableImage shot(MainWindow window, Scene scene) {
        window.redrawViews();
        return scene.snapshot(null);
    }

    private static void checkLayout(MainWindow window, Scene scene) {
        List<Labeled> shown = new ArrayList<>();
        collectShown(scene.getRoot(), shown);
        assertThat(shown).as("labels on screen").hasSizeGreaterThan(10);
        for (Labeled l : shown) {
            String what = l.getClass().getSimpleName() + " \"" + l.getText() + "\"";
            // controls and the status bar: 22 px (the formula note 20 px)
            assertThat(l.getFont().getSize()).as(what).isGreaterThanOrEqualTo(20);
            assertThat(truncated(l)).as(what + " is cut off").isFalse();
            Bounds b = l.localToScene(l.getBoundsInLocal());
            assertThat(b.getMaxX()).as(what + " inside the window").isLessThanOrEqualTo(W + 0.5);
            assertThat(b.getMaxY()).as(what + " inside the window").isLessThanOrEqualTo(H + 0.5);
        }
        assertThat(((Labeled) window.statusBar().getChildren().get(0)).getFont().getSize()).isEqualTo(22);
        // the views' smallest text (12 px) × zoom
        assertThat(ViewStyle.SMALL.getSize() * FrameCanvasView.zoom()).isGreaterThanOrEqualTo(20);
        // every shown view keeps a usable logical drawing area at that zoom
        for (String name : window.visibleViews()) {
            FrameCanvasView<?> v = window.views().get(name);
            assertThat(v.getWidth() / FrameCanvasView.zoom()).as(name + " logical width").isGreaterThan(300);
            assertThat(v.getHeight() / FrameCanvasView.zoom()).as(name + " logical height").isGreaterThan(250);
        }
    }

    private static void collectShown(Node n, List<Labeled> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            out.add(l);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collectShown(c, out);
            }
        }
    }

    /** Whether the label shows its text shortened with an ellipsis. */
    private static boolean truncated(Labeled l) {
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && !t.getText().equals(l.getText()) && t.getText().endsWith(l.getEllipsisString())) {
                return true;
            }
        }
        return false;
    }
}
