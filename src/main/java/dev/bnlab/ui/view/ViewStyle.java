package dev.bnlab.ui.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Shared look of the views: projector-legible fonts, colours, and the per-neuron palette
 * (Okabe–Ito, colour-blind safe).
 */
public final class ViewStyle {

    private static volatile ViewTheme theme = ViewTheme.LIGHT;

    /** The colours every view draws with now (light or dark); views read them at each draw. */
    public static ViewTheme theme() {
        return theme;
    }

    /** Switches the views' colours; views redraw on their next frame (callers force a redraw to see it at once). */
    public static void setTheme(ViewTheme t) {
        theme = java.util.Objects.requireNonNull(t);
    }

    public static Color background() {
        return theme.background();
    }

    public static Color text() {
        return theme.text();
    }

    public static Color muted() {
        return theme.muted();
    }

    public static Color grid() {
        return theme.grid();
    }

    public static Color axis() {
        return theme.axis();
    }

    /** Saturation regions of the activation curve. */
    public static Color shade() {
        return theme.shade();
    }

    /** Class 0 and class 1 colours in the data view. */
    public static Color class0() {
        return theme.class0();
    }

    public static Color class1() {
        return theme.class1();
    }

    /** Train-mode vs eval-mode series. */
    public static Color train() {
        return theme.train();
    }

    public static Color eval() {
        return theme.eval();
    }

    public static final Font TITLE = Font.font("System", FontWeight.BOLD, 16);
    public static final Font LABEL = Font.font("System", 14);
    public static final Font SMALL = Font.font("System", 12);

    private ViewStyle() {
    }

    /** Colour of hidden neuron j. */
    public static Color neuron(int j) {
        return theme.neuron(j);
    }

    static void clear(GraphicsContext g, double w, double h) {
        g.setFill(background());
        g.fillRect(0, 0, w, h);
    }

    public static void centeredMessage(GraphicsContext g, double w, double h, String text) {
        g.setFill(muted());
        g.setFont(LABEL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, w / 2, h / 2);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** Formats a number compactly for readouts: 4 significant digits, scientific when tiny or huge. */
    public static String num(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e5)) {
            return String.format(java.util.Locale.ROOT, "%.2e", v);
        }
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
