package dev.bnlab.ui.experiments;

import dev.bnlab.ui.plot.ViewStyle;
import javafx.scene.paint.Color;

/** One colour per run of an experiment (Okabe–Ito, colour-blind safe), the same in every view and control. */
public final class RunPalette {

    private static final Color[] RUN = {
        Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73"), Color.web("#CC79A7"),
    };

    /** The same hues lifted for the dark theme (as {@code ViewTheme.DARK}'s neuron colours). */
    private static final Color[] RUN_DARK = {
        Color.web("#56B4E9"), Color.web("#E07B1A"), Color.web("#2BC49A"), Color.web("#E89BC8"),
    };

    private RunPalette() {
    }

    public static Color of(int run) {
        Color[] palette = ViewStyle.theme().dark() ? RUN_DARK : RUN;
        return palette[run % palette.length];
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
