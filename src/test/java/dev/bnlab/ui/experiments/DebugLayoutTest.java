package dev.bnlab.ui.experiments;

import dev.bnlab.ui.BnLabApp;
import dev.bnlab.ui.FxToolkit;
import dev.bnlab.experiments.ExperimentSettings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

class DebugLayoutTest {
    @Test
    void dump() {
        ExperimentChoice c = ExperimentChoices.byId("single-instance").get();
        ExperimentSession s = new ExperimentSession(c, new ExperimentSettings(300, 1), ExperimentControls.DEFAULTS);
        while (s.advance()) { }
        ExperimentFrame f = s.frame(false, "", 1);
        FxToolkit.run(() -> {
            ExperimentsModel m = new ExperimentsModel(c, ExperimentControls.DEFAULTS);
            ExperimentsPane p = new ExperimentsPane(m);
            Scene sc = BnLabApp.createScene(p, 1600, 900);
            for (int i = 0; i < 3; i++) { p.applyCss(); p.layout(); }
            p.showFrame(f);
            for (int i = 0; i < 3; i++) { p.applyCss(); p.layout(); }
            dump(p.getLeft(), 0); javafx.scene.image.WritableImage img = sc.snapshot(null); try { javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png", new java.io.File("/tmp/expui-dbg/a.png")); } catch (Exception e) { throw new RuntimeException(e); }
            m.close();
        });
    }
    static void dump(Node n, int d) {
        if (d > 6) return;
        if (n instanceof Region r) {
            System.out.println("  ".repeat(d) + n.getClass().getSimpleName() + " x=" + r.getLayoutX() + " w=" + r.getWidth() + " min=" + r.minWidth(-1) + " pref=" + r.prefWidth(-1));
        }
        if (n instanceof javafx.scene.control.Label l && l.getStyleClass().contains("finding")) {
            for (Node c : l.getChildrenUnmodifiable()) if (c instanceof javafx.scene.text.Text t) System.out.println("  TEXT wrap=" + t.getWrappingWidth() + " bounds=" + t.getLayoutBounds().getWidth() + " clip=" + l.getClip() + " h=" + l.getHeight() + " textlen=" + t.getText().length() + "/" + l.getText().length());
        }
        if (n instanceof Parent p && !(n instanceof javafx.scene.control.ListView) && !(n instanceof javafx.scene.control.Label)) for (Node c : p.getChildrenUnmodifiable()) dump(c, d + 1);
    }
}
