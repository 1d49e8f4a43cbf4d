package dev.bnlab.ui.experiments;

import javafx.scene.paint.Color;

/** One colour per run of an experiment (Okabe–Ito, colour-blind safe), the same in every view and control. */
public final class RunPalette {

    private static final Color[] RUN = {
        Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73"), Color.web("#CC79A7"),
    };

    private RunPalette() {
    }

    public static Color of(int run) {
        return RUN[run % RUN.length];
    }

    /** The colour as a CSS hex string, for controls. */
    public static String css(int run) {
        Color c = of(run);
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** A light tint of the run's colour (bands, fills). */
    public static Color tint(int run, double alpha) {
        Color c = of(run);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
