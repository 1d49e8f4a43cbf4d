package dev.bnlab.ui.view;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.TrainingSession;
import dev.bnlab.runtime.ViewFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Pixel probes for view tests, and frame sequences from one session. */
final class Pixels {

    private Pixels() {
    }

    /** Largest channel difference between two colours (0 = same, 1 = black vs white). */
    static double distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()),
                Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
    }

    /** c painted with the given opacity over white. */
    static Color overWhite(Color c, double alpha) {
        return new Color(1 - alpha * (1 - c.getRed()), 1 - alpha * (1 - c.getGreen()), 1 - alpha * (1 - c.getBlue()),
                1);
    }

    static boolean dark(Color c) {
        return Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue())) < 0.35;
    }

    /** True when some pixel within ±dx, ±dy of (x, y) satisfies the test. */
    static boolean anyNear(WritableImage img, double x, double y, int dx, int dy, Predicate<Color> test) {
        int cx = (int) Math.floor(x);
        int cy = (int) Math.floor(y);
        for (int yy = cy - dy; yy <= cy + dy; yy++) {
            for (int xx = cx - dx; xx <= cx + dx; xx++) {
                if (xx >= 0 && yy >= 0 && xx < img.getWidth() && yy < img.getHeight()
                        && test.test(ViewFixtures.pixel(img, xx, yy))) {
                    return true;
                }
            }
        }
        return false;
    }

    static Color at(WritableImage img, double x, double y) {
        return ViewFixtures.pixel(img, (int) Math.floor(x), (int) Math.floor(y));
    }

    /** Frames of consecutive steps first+1 … first+count of one session (with batch arrays and histories). */
    static List<ViewFrame> sequence(SessionConfig cfg, Hyperparams hp, int first, int count) {
        TrainingSession s = new TrainingSession(cfg, hp);
        for (int i = 0; i < first; i++) {
            s.advance();
        }
        List<ViewFrame> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            s.advance();
            out.add(new ViewFrame(s.snapshot(true), s.stepHistory().read(0), s.evalHistory().read(0), s.dataset(),
                    null, 0));
        }
        return out;
    }
}
