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

    public static final Color BACKGROUND = Color.web("#ffffff");
    public static final Color TEXT = Color.web("#1a1a1a");
    public static final Color MUTED = Color.web("#666666");
    public static final Color GRID = Color.web("#e3e3e3");
    public static final Color AXIS = Color.web("#444444");
    public static final Color SHADE = Color.web("#f4d9d0");
    /** Class 0 and class 1 colours in the data view. */
    public static final Color CLASS0 = Color.web("#0072B2");
    public static final Color CLASS1 = Color.web("#E69F00");
    /** Train-mode vs eval-mode series. */
    public static final Color TRAIN = Color.web("#0072B2");
    public static final Color EVAL = Color.web("#D55E00");

    private static final Color[] NEURON = {
        Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73"), Color.web("#CC79A7"),
        Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#000000"), Color.web("#F0E442"),
    };

    public static final Font TITLE = Font.font("System", FontWeight.BOLD, 16);
    public static final Font LABEL = Font.font("System", 14);
    public static final Font SMALL = Font.font("System", 12);

    private ViewStyle() {
    }

    /** Colour of hidden neuron j. */
    public static Color neuron(int j) {
        return NEURON[j % NEURON.length];
    }

    static void clear(GraphicsContext g, double w, double h) {
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
    }

    public static void centeredMessage(GraphicsContext g, double w, double h, String text) {
        g.setFill(MUTED);
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
