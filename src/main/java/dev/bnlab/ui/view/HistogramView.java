package dev.bnlab.ui.view;

import dev.bnlab.core.BatchArrays;
import dev.bnlab.core.NeuronState;
import dev.bnlab.core.Placement;
import dev.bnlab.core.Snapshot;
import dev.bnlab.core.Vec;
import dev.bnlab.i18n.Messages;
import dev.bnlab.plot.FrameTracker;
import dev.bnlab.plot.HistogramBins;
import dev.bnlab.plot.NeuronWindow;
import dev.bnlab.plot.PlotBox;
import dev.bnlab.plot.StickyRange;
import dev.bnlab.plot.Ticks;
import dev.bnlab.runtime.ViewFrame;
import dev.bnlab.ui.plot.PlotPainter;
import dev.bnlab.ui.plot.RichText;
import dev.bnlab.ui.plot.TextMeasure;
import dev.bnlab.ui.plot.ViewStyle;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Per-neuron histograms of one batch: the values entering BN, the normalized x̂ (with the standard normal
 * density over it) and y = γx̂ + β, one column per hidden neuron. Axes stay steady between steps so shifts are
 * visible: x̂ on [−4, 4], the others on a {@link StickyRange} per neuron. With no BN, only z is shown.
 */
public final class HistogramView extends CanvasView {

    /** The hidden layer drawn (the frame's shown layer) and its first neuron's index among all layers' neurons. */
    private int shownLayer;
    private int layerBase;

    /** Message key of the note shown when BN is off ("BN is off — showing raw pre-activations z"). */
    public static final String BN_OFF_KEY = "views.histograms.bnOff";
    static final int MAX_COLUMNS = 4;
    static final double MIN_COLUMN_WIDTH = 105;
    static final double COLUMN_GAP = 12;
    /** x̂ row axis: [−XHAT_LIMIT, XHAT_LIMIT]. */
    static final double XHAT_LIMIT = 4;
    /** Frames the data must underuse an axis before it shrinks. */
    static final int PATIENCE = 40;
    static final Color CURVE = Color.web("#222222");

    enum Row { INTO_BN, XHAT, OUT, Z }

    private final FrameTracker tracker = new FrameTracker();
    private final Map<Integer, StickyRange> inRanges = new HashMap<>();
    private final Map<Integer, StickyRange> outRanges = new HashMap<>();
    private final Map<Row, StickyRange> countRanges = new HashMap<>();

    private String message = "";
    private NeuronWindow window;
    private Row[] rows = new Row[0];
    private PlotBox[][] panels = new PlotBox[0][0];
    private final Map<String, String> readouts = new HashMap<>();

    public HistogramView() {
        super("histogram-view");
    }

    /** The notice shown above the plots ("" when BN is on). */
    public String message() {
        return message;
    }

    /** Neurons shown in the last draw. */
    NeuronWindow window() {
        return window;
    }

    Row[] rows() {
        return rows.clone();
    }

    /** Plot rectangle (with its data range) of row r, column c in the last draw. */
    PlotBox panel(int r, int c) {
        return panels[r][c];
    }

    /** Readout text ("μ_B 0.12  σ²_B 1.0", "γ 1  β 0") drawn for neuron j and the given row, or null. */
    String readout(int j, Row row) {
        return readouts.get(j + ":" + row);
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h, ViewFrame f) {
        shownLayer = f.shownLayer();
        layerBase = shownLayer * f.snapshot().hidden();
        // bevel joins: the per-pixel min/max polylines turn sharply, where miter joins would spike and cost more
        g.setLineJoin(StrokeLineJoin.BEVEL);
        Snapshot s = f.snapshot();
        boolean bn = s.config().placement().hasBatchNorm();
        rows = bn ? new Row[] {Row.INTO_BN, Row.XHAT, Row.OUT} : new Row[] {Row.Z};
        message = bn ? "" : Messages.get(BN_OFF_KEY);
        readouts.clear();

        double m = 6;
        double y = m;
        // title line, with the neuron window caption at the right when it fits
        double gutter = 46;
        int maxCols = (int) Math.max(1, Math.floor((w - gutter - m + COLUMN_GAP) / (MIN_COLUMN_WIDTH + COLUMN_GAP)));
        window = NeuronWindow.contiguous(f.selectedNeuron(), s.hidden(), Math.min(MAX_COLUMNS, maxCols));
        String title = Messages.get("views.histograms.title") + layerSuffix(f);
        String caption = window.caption();
        PlotPainter.text(g, TextMeasure.fit(ViewStyle.title(), title, w - 2 * m), m, y, ViewStyle.title(), ViewStyle.text(),
                TextAlignment.LEFT, VPos.TOP);
        double titleW = TextMeasure.width(ViewStyle.title(), title);
        y += 21;
        if (!caption.isEmpty()) {
            if (titleW + 16 + TextMeasure.width(ViewStyle.LABEL, caption) <= w - 2 * m) {
                PlotPainter.text(g, caption, w - m, m + 2, ViewStyle.LABEL, ViewStyle.muted(), TextAlignment.RIGHT,
                        VPos.TOP);
            } else {
                PlotPainter.text(g, TextMeasure.fit(ViewStyle.SMALL, caption, w - 2 * m), m, y, ViewStyle.SMALL,
                        ViewStyle.muted(), TextAlignment.LEFT, VPos.TOP);
                y += 16;
            }
        }
        if (!bn) {
            PlotPainter.text(g, TextMeasure.fit(ViewStyle.bold(14), message, w - 2 * m), m, y, ViewStyle.bold(14), ViewStyle.eval(),
                    TextAlignment.LEFT, VPos.TOP);
            y += 20;
        }
        BatchArrays batch = s.batch();
        if (batch == null || batch.size() == 0) {
            panels = new PlotBox[0][0];
            PlotPainter.message(g, Messages.get("views.histograms.noBatch"), 0, 0, w, h);
            return;
        }

        FrameTracker.Change change = tracker.see(f.snapshot());
        if (change == FrameTracker.Change.RESTART) {
            inRanges.clear();
            outRanges.clear();
            countRanges.clear();
        }
        if (change != FrameTracker.Change.SAME) {
            for (int j = 0; j < s.hidden(); j++) {
                Vec in = bn ? batch.preBn().get(j) : batch.z().get(j);
                inRanges.computeIfAbsent(j, k -> new StickyRange(PATIENCE)).update(in.min(), in.max());
                if (bn) {
                    Vec out = batch.bnOut().get(j);
                    outRanges.computeIfAbsent(j, k -> new StickyRange(PATIENCE)).update(out.min(), out.max());
                }
            }
        }

        // bins per panel, then the shared count axis of each row
        int n = batch.size();
        int bins = HistogramBins.binCount(n);
        int cols = window.count();
        HistogramBins[][] hist = new HistogramBins[rows.length][cols];
        for (int r = 0; r < rows.length; r++) {
            int rowMax = 0;
            for (int c = 0; c < cols; c++) {
                int j = window.neuron(c);
                double[] xr = xRange(rows[r], j);
                hist[r][c] = HistogramBins.of(values(batch, rows[r], j), xr[0], xr[1], bins);
                rowMax = Math.max(rowMax, hist[r][c].maxCount());
            }
            StickyRange cr = countRanges.computeIfAbsent(rows[r], k -> new StickyRange(PATIENCE));
            if (change == FrameTracker.Change.SAME) {
                cr.include(0, rowMax);
            } else {
                cr.update(0, rowMax);
            }
        }

        // layout: column headers, then rows of [readout band, plot, tick band]
        double headerH = 19;
        double bandH = 18;
        double tickH = 16;
        double colW = (w - gutter - m - COLUMN_GAP * (cols - 1)) / cols;
        for (int c = 0; c < cols; c++) {
            int j = window.neuron(c);
            double x0 = gutter + c * (colW + COLUMN_GAP);
            String label = TextMeasure.fit(ViewStyle.bold(14), Messages.format("views.neuron", Integer.toString(j + 1)), colW);
            PlotPainter.text(g, label, x0, y, ViewStyle.bold(14), PlotPainter.readable(ViewStyle.neuron(j)), TextAlignment.LEFT, VPos.TOP);
            if (j == f.selectedNeuron() && s.hidden() > 1) {
                g.setStroke(PlotPainter.readable(ViewStyle.neuron(j)));
                g.setLineWidth(2);
                g.strokeLine(x0, y + 17, x0 + TextMeasure.width(ViewStyle.bold(14), label), y + 17);
            }
        }
        y += headerH;
        double rowH = (h - m - y) / rows.length;
        panels = new PlotBox[rows.length][cols];
        Font readoutFont = colW >= 200 ? ViewStyle.LABEL : ViewStyle.SMALL;
        int level = readoutLevel(s, readoutFont, colW);
        for (int r = 0; r < rows.length; r++) {
            double top = y + r * rowH;
            double plotTop = top + bandH;
            double plotH = rowH - bandH - tickH;
            StickyRange cr = countRanges.get(rows[r]);
            double countHi = cr.isSet() ? cr.hi() : 1;
            for (int c = 0; c < cols; c++) {
                int j = window.neuron(c);
                double x0 = gutter + c * (colW + COLUMN_GAP);
                double[] xr = xRange(rows[r], j);
                PlotBox box = new PlotBox(x0, plotTop, colW, Math.max(1, plotH), xr[0], xr[1], 0, countHi);
                panels[r][c] = box;
                drawReadout(g, s, rows[r], j, c, x0, top, colW, readoutFont, level);
                drawPanel(g, box, hist[r][c], rows[r], j, s.neuron(shownLayer, j), c == 0);
            }
            verticalLabel(g, rows[r], s.config().placement(), top + bandH + plotH / 2, Math.max(1, plotH + bandH));
        }
    }

    private double[] xRange(Row row, int j) {
        switch (row) {
            case XHAT:
                return new double[] {-XHAT_LIMIT, XHAT_LIMIT};
            case OUT:
                return range(outRanges.get(j));
            default:
                return range(inRanges.get(j));
        }
    }

    private static double[] range(StickyRange r) {
        if (r == null || !r.isSet()) {
            return new double[] {-1, 1};
        }
        return new double[] {r.lo(), r.hi()};
    }

    private static Vec values(BatchArrays b, Row row, int j) {
        switch (row) {
            case INTO_BN:
                return b.preBn().get(j);
            case XHAT:
                return b.xhat().get(j);
            case OUT:
                return b.bnOut().get(j);
            default:
                return b.z().get(j);
        }
    }

    /**
     * The readout of a row for one neuron at a level of detail: 0 = 3 significant digits with μ_B-style
     * subscripts, 1 = 2 digits, 2 = 2 digits without subscripts; null for the x̂ row.
     */
    static RichText readoutText(NeuronState ns, Row row, int level) {
        boolean subs = level < 2;
        int digits = level == 0 ? 3 : 2;
        switch (row) {
            case INTO_BN:
            case Z:
                RichText t = new RichText().text("μ");
                if (subs) {
                    t.sub("B");
                }
                t.text(" " + digits(ns.batchMean(), digits) + "  σ²");
                if (subs) {
                    t.sub("B");
                }
                return t.text(" " + digits(ns.batchVar(), digits));
            case OUT:
                return new RichText().text("γ " + digits(ns.gamma(), digits) + "   β " + digits(ns.beta(), digits));
            default:
                return null;
        }
    }

    /** The most detailed readout level at which every shown column's readouts fit in colW. */
    private int readoutLevel(Snapshot s, Font font, double colW) {
        for (int level = 0; level < 2; level++) {
            boolean fits = true;
            for (int c = 0; c < window.count() && fits; c++) {
                for (Row row : rows) {
                    RichText t = readoutText(s.neuron(shownLayer, window.neuron(c)), row, level);
                    fits &= t == null || t.width(font) <= colW;
                }
            }
            if (fits) {
                return level;
            }
        }
        return 2;
    }

    private void drawReadout(GraphicsContext g, Snapshot s, Row row, int j, int col, double x0, double top,
                             double colW, Font font, int level) {
        RichText t = readoutText(s.neuron(shownLayer, j), row, level);
        if (t == null) {
            if (col == 0) {
                drawCurveLegend(g, x0, top, colW);
            }
            return;
        }
        if (t.width(font) > colW) {
            return;
        }
        readouts.put(j + ":" + row, t.plain());
        t.draw(g, x0, top + 13, font, ViewStyle.text());
    }

    private static void drawCurveLegend(GraphicsContext g, double x0, double top, double colW) {
        String label = Messages.get("views.histograms.density");
        if (colW < 24 + TextMeasure.width(ViewStyle.SMALL, label)) {
            label = "N(0, 1)";
        }
        PlotPainter.legendLine(g, x0, top + 9, 18, ViewStyle.ink(CURVE), 2, null);
        PlotPainter.text(g, label, x0 + 23, top + 13, ViewStyle.SMALL, ViewStyle.text(), TextAlignment.LEFT,
                VPos.BASELINE);
    }

    private void drawPanel(GraphicsContext g, PlotBox box, HistogramBins hist, Row row, int j, NeuronState ns,
                           boolean firstColumn) {
        if (box.height() < 4) {
            return;
        }
        double xStep = Ticks.step(box.xLo(), box.xHi(), (int) Math.max(3, box.width() / 50), 3);
        double[] xTicks = Ticks.ticks(box.xLo(), box.xHi(), xStep);
        double yStep = Math.max(1, Ticks.step(box.yHi(), (int) Math.max(2, Math.min(4, box.height() / 28))));
        double[] yTicks = Ticks.ticks(0, box.yHi(), yStep);
        PlotPainter.grid(g, box, xTicks, yTicks);

        // bars, then their outline as one step polyline
        Color colour = ViewStyle.neuron(j);
        g.setFill(PlotPainter.withAlpha(colour, 0.45));
        int bins = hist.bins();
        double[] xs = new double[2 * bins + 2];
        double[] ys = new double[2 * bins + 2];
        int k = 0;
        xs[k] = box.px(hist.edge(0));
        ys[k++] = box.py(0);
        for (int b = 0; b < bins; b++) {
            double xl = box.px(hist.edge(b));
            double xr = box.px(hist.edge(b + 1));
            double yt = box.py(Math.min(hist.count(b), box.yHi()));
            if (hist.count(b) > 0) {
                g.fillRect(xl, yt, xr - xl, box.bottom() - yt);
            }
            xs[k] = xl;
            ys[k++] = yt;
            xs[k] = xr;
            ys[k++] = yt;
        }
        xs[k] = box.px(hist.edge(bins));
        ys[k++] = box.py(0);
        g.setStroke(PlotPainter.readable(colour));
        g.setLineWidth(1.5);
        g.strokePolyline(xs, ys, k);

        if (row == Row.XHAT) {
            drawNormalCurve(g, box, hist);
        } else if ((row == Row.INTO_BN || row == Row.Z) && Double.isFinite(ns.batchMean())) {
            // μ_B marker
            double mx = box.px(ns.batchMean());
            g.setStroke(ViewStyle.axis());
            g.setLineWidth(1.5);
            g.setLineDashes(4, 3);
            g.strokeLine(mx, box.top(), mx, box.bottom());
            g.setLineDashes((double[]) null);
        }
        PlotPainter.axes(g, box);
        PlotPainter.xTickLabels(g, box, xTicks, xStep, ViewStyle.SMALL);
        if (firstColumn) {
            PlotPainter.yTickLabels(g, box, yTicks, yStep, ViewStyle.SMALL);
        }
    }

    /** The standard normal density in count units: φ(x)·n·binWidth, sampled every 2 px. */
    private static void drawNormalCurve(GraphicsContext g, PlotBox box, HistogramBins hist) {
        int points = (int) Math.max(8, box.width() / 2);
        double[] xs = new double[points + 1];
        double[] ys = new double[points + 1];
        double scale = hist.total() * hist.binWidth();
        for (int i = 0; i <= points; i++) {
            double x = box.xLo() + (box.xHi() - box.xLo()) * i / points;
            // φ(x) = e^(−x²/2) / √(2π)
            double density = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
            xs[i] = box.px(x);
            ys[i] = Math.max(box.top(), box.py(density * scale));
        }
        g.setStroke(ViewStyle.ink(CURVE));
        g.setLineWidth(2);
        g.strokePolyline(xs, ys, points + 1);
    }

    private void verticalLabel(GraphicsContext g, Row row, Placement p, double cy, double space) {
        String[] labels;
        switch (row) {
            case INTO_BN:
                labels = p == Placement.AFTER ? new String[] {Messages.get("views.histograms.actIntoBn"), "act(z)"}
                        : new String[] {Messages.get("views.histograms.zIntoBn"), "z"};
                break;
            case XHAT:
                labels = new String[] {Messages.get("views.histograms.normalized"), "x̂"};
                break;
            case OUT:
                labels = new String[] {"y = γx̂ + β", "γx̂ + β", "y"};
                break;
            default:
                labels = new String[] {"z = W₁x + b₁", "z"};
                break;
        }
        String label = labels[labels.length - 1];
        for (String l : labels) {
            if (TextMeasure.width(ViewStyle.SMALL, l) <= space - 4) {
                label = l;
                break;
            }
        }
        PlotPainter.verticalText(g, label, 9, cy, ViewStyle.SMALL, ViewStyle.text());
    }

    private static String digits(double v, int significant) {
        return Ticks.compact(round(v, significant));
    }

    /** v rounded to the given significant digits (for short readouts). */
    static double round(double v, int digits) {
        if (!Double.isFinite(v) || v == 0) {
            return v;
        }
        double scale = Math.pow(10, digits - 1 - Math.floor(Math.log10(Math.abs(v))));
        return Math.round(v * scale) / scale;
    }
}
