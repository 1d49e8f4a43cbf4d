package dev.bnlab.ui.plot;

import javafx.scene.paint.Color;

/**
 * Heat-map colour of a class-1 probability: the class-0 tint at p = 0, the background (white) at p = ½, the class-1 tint at
 * p = 1 (tints are the class colours lightened so points stay visible on top). NaN is light grey.
 */
public final class ProbabilityTint {

    /** How much of the class colour the tint keeps (the rest is white). */
    static final double STRENGTH = 0.42;
    /** The tints in the light theme (the dark theme's are {@link #tint0()} / {@link #tint1()} there). */
    public static final Color TINT0 = Color.WHITE.interpolate(ViewTheme.LIGHT.class0(), STRENGTH);
    public static final Color TINT1 = Color.WHITE.interpolate(ViewTheme.LIGHT.class1(), STRENGTH);
    public static final Color UNDEFINED = Color.web("#d9d9d9");

    /** The class-0 tint on the current theme's background (read at each call: it follows the theme). */
    static Color tint0() {
        return ViewStyle.background().interpolate(ViewStyle.class0(), STRENGTH);
    }

    static Color tint1() {
        return ViewStyle.background().interpolate(ViewStyle.class1(), STRENGTH);
    }

    private ProbabilityTint() {
    }

    public static Color of(double p) {
        if (Double.isNaN(p)) {
            return ViewStyle.panel(UNDEFINED);
        }
        double q = Math.max(0, Math.min(1, p));
        // t = |2p − 1|: 0 at the boundary, 1 when certain
        double t = Math.abs(2 * q - 1);
        return ViewStyle.background().interpolate(q >= 0.5 ? tint1() : tint0(), t);
    }

    /** {@link #of} as 0xAARRGGBB for a PixelWriter. */
    static int argb(double p) {
        Color c = of(p);
        int r = (int) Math.round(c.getRed() * 255);
        int g = (int) Math.round(c.getGreen() * 255);
        int b = (int) Math.round(c.getBlue() * 255);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }
}
