package dev.bnlab.ui.plot;

import javafx.scene.paint.Color;

/** WCAG 2 relative luminance and contrast ratio of two opaque colours (used to keep ink readable on a theme). */
public final class ContrastRatio {

    private ContrastRatio() {
    }

    /** L = 0.2126·R + 0.7152·G + 0.0722·B of the linearised sRGB channels. */
    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    /** (L_lighter + 0.05) / (L_darker + 0.05), from 1 (same) to 21 (black on white). */
    public static double of(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    // sRGB → linear: v/12.92 below 0.04045, else ((v + 0.055)/1.055)^2.4
    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
