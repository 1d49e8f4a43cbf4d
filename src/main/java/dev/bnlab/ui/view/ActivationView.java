package dev.bnlab.ui.view;

import dev.bnlab.core.Activation;
import dev.bnlab.core.BatchArrays;
import dev.bnlab.core.HistoryColumns;
import dev.bnlab.core.HistoryTable;
import dev.bnlab.core.Placement;
import dev.bnlab.core.Snapshot;
import dev.bnlab.core.Vec;
import dev.bnlab.i18n.Messages;
import dev.bnlab.plot.ColumnEnvelope;
import dev.bnlab.plot.FrameTracker;
import dev.bnlab.plot.NeuronWindow;
import dev.bnlab.plot.PlotBox;
import dev.bnlab.plot.StickyRange;
import dev.bnlab.plot.Ticks;
import dev.bnlab.runtime.ViewFrame;
import dev.bnlab.ui.plot.PlotPainter;
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
 * The hidden activation curve with its saturated (or dead) regions shaded, the current batch drawn on the
 * curve per neuron, the share of each neuron's batch in the shade, and below it that share over the steps.
 */
public final class ActivationView extends CanvasView {

    /** The hidden layer drawn (the frame's shown layer) and its first neuron's index among all layers' neurons. */
    private int shownLayer;
    private int layerBase;

    /** Neurons drawn at most (the selected one and the ones after it). */
    static final int MAX_NEURONS = 8;
    static final int PATIENCE = 40;
    /** Width in pixels of the columns batch points are merged in (one dot per neuron and column). */
    static final double DOT_BUCKET = 3;
    static final double DOT_RADIUS = 3.5;
    /** Opacity levels of the dots: 1, 2, … points merged, the last level for that many or more. */
    static final int DOT_LEVELS = 6;
    /** Height of one neuron's rug lane under the curve plot. */
    static final double RUG_LANE = 5;
    static final double SWATCH = 14;
    static final Color CURVE = Color.web("#222222");
    static final Color SHADE_EDGE = Color.web("#d9a595");

    private final FrameTracker tracker = new FrameTracker();
    private StickyRange tRange;
    private Activation rangeFor;
    private NeuronWindow window;
    private PlotBox curvePlot;
    private PlotBox historyPlot;
    private String shadeLabel = "";
    private final Map<Integer, String> readouts = new HashMap<>();
    private int dots;

    public ActivationView() {
        super("activation-view");
    }

    /** The steady t range each activation starts from. */
    static double[] baseRange(Activation a) {
        switch (a) {
            case SIGMOID:
                return new double[] {-6, 6};
            case TANH:
                return new double[] {-4, 4};
            default:
                return new double[] {-3, 3};
        }
    }

    /** Label of the shaded region. */
    static String shadeLabel(Activation a) {
        switch (a) {
            case SIGMOID:
                return Messages.get("views.activation.shade.sigmoid");
            case TANH:
                return Messages.get("views.activation.shade.tanh");
            default:
                return Messages.get("views.activation.shade.relu");
        }
    }

    static String curveName(Activation a) {
        switch (a) {
            case SIGMOID:
                return "sigmoid σ(t)";
            case TANH:
                return "tanh(t)";
            default:
                return "relu(t) = max(t, 0)";
        }
    }

    static String inputName(Placement p) {
        switch (p) {
            case BEFORE:
                return Messages.get("views.activation.input.bn");
            case AFTER:
                return Messages.get("views.activation.input.after");
            default:
                return Messages.get("views.activation.input.none");
        }
    }

    /** The shade label drawn in the last frame. */
    public String shadeLabel() {
        return shadeLabel;
    }

    /** Readout drawn for neuron j ("n1 12 %"), or null if it was not shown. */
    String readout(int j) {
        return readouts.get(j);
    }

    PlotBox curvePlot() {
        return curvePlot;
    }

    PlotBox historyPlot() {
        return historyPlot;
    }

    NeuronWindow window() {
        return window;
    }

    /** Batch dots drawn in the last frame. */
    int dotsDrawn() {
        return dots;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h, ViewFrame f) {
        shownLayer = f.shownLayer();
        layerBase = shownLayer * f.snapshot().hidden();
        // bevel joins: the per-pixel min/max polylines turn sharply, where miter joins would spike and cost more
        g.setLineJoin(StrokeLineJoin.BEVEL);
        Snapshot s = f.snapshot();
        Activation act = s.config().activation();
        readouts.clear();
        dots = 0;
        double m = 6;
        window = NeuronWindow.contiguous(f.selectedNeuron(), s.hidden(), MAX_NEURONS);

        FrameTracker.Change change = tracker.see(f.snapshot());
        if (change == FrameTracker.Change.RESTART || tRange == null || rangeFor != act) {
            double[] base = baseRange(act);
            tRange = new StickyRange(PATIENCE, base[0], base[1]);
            rangeFor = act;
        }
        BatchArrays batch = s.batch();
        if (batch != null && batch.size() > 0) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < window.count(); c++) {
                Vec in = batch.activationIn().get(window.neuron(c));
                lo = Math.min(lo, in.min());
                hi = Math.max(hi, in.max());
            }
            if (change == FrameTracker.Change.SAME) {
                tRange.include(lo, hi);
            } else {
                tRange.update(lo, hi);
            }
        }

        // title, and the legend of the shade at its right (or on a line of its own when narrow)
        String title = Messages.format("views.activation.title", curveName(act)) + layerSuffix(f);
        shadeLabel = shadeLabel(act);
        double legendW = SWATCH + 5 + TextMeasure.width(ViewStyle.SMALL, shadeLabel);
        double titleW = TextMeasure.width(ViewStyle.title(), title);
        boolean legendOnTitleLine = titleW + 16 + legendW <= w - 2 * m;
        PlotPainter.text(g, TextMeasure.fit(ViewStyle.title(), title, w - 2 * m), m, m, ViewStyle.title(),
                ViewStyle.text(), TextAlignment.LEFT, VPos.TOP);
        double top = m + 24;
        if (legendOnTitleLine) {
            drawShadeLegend(g, w - m - legendW, m + 10, w);
        } else {
            drawShadeLegend(g, m + 40, top + 6, w - m - 40);
            top += 18;
        }

        // right column: per-neuron share in the shade (also the colour legend)
        double readoutW = Math.min(110, Math.max(88, w * 0.2));
        double right = w - m - readoutW;
        double tickH = 16;
        double labelH = 16;
        double gap = 12;
        double avail = h - m - top - tickH - labelH - gap - labelH - tickH;
        // one rug lane per neuron under the curve's axis, when there is room for it
        double rugH = avail * 0.6 - window.count() * RUG_LANE >= 110 ? window.count() * RUG_LANE + 2 : 0;
        double curveH = Math.max(8, avail * 0.6 - rugH);
        double histH = Math.max(8, avail - curveH - rugH);

        double tLo = tRange.lo();
        double tHi = tRange.hi();
        double[] yr = outputRange(act, tHi);
        // the gutter fits the widest output tick label (and the history's "100%")
        double yStep = outputStep(act, yr[1], curveH);
        double gutter = Math.max(TextMeasure.width(ViewStyle.SMALL, "100%"),
                PlotPainter.maxLabelWidth(Ticks.ticks(yr[0], yr[1], yStep), yStep, ViewStyle.SMALL)) + 8;
        curvePlot = new PlotBox(m + gutter, top, Math.max(8, right - m - gutter - 10), curveH, tLo, tHi, yr[0], yr[1]);
        drawCurvePanel(g, curvePlot, act, batch, f.selectedNeuron(), rugH);
        String axisName = TextMeasure.fit(ViewStyle.SMALL, inputName(s.config().placement()), curvePlot.width());
        PlotPainter.text(g, axisName, curvePlot.left() + curvePlot.width() / 2, curvePlot.bottom() + rugH + tickH,
                ViewStyle.SMALL, ViewStyle.muted(), TextAlignment.CENTER, VPos.TOP);

        double histTop = curvePlot.bottom() + rugH + tickH + labelH + gap + labelH;
        PlotPainter.text(g, TextMeasure.fit(ViewStyle.SMALL, Messages.get("views.activation.sharePerStep"),
                curvePlot.width() + gutter), m, histTop - labelH - 4, ViewStyle.SMALL, ViewStyle.text(),
                TextAlignment.LEFT, VPos.TOP);
        historyPlot = drawHistory(g, f.steps(), new PlotBox(curvePlot.left(), histTop, curvePlot.width(), histH, 0, 1,
                0, 100), f.selectedNeuron());

        drawReadouts(g, s, right + 4, top, readoutW - 4, f.selectedNeuron());
        if (batch == null || batch.size() == 0) {
            PlotPainter.text(g, Messages.get("views.noBatchYet"), curvePlot.left() + curvePlot.width() / 2,
                    curvePlot.top() + curvePlot.height() / 2, ViewStyle.LABEL, ViewStyle.muted(), TextAlignment.CENTER,
                    VPos.CENTER);
        }
    }

    /** Output axis: [−0.05, 1.05] sigmoid, [−1.1, 1.1] tanh, [−3 %, 103 %] of relu's largest output. */
    private static double[] outputRange(Activation act, double tHi) {
        switch (act) {
            case SIGMOID:
                return new double[] {-0.05, 1.05};
            case TANH:
                return new double[] {-1.1, 1.1};
            default:
                double top = Math.max(1, tHi);
                return new double[] {-0.03 * top, 1.03 * top};
        }
    }

    /** Tick step of the output axis: 0.5 for sigmoid, 1 for tanh, a nice step for relu. */
    private static double outputStep(Activation act, double yHi, double height) {
        return act == Activation.SIGMOID ? 0.5 : act == Activation.TANH ? 1
                : Ticks.step(yHi, (int) Math.max(2, height / 35));
    }

    private void drawCurvePanel(GraphicsContext g, PlotBox b, Activation act, BatchArrays batch, int selected,
                                double rugH) {
        // shaded regions: t < saturatedBelow, t > saturatedAbove
        g.setFill(ViewStyle.shade());
        double below = Math.min(b.xHi(), act.saturatedBelow());
        if (below > b.xLo()) {
            g.fillRect(b.left(), b.top(), b.px(below) - b.left(), b.height());
        }
        double above = Math.max(b.xLo(), act.saturatedAbove());
        if (above < b.xHi()) {
            g.fillRect(b.px(above), b.top(), b.right() - b.px(above), b.height());
        }
        double xStep = Ticks.step(b.xLo(), b.xHi(), (int) Math.max(3, Math.min(12, b.width() / 45)), 3);
        double[] xTicks = Ticks.ticks(b.xLo(), b.xHi(), xStep);
        double yStep = outputStep(act, b.yHi(), b.height());
        double[] yTicks = Ticks.ticks(b.yLo(), b.yHi(), yStep);
        PlotPainter.grid(g, b, xTicks, yTicks);

        // the curve, sampled every 2 px
        int points = (int) Math.max(16, b.width() / 2);
        double[] xs = new double[points + 1];
        double[] ys = new double[points + 1];
        for (int i = 0; i <= points; i++) {
            double t = b.xLo() + (b.xHi() - b.xLo()) * i / points;
            xs[i] = b.px(t);
            ys[i] = Math.max(b.top(), Math.min(b.bottom(), b.py(act.apply(t))));
        }
        g.setStroke(ViewStyle.ink(CURVE));
        g.setLineWidth(2);
        g.strokePolyline(xs, ys, points + 1);
        if (batch != null && batch.size() > 0) {
            for (int c = 0; c < window.count(); c++) {
                int j = window.neuron(c);
                if (j != selected) {
                    drawDots(g, b, batch, j, false);
                }
            }
            drawDots(g, b, batch, Math.max(0, Math.min(selected, batch.activationIn().size() - 1)), true);
        }
        if (rugH > 0 && batch != null && batch.size() > 0) {
            for (int c = 0; c < window.count(); c++) {
                drawRug(g, b, batch, window.neuron(c), b.bottom() + 2 + c * RUG_LANE);
            }
        }
        PlotPainter.axes(g, b);
        PlotPainter.xTickLabels(g, b, xTicks, xStep, ViewStyle.SMALL, rugH);
        PlotPainter.yTickLabels(g, b, yTicks, yStep, ViewStyle.SMALL);
    }

    /** Swatch and label of the shade, vertically centred on cy, starting at x. */
    private void drawShadeLegend(GraphicsContext g, double x, double cy, double right) {
        g.setFill(ViewStyle.shade());
        g.fillRect(x, cy - 6, SWATCH, 12);
        g.setStroke(ViewStyle.ink(SHADE_EDGE));
        g.setLineWidth(1);
        g.strokeRect(x + 0.5, cy - 5.5, SWATCH - 1, 11);
        String label = TextMeasure.fit(ViewStyle.SMALL, shadeLabel, right - x - SWATCH - 5);
        PlotPainter.text(g, label, x + SWATCH + 5, cy, ViewStyle.SMALL, ViewStyle.text(), TextAlignment.LEFT,
                VPos.CENTER);
    }

    /** Batch points of one neuron merged per {@link #DOT_BUCKET}-pixel column: count and mean pixel position. */
    private record Buckets(int[] count, double[] x, double[] y) {

        static Buckets of(PlotBox b, Vec in, Vec out) {
            int n = (int) Math.ceil(b.width() / DOT_BUCKET) + 1;
            int[] count = new int[n];
            double[] sx = new double[n];
            double[] sy = new double[n];
            for (int i = 0; i < in.size(); i++) {
                double x = b.px(in.get(i));
                double y = b.py(out.get(i));
                if (!Double.isFinite(x) || !Double.isFinite(y)) {
                    continue;
                }
                int k = (int) Math.max(0, Math.min(n - 1, Math.floor((x - b.left()) / DOT_BUCKET)));
                count[k]++;
                sx[k] += x;
                sy[k] += y;
            }
            for (int k = 0; k < n; k++) {
                if (count[k] > 0) {
                    sx[k] /= count[k];
                    sy[k] /= count[k];
                }
            }
            return new Buckets(count, sx, sy);
        }

        /** Opacity of a mark standing for c points: 0.4 for one, more for more, at most 0.9. */
        static double alpha(int c) {
            return Math.min(0.9, 0.4 + 0.1 * (c - 1));
        }
    }

    /**
     * The batch of neuron j as dots on the curve at (activationIn, activationOut), merged per
     * {@link #DOT_BUCKET}-pixel column so n = 1024 costs no more than n = 100. Dots standing for more points are
     * more opaque; the dots of one opacity level are filled as one path (a few fills per neuron, not one per dot).
     */
    private void drawDots(GraphicsContext g, PlotBox b, BatchArrays batch, int j, boolean selected) {
        Buckets bk = Buckets.of(b, batch.activationIn().get(j), batch.activationOut().get(j));
        Color colour = PlotPainter.readable(ViewStyle.neuron(j));
        double r = selected ? DOT_RADIUS + 0.5 : DOT_RADIUS;
        int[] count = bk.count();
        for (int level = 1; level <= DOT_LEVELS; level++) {
            g.beginPath();
            int inLevel = 0;
            for (int k = 0; k < count.length; k++) {
                if (count[k] > 0 && Math.min(count[k], DOT_LEVELS) == level) {
                    g.moveTo(bk.x()[k] + r, bk.y()[k]);
                    g.arc(bk.x()[k], bk.y()[k], r, r, 0, 360);
                    g.closePath();
                    inLevel++;
                }
            }
            if (inLevel > 0) {
                g.setFill(PlotPainter.withAlpha(colour, Buckets.alpha(level)));
                g.fill();
                dots += inLevel;
            }
        }
    }

    /**
     * Neuron j's batch inputs as tick marks in its own lane under the axis (the dots on the curve overlap);
     * one path per neuron.
     */
    private void drawRug(GraphicsContext g, PlotBox b, BatchArrays batch, int j, double y) {
        Buckets bk = Buckets.of(b, batch.activationIn().get(j), batch.activationOut().get(j));
        g.beginPath();
        for (int k = 0; k < bk.count().length; k++) {
            if (bk.count()[k] > 0) {
                g.moveTo(bk.x()[k], y);
                g.lineTo(bk.x()[k], y + RUG_LANE - 1);
            }
        }
        g.setStroke(PlotPainter.withAlpha(PlotPainter.readable(ViewStyle.neuron(j)), 0.75));
        g.setLineWidth(DOT_BUCKET - 0.5);
        g.stroke();
    }

    private PlotBox drawHistory(GraphicsContext g, HistoryTable steps, PlotBox frame, int selected) {
        double first = steps.rows() > 0 ? steps.get(0, HistoryColumns.STEP) : 0;
        double last = steps.rows() > 0 ? steps.get(steps.rows() - 1, HistoryColumns.STEP) : 0;
        double xLo = Math.max(0, first - 1);
        double xHi = Math.max(last, xLo + 10);
        PlotBox b = frame.withX(xLo, xHi);
        double xStep = Ticks.step(xLo, xHi, (int) Math.max(2, Math.min(8, b.width() / 60)), 2);
        double[] xTicks = Ticks.ticks(xLo, xHi, xStep);
        double[] yTicks = b.height() >= 50 ? new double[] {0, 50, 100} : new double[] {0, 100};
        PlotPainter.grid(g, b, xTicks, yTicks);
        // one envelope column per 2 px: up to 8 lines over 20,000 steps stay a few thousand points
        int columns = (int) Math.max(1, b.width() / 2);
        double[] xs = new double[4 * columns];
        double[] ys = new double[4 * columns];
        PlotBox pct = b;
        for (int pass = 0; pass < 2; pass++) {
            for (int c = 0; c < window.count(); c++) {
                int j = window.neuron(c);
                boolean isSelected = j == selected;
                int col = HistoryColumns.neuron(layerBase + j, HistoryColumns.SATURATION);
                if ((pass == 1) != isSelected || steps.rows() == 0 || steps.width() <= col) {
                    continue;
                }
                ColumnEnvelope e = ColumnEnvelope.of(steps, HistoryColumns.STEP, col, xLo, xHi, columns);
                // the history holds fractions; the axis shows percent
                int k = e.polyline(pct.withY(0, 1), xs, ys);
                g.setStroke(PlotPainter.readable(ViewStyle.neuron(j)));
                g.setLineWidth(isSelected ? 2.5 : 1.5);
                if (k == 1) {
                    g.strokeLine(xs[0] - 2, ys[0], xs[0] + 2, ys[0]);
                } else if (k > 1) {
                    g.strokePolyline(xs, ys, k);
                }
            }
        }
        PlotPainter.axes(g, b);
        PlotPainter.xTickLabels(g, b, xTicks, xStep, ViewStyle.SMALL);
        for (double t : yTicks) {
            PlotPainter.text(g, Ticks.compact(t) + "%", b.left() - 4, b.py(t), ViewStyle.SMALL, ViewStyle.muted(),
                    TextAlignment.RIGHT, VPos.CENTER);
        }
        if (steps.rows() == 0) {
            PlotPainter.text(g, Messages.get("views.noStepsYet"), b.left() + b.width() / 2, b.top() + b.height() / 2, ViewStyle.SMALL,
                    ViewStyle.muted(), TextAlignment.CENTER, VPos.CENTER);
        }
        return b;
    }

    private void drawReadouts(GraphicsContext g, Snapshot s, double x, double y, double width, int selected) {
        String full = Messages.get("views.activation.inShade");
        String header = TextMeasure.width(ViewStyle.bold(12), full) <= width ? full : Messages.get("views.activation.inShadeShort");
        PlotPainter.text(g, header, x, y, ViewStyle.bold(12), ViewStyle.text(), TextAlignment.LEFT, VPos.TOP);
        y += 19;
        for (int c = 0; c < window.count(); c++) {
            int j = window.neuron(c);
            double sat = s.neuron(shownLayer, j).saturation();
            // share in percent, whole numbers
            String pct = Double.isNaN(sat) ? "–" : Math.round(sat * 100) + " %";
            String text = "n" + (j + 1) + " " + pct;
            readouts.put(j, text);
            Color colour = PlotPainter.readable(ViewStyle.neuron(j));
            g.setFill(colour);
            g.fillOval(x, y + 3, 10, 10);
            Font font = j == selected ? ViewStyle.bold(14) : ViewStyle.LABEL;
            PlotPainter.text(g, TextMeasure.fit(font, text, width - 14), x + 14, y + 8, font, ViewStyle.text(),
                    TextAlignment.LEFT, VPos.CENTER);
            y += 19;
        }
        if (!window.showsAll()) {
            String more = Messages.format("views.activation.more", Integer.toString(window.neuron(0) + 1),
                    Integer.toString(window.neuron(window.count() - 1) + 1), Integer.toString(window.hidden()));
            PlotPainter.text(g, TextMeasure.fit(ViewStyle.SMALL, more, width), x, y + 2, ViewStyle.SMALL,
                    ViewStyle.muted(), TextAlignment.LEFT, VPos.TOP);
        }
    }
}
