package dev.bnlab.ui.view;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.Snapshot;
import dev.bnlab.core.TrainingSession;
import dev.bnlab.runtime.ViewFrame;
import dev.bnlab.ui.FxToolkit;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/** Real frames from real sessions, and helpers to render a view off-screen and read its pixels. */
public final class ViewFixtures {

    private ViewFixtures() {
    }

    /** A frame after {@code steps} steps of a session with the given settings (default seed). */
    public static ViewFrame frameAfter(int steps, SessionConfig cfg, Hyperparams hp) {
        return frameAfter(steps, cfg, hp, 0);
    }

    /** The frame after {@code steps} steps with the per-neuron views on hidden layer {@code layer}. */
    public static ViewFrame frameAfter(int steps, SessionConfig cfg, Hyperparams hp, int layer) {
        TrainingSession s = new TrainingSession(cfg, hp);
        for (int i = 0; i < steps; i++) {
            s.advance();
        }
        s.evaluate();
        Snapshot snap = s.snapshot(true, layer);
        return new ViewFrame(snap, s.stepHistory().read(0), s.evalHistory().read(0), s.dataset(),
                s.decisionGrid(60, 60, -3, 3, -3, 3), 0);
    }

    /** Default settings, 200 steps. */
    public static ViewFrame defaultFrame() {
        return frameAfter(200, SessionConfig.defaults(), Hyperparams.defaults());
    }

    public static ViewFrame frameWithPlacement(Placement p, int steps) {
        return frameAfter(steps, SessionConfig.defaults().withPlacement(p), Hyperparams.defaults());
    }

    /** Lays the view out at w × h in a scene, shows the frame, and returns a snapshot image (FX thread inside). */
    public static WritableImage render(CanvasView view, ViewFrame frame, int w, int h) {
        return FxToolkit.call(() -> {
            StackPane root = new StackPane(view);
            Scene scene = new Scene(root, w, h);
            root.applyCss();
            root.layout();
            view.show(frame);
            return scene.snapshot(null);
        });
    }

    /** {@link #render}, and the PNG {@code name-WxH} when -Dbnlab.viewshots=DIR is set. */
    public static WritableImage shot(CanvasView view, ViewFrame frame, int w, int h, String name) {
        WritableImage img = render(view, frame, w, h);
        saveIfRequested(img, name + "-" + w + "x" + h);
        return img;
    }

    public static Color pixel(WritableImage img, int x, int y) {
        PixelReader r = img.getPixelReader();
        return r.getColor(x, y);
    }

    /** Writes the image as PNG when -Dbnlab.viewshots=DIR is set (for looking at views); returns the file or null. */
    public static File saveIfRequested(WritableImage img, String name) {
        String dir = System.getProperty("bnlab.viewshots");
        if (dir == null || dir.isBlank()) {
            return null;
        }
        try {
            Path d = Path.of(dir);
            Files.createDirectories(d);
            File f = d.resolve(name + ".png").toFile();
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", f);
            return f;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
