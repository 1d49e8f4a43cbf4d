package dev.bnlab.ui.plot;

import javafx.scene.paint.Color;

/**
 * Simulated dichromat vision (Viénot, Brettel &amp; Mollon 1999, on linear sRGB) and CIE76 colour difference in
 * CIELAB, to check that the data colours stay apart for the common colour-vision deficiencies.
 */
final class ColourVision {

    /** Linear-RGB projection matrices onto what a dichromat sees. */
    static final double[][] NORMAL = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    static final double[][] DEUTERANOPIA = {{0.29275, 0.70725, 0}, {0.29275, 0.70725, 0}, {-0.02234, 0.02234, 1}};
    static final double[][] PROTANOPIA = {{0.11238, 0.88762, 0}, {0.11238, 0.88762, 0}, {0.00401, -0.00401, 1}};

    private ColourVision() {
    }

    /** ΔE*ab = ‖Lab(a) − Lab(b)‖ of the two colours as seen through the matrix. */
    static double deltaE(Color a, Color b, double[][] vision) {
        double[] la = lab(see(a, vision));
        double[] lb = lab(see(b, vision));
        return Math.sqrt(Math.pow(la[0] - lb[0], 2) + Math.pow(la[1] - lb[1], 2) + Math.pow(la[2] - lb[2], 2));
    }

    private static double[] see(Color c, double[][] m) {
        double[] l = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = Math.max(0, Math.min(1, m[i][0] * l[0] + m[i][1] * l[1] + m[i][2] * l[2]));
        }
        return out;
    }

    // linear sRGB → XYZ (D65) → L*a*b*
    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    // f(t) = t^(1/3) above (6/29)^3, else t/(3·(6/29)^2) + 4/29
    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
