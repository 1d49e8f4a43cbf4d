package dev.bnlab.ui.view;

import dev.bnlab.core.Divergence;
import dev.bnlab.core.EvalMetrics;
import dev.bnlab.core.HistoryColumns;
import dev.bnlab.core.HistoryTable;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.Snapshot;
import dev.bnlab.experiments.DivergenceText;
import dev.bnlab.i18n.Messages;
import dev.bnlab.plot.ColumnEnvelope;
import dev.bnlab.plot.PlotBox;
import dev.bnlab.plot.Readouts;
import dev.bnlab.plot.StickyRange;
import dev.bnlab.plot.Ticks;
import dev.bnlab.plot.TrailingMean;
import dev.bnlab.runtime.ViewFrame;
import dev.bnlab.ui.plot.PlotPainter.LegendEntry;
import dev.bnlab.ui.plot.PlotPainter.Sample;
import dev.bnlab.ui.plot.PlotPainter;
import dev.bnlab.ui.plot.TextMeasure;
import dev.bnlab.ui.plot.ViewStyle;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;

/**
 * Loss (top) and accuracy (bottom) over the held step history, sharing one step axis: train mode on each
 * batch (thin, noisy, with a moving average drawn as a reading aid) against eval mode on the test set with
 * the running statistics (thick). Current values as readouts; the divergence step is marked.
 */
public final class TrainingCurvesView extends CanvasView {

    static final Color DIVERGED = Color.web("#A50F15");
    /** The raw train-loss line: the train colour, paler and translucent (read at each draw: it follows the theme). */
    private static Color trainRaw() {
        return ViewStyle.train().deriveColor(0, 0.55, 1.25, 0.45);
    }
    /** ln 2: the BCE of always answering p = ½. */
    static final double CHANCE_LOSS = Math.log(2);

    private static final double PAD = 8;
    private static final double HEADER = 22;
    private static final double TICK_ROW = 18;
    private static final double TRAIN_WIDTH = 1.6;
    private static final double EVAL_WIDTH = 3;

    /** The loss axis never goes above this; a diverging loss is drawn clipped at the top. */
    static final double LOSS_AXIS_CAP = 10;
    /** Frames the loss axis waits, the data using less than a third of it, before it shrinks. */
    private static final int PATIENCE = 20;

    /** The loss axis: from 0, at least to 0.5, sticky as every axis of the views. */
    private final StickyRange lossRange = new StickyRange(PATIENCE, 0, 0.5);
    private final ColumnEnvelope bins = new ColumnEnvelope();
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private double[] smooth = new double[0];
    private SessionConfig lastConfig;
    private long lastStep = -1;

    private Rectangle2D lossPlot = Rectangle2D.EMPTY;
    private Rectangle2D accuracyPlot = Rectangle2D.EMPTY;
    private double xMin;
    private double xMax = 1;
    private String divergenceLabel;

    public TrainingCurvesView() {
        super("training-curves-view");
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h, ViewFrame f) {
        Snapshot s = f.snapshot();
        boolean restarted = s.config() != lastConfig || s.step() < lastStep;
        if (restarted) {
            lossRange.reset();
        }
        boolean newFrame = restarted || s.step() != lastStep;
        lastConfig = s.config();
        lastStep = s.step();
        HistoryTable steps = f.steps() == null ? HistoryTable.EMPTY : f.steps();
        HistoryTable evals = f.evals() == null ? HistoryTable.EMPTY : f.evals();

        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(ViewStyle.text());
        g.setFont(ViewStyle.title());
        g.fillText(Messages.get("views.curves.title"), PAD, PAD);
        double top = drawLegend(g, w, PAD + 24);
        // the plot kit leaves the baseline at BASELINE; this view lays its texts out from their tops
        g.setTextBaseline(VPos.TOP);

        chooseStepRange(steps, s.step());
        double lossMax = lossTop(neededLossTop(steps, evals), newFrame);

        double[] lossTicks = Ticks.ticks(0, lossMax, 5);
        double lossStep = Ticks.stepOf(lossTicks);
        double labelW = TextMeasure.width(ViewStyle.SMALL, "100 %");
        for (double t : lossTicks) {
            labelW = Math.max(labelW, TextMeasure.width(ViewStyle.SMALL, Ticks.label(t, lossStep)));
        }
        double left = PAD + Math.min(labelW, w / 4) + 6;
        double right = w - PAD - 4;
        double plotsH = h - top - 2 * HEADER - TICK_ROW - 4;
        double each = Math.max(10, plotsH / 2);
        lossPlot = new Rectangle2D(left, top + HEADER, Math.max(10, right - left), each);
        accuracyPlot = new Rectangle2D(left, lossPlot.getMaxY() + HEADER, lossPlot.getWidth(), each);

        // loss plot
        drawHeader(g, lossPlot, Messages.get("views.curves.loss"), Readouts.num(s.loss()),
                s.eval() == null ? "–" : Readouts.num(s.eval().testLoss()));
        int maxYTicks = (int) Math.max(2, each / 22);
        lossTicks = Ticks.ticks(0, lossMax, maxYTicks);
        drawFrame(g, lossPlot, lossTicks, lossMax, 1, "");
        // the dashed "chance" line (BCE ln 2) under the curves, its label over them
        PlotPainter.reference(g, box(lossPlot, lossMax), CHANCE_LOSS, ViewStyle.muted());
        drawCurves(g, lossPlot, steps, evals, HistoryColumns.LOSS, HistoryColumns.EVAL_TEST_LOSS, 1, lossMax);
        PlotPainter.referenceLabel(g, box(lossPlot, lossMax), CHANCE_LOSS, "views.curves.chance");
        g.setTextBaseline(VPos.TOP);

        // accuracy plot
        EvalMetrics ev = s.eval();
        drawHeader(g, accuracyPlot, Messages.get("views.curves.accuracy"), Readouts.percent(s.accuracy()), ev == null ? "–" : Readouts.percent(ev.testAccuracy()));
        drawFrame(g, accuracyPlot, Ticks.ticks(0, 100, maxYTicks), 100, 1, " %");
        PlotPainter.reference(g, box(accuracyPlot, 100), 50, ViewStyle.muted());
        drawCurves(g, accuracyPlot, steps, evals, HistoryColumns.ACCURACY, HistoryColumns.EVAL_TEST_ACCURACY, 100,
                100);
        PlotPainter.referenceLabel(g, box(accuracyPlot, 100), 50, "views.curves.chance");

        drawStepAxis(g, accuracyPlot);
        drawDivergence(g, s.divergence());
        g.setTextBaseline(VPos.BASELINE);
    }

    // ------------------------------------------------------------------ layout pieces

    /** Legend entries, flowing onto a second row when narrow; returns the y below them. */
    private static double drawLegend(GraphicsContext g, double w, double y) {
        return y + PlotPainter.legend(g, PAD, y, w - 2 * PAD, List.of(
                new LegendEntry(Messages.get("views.curves.legendTrain"), ViewStyle.train(), Sample.LINE),
                new LegendEntry(Messages.get("views.curves.legendEval"), ViewStyle.eval(), Sample.THICK_LINE)));
    }

    /** Plot name on the left, "train v   eval v" readouts on the right, above the plot. */
    private static void drawHeader(GraphicsContext g, Rectangle2D r, String name, String train, String eval) {
        double y = r.getMinY() - HEADER + 2;
        g.setFont(ViewStyle.LABEL);
        g.setFill(ViewStyle.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(name, r.getMinX(), y);
        String evalText = Messages.format("views.curves.eval", eval);
        String trainText = Messages.format("views.curves.train", train);
        double evalW = TextMeasure.width(ViewStyle.LABEL, evalText);
        double trainW = TextMeasure.width(ViewStyle.LABEL, trainText);
        double nameW = TextMeasure.width(ViewStyle.LABEL, name);
        double x = r.getMaxX() - evalW;
        if (x - 14 - trainW < r.getMinX() + nameW + 10) {
            // too narrow for both readouts next to the name: smaller font
            g.setFont(ViewStyle.SMALL);
            evalW = TextMeasure.width(ViewStyle.SMALL, evalText);
            trainW = TextMeasure.width(ViewStyle.SMALL, trainText);
            x = r.getMaxX() - evalW;
            y += 2;
        }
        g.setFill(ViewStyle.eval());
        g.fillText(evalText, x, y);
        g.setFill(ViewStyle.train());
        g.fillText(trainText, x - 14 - trainW, y);
    }

    /** Grid lines, y tick labels and the plot border. */
    private void drawFrame(GraphicsContext g, Rectangle2D r, double[] yTicks, double yMax, double scale,
                           String unit) {
        double yStep = yTicks.length > 1 ? yTicks[1] - yTicks[0] : yMax;
        g.setLineWidth(1);
        g.setStroke(ViewStyle.grid());
        g.setFont(ViewStyle.SMALL);
        g.setFill(ViewStyle.muted());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : yTicks) {
            double py = PlotPainter.snap(yToPixel(r, t, yMax));
            g.strokeLine(r.getMinX(), py, r.getMaxX(), py);
            g.fillText(Ticks.label(t * scale, yStep * scale) + unit, r.getMinX() - 5, py);
        }
        for (double t : stepTicks(r)) {
            double px = PlotPainter.snap(stepToPixel(r, t));
            g.strokeLine(px, r.getMinY(), px, r.getMaxY());
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setStroke(ViewStyle.axis());
        g.strokeRect(PlotPainter.snap(r.getMinX()), PlotPainter.snap(r.getMinY()), Math.round(r.getWidth()),
                Math.round(r.getHeight()));
    }

    /** The plot as a box over [xMin, xMax] × [0, yMax], for the plot kit. */
    private PlotBox box(Rectangle2D r, double yMax) {
        return new PlotBox(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), xMin, xMax, 0, yMax);
    }

    private void drawStepAxis(GraphicsContext g, Rectangle2D r) {
        double[] ticks = stepTicks(r);
        String[] labels = Ticks.labels(ticks);
        g.setFont(ViewStyle.SMALL);
        g.setFill(ViewStyle.muted());
        g.setTextBaseline(VPos.TOP);
        String axisName = Messages.get("views.curves.step");
        double nameW = TextMeasure.width(ViewStyle.SMALL, axisName);
        double nameX = r.getMaxX() - nameW;
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(axisName, nameX, r.getMaxY() + 3);
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < ticks.length; i++) {
            String label = labels[i];
            double px = stepToPixel(r, ticks[i]);
            double half = TextMeasure.width(ViewStyle.SMALL, label) / 2;
            if (px + half < nameX - 6 && px - half >= r.getMinX() - PAD - 20) {
                g.fillText(label, px, r.getMaxY() + 3);
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
    }

    // ------------------------------------------------------------------ data

    /** x axis: from the first held step (0 while the whole run is held) to the latest step, at least 10 wide. */
    private void chooseStepRange(HistoryTable steps, long currentStep) {
        double first = steps.rows() > 0 ? steps.get(0, HistoryColumns.STEP) : 0;
        xMin = first <= 1 ? 0 : first;
        double last = steps.rows() > 0 ? steps.get(steps.rows() - 1, HistoryColumns.STEP) : currentStep;
        xMax = Math.max(last, xMin + 10);
    }

    /** The highest value the loss axis must show: the smoothed train loss and the eval loss. */
    private double neededLossTop(HistoryTable steps, HistoryTable evals) {
        int n = copyColumn(steps, HistoryColumns.STEP, HistoryColumns.LOSS, 1);
        TrailingMean.of(ys, n, TrailingMean.windowFor(n), smooth);
        double m = Double.NaN;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(smooth[i]) && !(smooth[i] <= m)) {
                m = smooth[i];
            }
        }
        for (int i = 0; i < evals.rows(); i++) {
            double v = evals.get(i, HistoryColumns.EVAL_TEST_LOSS);
            if (Double.isFinite(v) && !(v <= m)) {
                m = v;
            }
        }
        return m;
    }

    /** Train (raw + moving average) and eval series of one quantity in one plot. */
    private void drawCurves(GraphicsContext g, Rectangle2D r, HistoryTable steps, HistoryTable evals, int trainCol,
                            int evalCol, double scale, double yMax) {
        // no clip (very slow on the software pipeline): every y is clamped to the plot instead
        g.save();
        g.setLineJoin(StrokeLineJoin.BEVEL);
        g.setLineCap(StrokeLineCap.BUTT);
        int columns = (int) Math.max(1, Math.round(r.getWidth()));

        int n = copyColumn(steps, HistoryColumns.STEP, trainCol, scale);
        bins.bin(xs, ys, n, xMin, xMax, columns);
        if (bins.totalRows() > 1.5 * columns) {
            // dense: the batch noise as a band from each column's min to its max
            fillEnvelope(g, r, yMax, trainRaw());
        } else {
            strokeM4(g, r, yMax, trainRaw(), 1);
        }
        TrailingMean.of(ys, n, TrailingMean.windowFor(n), smooth);
        bins.bin(xs, smooth, n, xMin, xMax, columns);
        strokeMeans(g, r, yMax, ViewStyle.train(), TRAIN_WIDTH);

        int m = copyColumn(evals, HistoryColumns.EVAL_STEP, evalCol, scale);
        bins.bin(xs, ys, m, xMin, xMax, columns);
        strokeMeans(g, r, yMax, ViewStyle.eval(), EVAL_WIDTH);
        if (m > 0 && m <= 12) {
            // few eval points: mark each so a lone one is visible
            g.setFill(ViewStyle.eval());
            for (int i = 0; i < m; i++) {
                if (Double.isFinite(ys[i]) && xs[i] >= xMin && xs[i] <= xMax) {
                    double px = stepToPixel(r, xs[i]);
                    double py = clampY(r, yToPixel(r, ys[i], yMax));
                    g.fillOval(px - 3, py - 3, 6, 6);
                }
            }
        }
        g.restore();
    }

    /**
     * The top of the loss axis for the highest value to show: the sticky range over [0, needed] (once per new frame;
     * a redraw only widens it), capped at {@link #LOSS_AXIS_CAP}.
     */
    private double lossTop(double needed, boolean newFrame) {
        if (Double.isFinite(needed) && needed > 0) {
            if (newFrame) {
                lossRange.update(0, needed);
            } else {
                lossRange.include(0, needed);
            }
        }
        return Math.min(LOSS_AXIS_CAP, lossRange.hi());
    }

    /** Copies (x, scale·y) of a history into the reusable arrays; returns the row count. */
    private int copyColumn(HistoryTable t, int xCol, int yCol, double scale) {
        int n = t.rows();
        if (xs.length < n) {
            xs = new double[n];
            ys = new double[n];
            smooth = new double[n];
        }
        for (int i = 0; i < n; i++) {
            xs[i] = t.get(i, xCol);
            ys[i] = t.get(i, yCol) * scale;
        }
        return n;
    }

    /** One polyline through the binned first/min/max/last of each pixel column (exact for sparse series). */
    private void strokeM4(GraphicsContext g, Rectangle2D r, double yMax, Color c, double width) {
        g.beginPath();
        int points = 0;
        for (int col = 0; col < bins.columns(); col++) {
            int k = bins.rows(col);
            if (k == 0) {
                continue;
            }
            double px = r.getMinX() + col + 0.5;
            if (k > 1) {
                points = pathTo(g, px, clampY(r, yToPixel(r, bins.first(col), yMax)), points);
                points = pathTo(g, px, clampY(r, yToPixel(r, bins.min(col), yMax)), points);
                points = pathTo(g, px, clampY(r, yToPixel(r, bins.max(col), yMax)), points);
            }
            points = pathTo(g, px, clampY(r, yToPixel(r, bins.last(col), yMax)), points);
        }
        finishLine(g, r, yMax, c, width, points);
    }

    /** One polyline through each pixel column's mean (for smooth series). */
    private void strokeMeans(GraphicsContext g, Rectangle2D r, double yMax, Color c, double width) {
        g.beginPath();
        int points = 0;
        for (int col = 0; col < bins.columns(); col++) {
            if (bins.rows(col) > 0) {
                points = pathTo(g, r.getMinX() + col + 0.5, clampY(r, yToPixel(r, bins.mean(col), yMax)), points);
            }
        }
        finishLine(g, r, yMax, c, width, points);
    }

    private static int pathTo(GraphicsContext g, double x, double y, int points) {
        if (points == 0) {
            g.moveTo(x, y);
        } else {
            g.lineTo(x, y);
        }
        return points + 1;
    }

    private void finishLine(GraphicsContext g, Rectangle2D r, double yMax, Color c, double width, int points) {
        if (points == 1) {
            // a lone point: a dot so it shows
            int col = firstFilled();
            double py = clampY(r, yToPixel(r, bins.mean(col), yMax));
            double px = r.getMinX() + col + 0.5;
            g.setFill(c);
            g.fillOval(px - width - 1, py - width - 1, 2 * width + 2, 2 * width + 2);
        } else if (points > 1) {
            g.setStroke(c);
            g.setLineWidth(width);
            g.stroke();
        }
    }

    /** Column centre, or the outer edge for the first and last column of a run. */
    private static double envelopeX(Rectangle2D r, int k, int first, int last) {
        return r.getMinX() + k + (k == first ? 0 : k == last ? 1 : 0.5);
    }

    private double envelopeTop(Rectangle2D r, int col, double yMax) {
        return clampY(r, yToPixel(r, bins.max(col), yMax));
    }

    private double envelopeBottom(Rectangle2D r, int col, double yMax) {
        return clampY(r, yToPixel(r, bins.min(col), yMax));
    }

    /**
     * One filled polygon per run of filled columns: along each column's max, back along its min, at least
     * 1 px thick.
     */
    private void fillEnvelope(GraphicsContext g, Rectangle2D r, double yMax, Color c) {
        g.setFill(c);
        int cols = bins.columns();
        int col = 0;
        while (col < cols) {
            if (bins.rows(col) == 0) {
                col++;
                continue;
            }
            int end = col;
            while (end + 1 < cols && bins.rows(end + 1) > 0) {
                end++;
            }
            if (end == col) {
                // a lone column: a 1 px wide bar
                double top = Math.min(envelopeTop(r, col, yMax), envelopeBottom(r, col, yMax) - 1);
                double bottom = Math.max(envelopeBottom(r, col, yMax), top + 1);
                g.fillRect(r.getMinX() + col, top, 1, bottom - top);
                col = end + 1;
                continue;
            }
            g.beginPath();
            // right along each column's max, back along its min (at column centres; run ends widened ½ px)
            for (int k = col; k <= end; k++) {
                double top = Math.min(envelopeTop(r, k, yMax), envelopeBottom(r, k, yMax) - 1);
                pathTo(g, envelopeX(r, k, col, end), top, k - col);
            }
            for (int k = end; k >= col; k--) {
                double bottom = Math.max(envelopeBottom(r, k, yMax), envelopeTop(r, k, yMax) + 1);
                g.lineTo(envelopeX(r, k, col, end), bottom);
            }
            g.closePath();
            g.fill();
            col = end + 1;
        }
    }

    private int firstFilled() {
        for (int c = 0; c < bins.columns(); c++) {
            if (bins.rows(c) > 0) {
                return c;
            }
        }
        return 0;
    }

    private void drawDivergence(GraphicsContext g, Divergence d) {
        divergenceLabel = null;
        if (d == null || d.step() < xMin || d.step() > xMax) {
            if (d != null) {
                divergenceLabel = Messages.format("views.curves.diverged", DivergenceText.of(d).text());
            }
            return;
        }
        double px = PlotPainter.snap(stepToPixel(lossPlot, d.step()));
        g.setStroke(ViewStyle.ink(DIVERGED));
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        g.strokeLine(px, lossPlot.getMinY(), px, lossPlot.getMaxY());
        g.strokeLine(px, accuracyPlot.getMinY(), px, accuracyPlot.getMaxY());
        g.setLineDashes((double[]) null);
        divergenceLabel = Messages.format("views.curves.diverged", DivergenceText.of(d).text());
        g.setFont(ViewStyle.SMALL);
        double tw = TextMeasure.width(ViewStyle.SMALL, divergenceLabel);
        double x = px + 6 + tw <= lossPlot.getMaxX() - 2 ? px + 6 : Math.max(lossPlot.getMinX() + 2, px - 6 - tw);
        double y = lossPlot.getMinY() + 4;
        g.setFill(ViewStyle.labelBox(0.85));
        g.fillRect(x - 3, y - 1, tw + 6, 17);
        g.setFill(ViewStyle.ink(DIVERGED));
        g.setTextBaseline(VPos.TOP);
        g.fillText(divergenceLabel, x, y);
    }

    // ------------------------------------------------------------------ mapping

    private double[] stepTicks(Rectangle2D r) {
        return Ticks.integerTicks(xMin, xMax, (int) Math.max(2, r.getWidth() / 80));
    }

    private double stepToPixel(Rectangle2D r, double step) {
        // linear: left edge at xMin, right edge at xMax
        return r.getMinX() + (step - xMin) / (xMax - xMin) * r.getWidth();
    }

    private static double yToPixel(Rectangle2D r, double v, double yMax) {
        // linear from 0 at the bottom to yMax at the top
        return r.getMaxY() - v / yMax * r.getHeight();
    }

    private static double clampY(Rectangle2D r, double py) {
        return Math.max(r.getMinY() - 2, Math.min(r.getMaxY() + 2, py));
    }


    // ------------------------------------------------------------------ state for tests

    /** Top of the loss axis after the last draw. */
    double lossAxisTop() {
        return Math.min(LOSS_AXIS_CAP, lossRange.hi());
    }

    Rectangle2D lossPlotBounds() {
        return lossPlot;
    }

    Rectangle2D accuracyPlotBounds() {
        return accuracyPlot;
    }

    /** Pixel column of a step in the last draw. */
    double stepPixel(double step) {
        return stepToPixel(lossPlot, step);
    }

    double lossPixel(double loss) {
        return yToPixel(lossPlot, loss, lossAxisTop());
    }

    double accuracyPixel(double fraction) {
        return yToPixel(accuracyPlot, 100 * fraction, 100);
    }

    /** The divergence note of the last draw, or null. */
    String divergenceLabel() {
        return divergenceLabel;
    }
}
