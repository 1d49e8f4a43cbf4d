package dev.bnlab.ui.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bnlab.core.Activation;
import dev.bnlab.core.DataConfig;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.TestShift;
import dev.bnlab.runtime.ViewFrame;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Renders the training curves, the data view and the network diagram for many frames and sizes into PNGs, for
 * looking at them, and times their drawing. Runs only with -Dbnlab.viewshots=DIR.
 */
class ViewGalleryTest {

    static Map<String, ViewFrame> frames() {
        SessionConfig d = SessionConfig.defaults();
        Hyperparams hp = Hyperparams.defaults();
        Map<String, ViewFrame> m = new LinkedHashMap<>();
        m.put("default200", ViewFixtures.defaultFrame());
        m.put("step0", ViewFixtures.frameAfter(0, d, hp));
        m.put("step1", ViewFixtures.frameAfter(1, d, hp));
        m.put("step2000", ViewFixtures.frameAfter(2000, d, hp));
        m.put("none", ViewFixtures.frameWithPlacement(Placement.NONE, 300));
        m.put("after", ViewFixtures.frameWithPlacement(Placement.AFTER, 300));
        m.put("relu", ViewFixtures.frameAfter(300, d.withActivation(Activation.RELU), hp));
        m.put("n2", ViewFixtures.frameAfter(300, d, hp.withBatchSize(2)));
        m.put("n1024", ViewFixtures.frameAfter(300, d, hp.withBatchSize(1024)));
        m.put("h1", ViewFixtures.frameAfter(300, d.withHidden(1), hp));
        m.put("h8", ViewFixtures.frameAfter(300, d.withHidden(8), hp));
        m.put("h64", ViewFixtures.frameAfter(300, d.withHidden(64), hp));
        m.put("diverged", ViewFixtures.frameAfter(300, d.withPlacement(Placement.AFTER), hp.withLearningRate(100)));
        m.put("shift", ViewFixtures.frameAfter(500, d.withData(DataConfig.defaults()
                .withTestShift(new TestShift(0.5, -0.25, 1.3))), hp));
        m.put("long20k", ViewFixtures.frameAfter(21000, d, hp));
        return m;
    }

    /** Prints the mean time of show() (recording the draw) and of a scene snapshot (rasterising it). */
    @Test
    void measureDrawTimes() {
        Assumptions.assumeTrue(System.getProperty("bnlab.viewshots") != null, "only with -Dbnlab.viewshots");
        ViewFrame big = ViewFixtures.frameAfter(21000, SessionConfig.defaults(),
                Hyperparams.defaults().withBatchSize(1024));
        ViewFrame h64 = ViewFixtures.frameAfter(100, SessionConfig.defaults().withHidden(64), Hyperparams.defaults());
        Map<String, Supplier<CanvasView>> views = new LinkedHashMap<>();
        views.put("curves", TrainingCurvesView::new);
        views.put("data", DataView::new);
        views.put("net", NetworkDiagramView::new);
        views.put("empty", () -> new CanvasView("empty") {
            @Override
            protected void draw(GraphicsContext g, double w, double h, ViewFrame f) {
            }
        });
        for (var v : views.entrySet()) {
            ViewFrame f = v.getKey().equals("net") ? h64 : big;
            CanvasView view = v.getValue().get();
            ViewFixtures.render(view, f, 1280, 720);
            int reps = 30;
            long t0 = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                FxTestSupport.show(view, f);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                FxTestSupport.showAndSnapshot(view, f);
            }
            long t2 = System.nanoTime();
            System.out.printf("TIMING %s 1280x720: show %.2f ms, show+snapshot %.2f ms%n", v.getKey(),
                    (t1 - t0) / 1e6 / reps, (t2 - t1) / 1e6 / reps);
        }
    }

    @Test
    void renderGallery() {
        Assumptions.assumeTrue(System.getProperty("bnlab.viewshots") != null, "only with -Dbnlab.viewshots");
        String only = System.getProperty("bnlab.gallery.view", "");
        Map<String, Supplier<CanvasView>> views = new LinkedHashMap<>();
        views.put("curves", TrainingCurvesView::new);
        views.put("data", DataView::new);
        views.put("net", NetworkDiagramView::new);
        int[][] sizes = {{420, 330}, {640, 400}, {1280, 720}, {400, 260}};
        Map<String, ViewFrame> frames = frames();
        for (var v : views.entrySet()) {
            if (!only.isEmpty() && !only.contains(v.getKey())) {
                continue;
            }
            for (var f : frames.entrySet()) {
                for (int[] s : sizes) {
                    WritableImage img = ViewFixtures.render(v.getValue().get(), f.getValue(), s[0], s[1]);
                    assertTrue(ViewFixtures.saveIfRequested(img, v.getKey() + "-" + f.getKey() + "-" + s[0] + "x"
                            + s[1]) != null);
                }
            }
        }
    }
}
