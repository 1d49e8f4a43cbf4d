package dev.bnlab.ui.plot;

import dev.bnlab.i18n.Messages;
import dev.bnlab.plot.AxisKind;
import dev.bnlab.plot.ColumnEnvelope;
import dev.bnlab.plot.PlotBox;
import dev.bnlab.plot.Range;
import dev.bnlab.plot.Ticks;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The one painter of the views in both modes: text, plot frames with grid and tick labels ({@link Ticks}), lines
 * through long series ({@link ColumnEnvelope}), bands, dots, reference lines, legends and wrapped paragraphs
 * ({@link TextMeasure}). A title, axis name or legend label may be given as a message key or as literal text.
 * FX thread only.
 */
public final class PlotPainter {

    /** Gap between an axis and its tick labels. */
    static final double TICK_GAP = 3;
    public static final double PAD = 8;
    public static final double TITLE_ROW = 26;
    public static final double TICK_ROW = 18;
    public static final double LEGEND_ROW = 20;

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
    public static void verticalText(GraphicsContext g, String s, double cx, double cy, Font font, Color color) {
        g.save();
        g.translate(cx, cy);
        g.rotate(-90);
        text(g, s, 0, 0, font, color, TextAlignment.CENTER, VPos.CENTER);
        g.restore();
    }

    /** Light grid lines at the given ticks, then the left and bottom axis lines. */
    public static void grid(GraphicsContext g, PlotBox b, double[] xTicks, double[] yTicks) {
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

    public static void axes(GraphicsContext g, PlotBox b) {
        g.setStroke(ViewStyle.axis());
        g.setLineWidth(1);
        g.strokeLine(snap(b.left()), b.top(), snap(b.left()), snap(b.bottom()));
        g.strokeLine(snap(b.left()), snap(b.bottom()), b.right(), snap(b.bottom()));
    }

    /** Tick labels under the plot, centred on their ticks; labels that would overlap a previous one are skipped. */
    public static void xTickLabels(GraphicsContext g, PlotBox b, double[] ticks, double step, Font font) {
        xTickLabels(g, b, ticks, step, font, 0);
    }

    /** As {@link #xTickLabels(GraphicsContext, PlotBox, double[], double, Font)}, moved down by dy pixels. */
    public static void xTickLabels(GraphicsContext g, PlotBox b, double[] ticks, double step, Font font, double dy) {
        double lastRight = Double.NEGATIVE_INFINITY;
        for (double t : ticks) {
            String s = Ticks.label(t, step);
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
    public static void yTickLabels(GraphicsContext g, PlotBox b, double[] ticks, double step, Font font) {
        double lastTop = Double.POSITIVE_INFINITY;
        double lineH = font.getSize() + 1;
        for (double t : ticks) {
            double y = b.py(t);
            if (y > lastTop - lineH) {
                continue;
            }
            text(g, Ticks.label(t, step), b.left() - TICK_GAP - 1, y, font, ViewStyle.muted(), TextAlignment.RIGHT,
                    VPos.CENTER);
            lastTop = y;
        }
    }

    /** Widest tick label of the given ticks. */
    public static double maxLabelWidth(double[] ticks, double step, Font font) {
        double m = 0;
        for (double t : ticks) {
            m = Math.max(m, TextMeasure.width(font, Ticks.label(t, step)));
        }
        return m;
    }

    /** Pixel-centre coordinate for crisp 1 px lines. */
    public static double snap(double v) {
        return Math.floor(v) + 0.5;
    }

    /** The colour, darkened when it is too light to read as text or a thin line on white (e.g. yellow). */
    public static Color readable(Color c) {
        if (ViewStyle.theme().dark()) {
            return ViewStyle.ink(c);
        }
        // relative luminance (sRGB weights, no gamma: good enough for a threshold)
        double lum = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return lum > 0.7 ? c.deriveColor(0, 1, 0.7, 1) : c;
    }

    public static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** A short horizontal line sample for legends, in the given style; returns its right end. */
    public static double legendLine(GraphicsContext g, double x, double y, double length, Color color, double width,
                             double[] dashes) {
        g.setStroke(color);
        g.setLineWidth(width);
        g.setLineDashes(dashes);
        g.strokeLine(x, y, x + length, y);
        g.setLineDashes((double[]) null);
        return x + length;
    }

    // ------------------------------------------------------------------ text

    /** Text with its top-left corner at (x, y). */
    public static void textAt(GraphicsContext g, String s, double x, double y, Font font, Color color) {
        text(g, s, x, y, font, color, TextAlignment.LEFT, VPos.TOP);
    }

    /** The view title at the top left; returns the y below it. */
    public static double title(GraphicsContext g, String s, double w) {
        textAt(g, TextMeasure.fit(ViewStyle.TITLE, Messages.keyOrText(s), w - 2 * PAD), PAD, PAD, ViewStyle.TITLE, ViewStyle.text());
        return PAD + TITLE_ROW;
    }

    /** Wrapped text starting at (x, y) within width; returns the y below the last line. */
    public static double paragraph(GraphicsContext g, String s, double x, double y, double width, Font font, Color color) {
        double lineH = Math.round(font.getSize() * 1.35);
        for (String line : TextMeasure.wrap(font, s, width)) {
            textAt(g, line, x, y, font, color);
            y += lineH;
        }
        return y;
    }

    public static double paragraphHeight(String s, double width, Font font) {
        return TextMeasure.wrap(font, s, width).size() * Math.round(font.getSize() * 1.35);
    }

    /** A message centred in the area. */
    public static void message(GraphicsContext g, String s, double x, double y, double w, double h) {
        double lineH = Math.round(ViewStyle.LABEL.getSize() * 1.35);
        List<String> lines = TextMeasure.wrap(ViewStyle.LABEL, s, Math.max(40, w - 2 * PAD));
        double top = y + h / 2 - lines.size() * lineH / 2;
        for (String line : lines) {
            text(g, line, x + w / 2, top, ViewStyle.LABEL, ViewStyle.muted(), TextAlignment.CENTER, VPos.TOP);
            top += lineH;
        }
    }

    // ------------------------------------------------------------------ plot frames

    /**
     * Draws an empty plot in the area (x, y, w, h): grid, tick labels on the left and, when {@code xLabels},
     * below, and the border; returns the plot rectangle with its ranges in axis coordinates.
     */
    public static PlotBox plot(GraphicsContext g, double x, double y, double w, double h, Range xr, AxisKind xKind,
                        Range yr, AxisKind yKind, boolean xLabels, String xName) {
        return plot(g, x, y, w, h, xr, xKind, yr, yKind, xLabels, xName, 0);
    }

    /** Like {@link #plot}, reserving at least {@code minLabelWidth} for the y tick labels (to align stacked plots). */
    public static PlotBox plot(GraphicsContext g, double x, double y, double w, double h, Range xr, AxisKind xKind,
                        Range yr, AxisKind yKind, boolean xLabels, String xNameOrKey, double minLabelWidth) {
        String xName = Messages.keyOrText(xNameOrKey);
        double xLo = xKind.toAxis(xr.lo());
        double xHi = xKind.toAxis(xr.hi());
        double yLo = yKind.toAxis(yr.lo());
        double yHi = yKind.toAxis(yr.hi());
        if (!(xHi > xLo)) {
            xHi = xLo + 1;
        }
        if (!(yHi > yLo)) {
            yHi = yLo + 1;
        }
        double plotH = h - (xLabels ? TICK_ROW : 2);
        double[] yTicks = yKind.ticks(yLo, yHi, (int) Math.max(2, Math.min(8, plotH / 38)), plotH >= 90 ? 3 : 2);
        double labelW = minLabelWidth;
        for (double t : yTicks) {
            labelW = Math.max(labelW, TextMeasure.width(ViewStyle.SMALL, yKind.label(t, yTicks)));
        }
        double left = x + labelW + 7;
        PlotBox b = new PlotBox(Math.floor(left), Math.floor(y), Math.max(10, Math.floor(x + w - left - 4)),
                Math.max(10, Math.floor(plotH)), xLo, xHi, yLo, yHi);
        double[] xTicks = xKind.ticks(xLo, xHi, (int) Math.max(2, Math.min(10, b.width() / 55)),
                b.width() >= 110 ? 3 : 2);
        g.setLineWidth(1);
        g.setStroke(ViewStyle.grid());
        for (double t : yTicks) {
            double py = snap(b.py(t));
            g.strokeLine(b.left(), py, b.right(), py);
            text(g, yKind.label(t, yTicks), b.left() - 5, py, ViewStyle.SMALL, ViewStyle.muted(),
                    TextAlignment.RIGHT, VPos.CENTER);
        }
        g.setStroke(ViewStyle.grid());
        double nameW = xName == null ? 0 : TextMeasure.width(ViewStyle.SMALL, xName) + 8;
        for (double t : xTicks) {
            double px = snap(b.px(t));
            g.setStroke(ViewStyle.grid());
            g.strokeLine(px, b.top(), px, b.bottom());
            if (xLabels) {
                String label = xKind.label(t, xTicks);
                double half = TextMeasure.width(ViewStyle.SMALL, label) / 2;
                if (px + half < b.right() - nameW || xName == null && px + half <= x + w) {
                    text(g, label, px, b.bottom() + 3, ViewStyle.SMALL, ViewStyle.muted(),
                            TextAlignment.CENTER, VPos.TOP);
                }
            }
        }
        if (xLabels && xName != null) {
            text(g, xName, b.right(), b.bottom() + 3, ViewStyle.SMALL, ViewStyle.muted(), TextAlignment.RIGHT,
                    VPos.TOP);
        }
        g.setStroke(ViewStyle.axis());
        g.strokeRect(snap(b.left()), snap(b.top()), Math.round(b.width()),
                Math.round(b.height()));
        return b;
    }

    /** A square plot of the range on both axes, as large as fits in (x, y, w, h), centred horizontally. */
    public static PlotBox squarePlot(GraphicsContext g, double x, double y, double w, double h, Range r, String xName) {
        double labelW = 0;
        double[] ticks = AxisKind.LINEAR.ticks(r.lo(), r.hi(), 8);
        for (double t : ticks) {
            labelW = Math.max(labelW, TextMeasure.width(ViewStyle.SMALL, AxisKind.LINEAR.label(t, ticks)));
        }
        double margin = labelW + 11;
        double side = Math.max(20, Math.floor(Math.min(w - margin, h - TICK_ROW)));
        double areaW = side + margin;
        return plot(g, Math.floor(x + (w - areaW) / 2), y, areaW, side + TICK_ROW, r, AxisKind.LINEAR, r,
                AxisKind.LINEAR, true, xName);
    }

    /** A horizontal dashed reference line at data y (axis coordinates). */
    public static void reference(GraphicsContext g, PlotBox b, double y, Color color) {
        reference(g, b, y, color, null);
    }

    /** A dashed reference line with a small label at its right end (on a light box, drawn over the data). */
    public static void reference(GraphicsContext g, PlotBox b, double y, Color color, String labelOrKey) {
        if (y < b.yLo() || y > b.yHi()) {
            return;
        }
        double py = snap(b.py(y));
        g.setStroke(ViewStyle.ink(color));
        g.setLineWidth(1.2);
        g.setLineDashes(6, 4);
        g.strokeLine(b.left(), py, b.right(), py);
        g.setLineDashes((double[]) null);
        referenceLabel(g, b, y, labelOrKey);
    }

    /**
     * The label of a reference line at data y, at the line's right end on a light box (drawn after the data so it
     * stays readable; nothing in a plot too low for it).
     */
    public static void referenceLabel(GraphicsContext g, PlotBox b, double y, String labelOrKey) {
        String label = Messages.keyOrText(labelOrKey);
        if (label == null || y < b.yLo() || y > b.yHi() || b.height() <= 50) {
            return;
        }
        double py = snap(b.py(y));
        double tw = TextMeasure.width(ViewStyle.SMALL, label);
        double ty = py - b.top() > 18 ? py - 17 : py + 2;
        g.setFill(ViewStyle.labelBox(0.8));
        g.fillRect(b.right() - tw - 10, ty, tw + 6, 15);
        textAt(g, label, b.right() - tw - 7, ty, ViewStyle.SMALL, ViewStyle.muted());
    }

    public static void clip(GraphicsContext g, PlotBox b) {
        g.save();
        g.beginPath();
        g.rect(b.left(), b.top(), b.width(), b.height());
        g.clip();
    }

    // ------------------------------------------------------------------ series

    /**
     * A polyline through (x, y) in axis coordinates, clipped to the plot; NaN breaks it. A long series (more than two
     * points per pixel column) is drawn through its {@link ColumnEnvelope}: the first, lowest, highest and last point
     * of each column, an empty column (a NaN stretch) breaking the line.
     */
    public static void line(GraphicsContext g, PlotBox b, double[] xs, double[] ys, Color color, double width,
                            double[] dashes) {
        clip(g, b);
        g.setStroke(ViewStyle.ink(color));
        g.setLineWidth(width);
        g.setLineDashes(dashes);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.ROUND);
        int n = Math.min(xs.length, ys.length);
        int columns = (int) Math.max(1, b.width());
        g.beginPath();
        if (n > 2 * columns) {
            envelopeLine(g, b, new ColumnEnvelope().bin(xs, ys, n, b.xLo(), b.xHi(), columns));
        } else {
            boolean open = false;
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(ys[i]) || !Double.isFinite(xs[i])) {
                    open = false;
                    continue;
                }
                double px = b.px(xs[i]);
                double py = clampY(b, b.py(ys[i]));
                if (open) {
                    g.lineTo(px, py);
                } else {
                    g.moveTo(px, py);
                    open = true;
                }
            }
        }
        g.stroke();
        g.setLineDashes((double[]) null);
        g.restore();
    }

    /** The M4 path of an envelope binned over the plot's width: column centres, first → min/max → last. */
    private static void envelopeLine(GraphicsContext g, PlotBox b, ColumnEnvelope e) {
        double colW = b.width() / e.columns();
        boolean open = false;
        for (int c = 0; c < e.columns(); c++) {
            if (e.rows(c) == 0) {
                open = false;
                continue;
            }
            double x = b.left() + (c + 0.5) * colW;
            boolean rising = e.last(c) >= e.first(c);
            double[] ys = e.rows(c) == 1 ? new double[] {e.first(c)}
                    : new double[] {e.first(c), rising ? e.min(c) : e.max(c), rising ? e.max(c) : e.min(c), e.last(c)};
            for (double y : ys) {
                double py = clampY(b, b.py(y));
                if (open) {
                    g.lineTo(x, py);
                } else {
                    g.moveTo(x, py);
                    open = true;
                }
            }
        }
    }

    /** Keeps far-off values just outside the plot so the clip shows them running off the edge. */
    private static double clampY(PlotBox b, double py) {
        return Math.max(b.top() - 20, Math.min(b.bottom() + 20, py));
    }

    /** Filled dots at (x, y) in axis coordinates (for short series). */
    public static void dots(GraphicsContext g, PlotBox b, double[] xs, double[] ys, Color color, double r) {
        clip(g, b);
        g.setFill(color);
        for (int i = 0; i < Math.min(xs.length, ys.length); i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                double px = b.px(xs[i]);
                double py = b.py(ys[i]);
                g.fillOval(px - r, py - r, 2 * r, 2 * r);
            }
        }
        g.restore();
    }

    /** The area between lo and hi over x (axis coordinates), one polygon per NaN-free stretch, per pixel column. */
    public static void band(GraphicsContext g, PlotBox b, double[] xs, double[] lo, double[] hi, Color fill) {
        clip(g, b);
        g.setFill(fill);
        int n = Math.min(xs.length, Math.min(lo.length, hi.length));
        int columns = (int) Math.max(1, b.width());
        double[] px = new double[Math.min(n, columns + 2) * 2 + 4];
        double[] pyLo = new double[px.length];
        double[] pyHi = new double[px.length];
        int k = 0;
        int lastCol = Integer.MIN_VALUE;
        for (int i = 0; i <= n; i++) {
            boolean ok = i < n && Double.isFinite(lo[i]) && Double.isFinite(hi[i]) && Double.isFinite(xs[i]);
            if (!ok) {
                fillBand(g, px, pyLo, pyHi, k);
                k = 0;
                lastCol = Integer.MIN_VALUE;
                continue;
            }
            double x = b.px(xs[i]);
            int col = (int) Math.floor(x);
            double yl = clampY(b, b.py(lo[i]));
            double yh = clampY(b, b.py(hi[i]));
            if (col == lastCol && k > 0) {
                pyLo[k - 1] = Math.max(pyLo[k - 1], yl);
                pyHi[k - 1] = Math.min(pyHi[k - 1], yh);
                continue;
            }
            if (k == px.length) {
                fillBand(g, px, pyLo, pyHi, k);
                px[0] = px[k - 1];
                pyLo[0] = pyLo[k - 1];
                pyHi[0] = pyHi[k - 1];
                k = 1;
            }
            px[k] = x;
            pyLo[k] = yl;
            pyHi[k] = yh;
            k++;
            lastCol = col;
        }
        g.restore();
    }

    private static void fillBand(GraphicsContext g, double[] px, double[] lo, double[] hi, int k) {
        if (k < 2) {
            return;
        }
        g.beginPath();
        g.moveTo(px[0], hi[0]);
        for (int i = 1; i < k; i++) {
            g.lineTo(px[i], hi[i]);
        }
        for (int i = k - 1; i >= 0; i--) {
            g.lineTo(px[i], lo[i]);
        }
        g.closePath();
        g.fill();
    }

    // ------------------------------------------------------------------ legends

    /** How a legend entry's sample is drawn. */
    public enum Sample { LINE, THICK_LINE, DASHED, BAND, DOT, RING }

    /** One legend entry; a label given as a message key is read in the current language. */
    public record LegendEntry(String label, Color color, Sample sample) {
        public LegendEntry {
            label = Messages.keyOrText(label);
        }
    }

    public static double entryWidth(LegendEntry e) {
        return 28 + TextMeasure.width(ViewStyle.SMALL, e.label());
    }

    /** Legend entries flowing in rows from (x, y) within maxWidth; returns the height used. */
    public static double legend(GraphicsContext g, double x, double y, double maxWidth, List<LegendEntry> entries) {
        double cx = x;
        double cy = y;
        for (LegendEntry e : entries) {
            double ew = Math.min(entryWidth(e), maxWidth);
            if (cx > x && cx + ew > x + maxWidth) {
                cx = x;
                cy += LEGEND_ROW;
            }
            sample(g, e, cx, cy + 9);
            textAt(g, TextMeasure.fit(ViewStyle.SMALL, e.label(), maxWidth - 28), cx + 26, cy + 1, ViewStyle.SMALL,
                    ViewStyle.text());
            cx += ew + 14;
        }
        return entries.isEmpty() ? 0 : cy - y + LEGEND_ROW;
    }

    /** The height {@link #legend} will use. */
    public static double legendHeight(double maxWidth, List<LegendEntry> entries) {
        double cx = 0;
        int rows = entries.isEmpty() ? 0 : 1;
        for (LegendEntry e : entries) {
            double ew = Math.min(entryWidth(e), maxWidth);
            if (cx > 0 && cx + ew > maxWidth) {
                cx = 0;
                rows++;
            }
            cx += ew + 14;
        }
        return rows * LEGEND_ROW;
    }

    private static void sample(GraphicsContext g, LegendEntry e, double x, double cy) {
        g.setLineCap(StrokeLineCap.ROUND);
        switch (e.sample()) {
            case LINE, THICK_LINE, DASHED -> {
                g.setStroke(ViewStyle.ink(e.color()));
                g.setLineWidth(e.sample() == Sample.THICK_LINE ? 3.5 : 2);
                g.setLineDashes(e.sample() == Sample.DASHED ? new double[] {5, 3} : null);
                g.strokeLine(x + 1, cy, x + 21, cy);
                g.setLineDashes((double[]) null);
            }
            case BAND -> {
                g.setFill(ViewStyle.ink(e.color()));
                g.fillRect(x + 1, cy - 6, 20, 12);
            }
            case DOT -> {
                g.setFill(ViewStyle.ink(e.color()));
                g.fillOval(x + 6, cy - 5, 10, 10);
            }
            case RING -> {
                g.setStroke(ViewStyle.ink(e.color()));
                g.setLineWidth(2);
                g.strokeOval(x + 6, cy - 5, 10, 10);
            }
        }
    }
}
