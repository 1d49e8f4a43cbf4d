package dev.bnlab.ui.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Drawing helpers shared by the histogram, running-statistics and activation views; {@link #text} and {@link #snap}
 * also serve the experiment views (FX thread only).
 */
public final class PlotPainter {

    /** Gap between an axis and its tick labels. */
    static final double TICK_GAP = 3;

    private PlotPainter() {
    }

    /** Text at (x, y) with the given alignment and baseline; leaves the context's alignment at LEFT/BASELINE. */
    public static void text(GraphicsContext g, String s, double x, double y, Font font, Color color,
                            TextAlignment align, VPos baseline) {
        g.setFont(font);
        g.setFill(color);
        g.setTextAlign(align);
        g.setTextBaseline(baseline);
        g.fillText(s, x, y);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** Text rotated 90° counter-clockwise, centred on (cx, cy). */
    static void verticalText(GraphicsContext g, String s, double cx, double cy, Font font, Color color) {
        g.save();
        g.translate(cx, cy);
        g.rotate(-90);
        text(g, s, 0, 0, font, color, TextAlignment.CENTER, VPos.CENTER);
        g.restore();
    }

    /** Light grid lines at the given ticks, then the left and bottom axis lines. */
    static void grid(GraphicsContext g, PlotBox b, double[] xTicks, double[] yTicks) {
        g.setStroke(ViewStyle.grid());
        g.setLineWidth(1);
        if (xTicks != null) {
            for (double t : xTicks) {
                double x = snap(b.px(t));
                if (x >= b.left() - 0.5 && x <= b.right() + 0.5) {
                    g.strokeLine(x, b.top(), x, b.bottom());
                }
            }
        }
        if (yTicks != null) {
            for (double t : yTicks) {
                double y = snap(b.py(t));
                if (y >= b.top() - 0.5 && y <= b.bottom() + 0.5) {
                    g.strokeLine(b.left(), y, b.right(), y);
                }
            }
        }
    }

    static void axes(GraphicsContext g, PlotBox b) {
        g.setStroke(ViewStyle.axis());
        g.setLineWidth(1);
        g.strokeLine(snap(b.left()), b.top(), snap(b.left()), snap(b.bottom()));
        g.strokeLine(snap(b.left()), snap(b.bottom()), b.right(), snap(b.bottom()));
    }

    /** Tick labels under the plot, centred on their ticks; labels that would overlap a previous one are skipped. */
    static void xTickLabels(GraphicsContext g, PlotBox b, double[] ticks, double step, Font font) {
        xTickLabels(g, b, ticks, step, font, 0);
    }

    /** As {@link #xTickLabels(GraphicsContext, PlotBox, double[], double, Font)}, moved down by dy pixels. */
    static void xTickLabels(GraphicsContext g, PlotBox b, double[] ticks, double step, Font font, double dy) {
        double lastRight = Double.NEGATIVE_INFINITY;
        for (double t : ticks) {
            String s = NiceTicks.label(t, step);
            double w = TextMeasure.width(font, s);
            double x = b.px(t);
            // keep end labels over their own plot: shift them inward instead of into a neighbour
            double left = Math.min(Math.max(b.left() - 3, x - w / 2), b.right() + 3 - w);
            if (left < lastRight + 6 || x < b.left() - 0.5 || x > b.right() + 0.5) {
                continue;
            }
            text(g, s, left + w / 2, b.bottom() + TICK_GAP + dy, font, ViewStyle.muted(), TextAlignment.CENTER, VPos.TOP);
            lastRight = left + w;
        }
    }

    /** Tick labels left of the plot, right-aligned, vertically centred on their ticks. */
    static void yTickLabels(GraphicsContext g, PlotBox b, double[] ticks, double step, Font font) {
        double lastTop = Double.POSITIVE_INFINITY;
        double lineH = font.getSize() + 1;
        for (double t : ticks) {
            double y = b.py(t);
            if (y > lastTop - lineH) {
                continue;
            }
            text(g, NiceTicks.label(t, step), b.left() - TICK_GAP - 1, y, font, ViewStyle.muted(), TextAlignment.RIGHT,
                    VPos.CENTER);
            lastTop = y;
        }
    }

    /** Widest tick label of the given ticks. */
    static double maxLabelWidth(double[] ticks, double step, Font font) {
        double m = 0;
        for (double t : ticks) {
            m = Math.max(m, TextMeasure.width(font, NiceTicks.label(t, step)));
        }
        return m;
    }

    /** Pixel-centre coordinate for crisp 1 px lines. */
    public static double snap(double v) {
        return Math.floor(v) + 0.5;
    }

    /** The colour, darkened when it is too light to read as text or a thin line on white (e.g. yellow). */
    static Color readable(Color c) {
        if (ViewStyle.theme().dark()) {
            return ViewStyle.ink(c);
        }
        // relative luminance (sRGB weights, no gamma: good enough for a threshold)
        double lum = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return lum > 0.7 ? c.deriveColor(0, 1, 0.7, 1) : c;
    }

    static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** A short horizontal line sample for legends, in the given style; returns its right end. */
    static double legendLine(GraphicsContext g, double x, double y, double length, Color color, double width,
                             double[] dashes) {
        g.setStroke(color);
        g.setLineWidth(width);
        g.setLineDashes(dashes);
        g.strokeLine(x, y, x + length, y);
        g.setLineDashes((double[]) null);
        return x + length;
    }
}
