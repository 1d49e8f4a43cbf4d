package dev.bnlab.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.paint.Color;

/** Colour comparisons for pixel tests. */
final class ViewPixels {

    private ViewPixels() {
    }

    /** Largest difference of the red, green and blue channels (0..1). */
    static double distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()),
                Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
    }

    static void assertNear(Color actual, Color expected, double tolerance, String what) {
        assertThat(distance(actual, expected)).as("%s: got %s, expected %s", what, actual, expected)
                .isLessThanOrEqualTo(tolerance);
    }
}
