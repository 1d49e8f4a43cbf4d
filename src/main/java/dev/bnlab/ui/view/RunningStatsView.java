package dev.bnlab.ui.view;

import dev.bnlab.core.Convention;
import dev.bnlab.core.HistoryColumns;
import dev.bnlab.core.HistoryTable;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Snapshot;
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
 * Batch statistics (noisy), running statistics (smooth) and the population statistics of the current network
 * on the whole training set (dashed), per neuron against the step, over the last {@link #WINDOW} steps. One
 * column per neuron (selected first), rows mean and variance. Without BN only the batch mean/var of z is shown.
 */
public final class RunningStatsView extends CanvasView {

    /** The hidden layer drawn (the frame's shown layer) and its first neuron's index among all layers' neurons. */
    private int shownLayer;
    private int layerBase;

    /** Steps shown. */
    public static final int WINDOW = 500;
    /** Message key of the notice without BN ("No BN, so no running statistics: …"). */
    public static final String NO_BN_KEY = "views.running.noBn";
    static final int MAX_COLUMNS = 3;
    static final double MIN_COLUMN_WIDTH = 112;
    static final double COLUMN_GAP = 10;
    static final int PATIENCE = 40;
    static final Color POPULATION = Color.web("#222222");
    static final double[] POPULATION_DASHES = {7, 5};

    enum Stat { MEAN, VAR }

    private final FrameTracker tracker = new FrameTracker();
    private final Map<String, StickyRange> ranges = new HashMap<>();
    private String title = "";
    private String formula = "";
    private String message = "";
    private NeuronWindow window;
    private PlotBox[][] panels = new PlotBox[0][0];
    private double[] polyX = new double[0];
    private double[] polyY = new double[0];

    public RunningStatsView() {
        super("running-stats-view");
    }

    /** The title drawn (convention and momentum). */
    public String title() {
        return title;
    }

    /** The update rule line under the title ("running = 0.9·running + 0.1·batch"), "" without BN. */
    public String formula() {
        return formula;
    }

    /** The notice shown without BN, else "". */
    public String message() {
        return message;
    }

    NeuronWindow window() {
        return window;
    }

    /** Plot of stat row r (0 mean, 1 variance) for column c in the last draw. */
    PlotBox panel(int r, int c) {
        return panels[r][c];
    }

    /** "Keras, momentum 0.9" etc. */
    static String conventionName(Hyperparams hp) {
        switch (hp.convention()) {
            case KERAS:
                return Messages.format("views.running.keras", Ticks.compact(hp.momentum()));
            case PYTORCH:
                return Messages.format("views.running.pytorch", Ticks.compact(hp.momentum()));
            default:
                return Messages.get("views.running.cumulative");
        }
    }

    /** The running-statistics update rule in words, with this convention's numbers. */
    static String updateRule(Hyperparams hp) {
        Convention c = hp.convention();
        if (c == Convention.PYTORCH_CUMULATIVE) {
            return Messages.get("views.running.ruleCumulative");
        }
        // keep = m (keras) or 1 − m (pytorch); the batch gets 1 − keep
        double keep = c == Convention.KERAS ? hp.momentum() : 1 - hp.momentum();
        String rule = Messages.format("views.running.rule", Ticks.compact(HistogramView.round(keep, 4)),
                Ticks.compact(HistogramView.round(1 - keep, 4)));
        return c == Convention.PYTORCH ? Messages.format("views.running.ruleUnbiased", rule) : rule;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h, ViewFrame f) {
        shownLayer = f.shownLayer();
        layerBase = shownLayer * f.snapshot().hidden();
        // bevel joins: the per-pixel min/max polylines turn sharply, where miter joins would spike and cost more
        g.setLineJoin(StrokeLineJoin.BEVEL);
        Snapshot s = f.snapshot();
        boolean bn = s.config().placement().hasBatchNorm();
        double m = 6;
        double y = m;
        title = (bn ? Messages.format("views.running.title", conventionName(s.hyperparams()))
                : Messages.get("views.running.titleBnOff")) + layerSuffix(f);
        formula = bn ? updateRule(s.hyperparams()) : "";
        message = bn ? "" : Messages.get(NO_BN_KEY);
        String shownTitle = TextMeasure.width(ViewStyle.title(), title) <= w - 2 * m ? title
                : TextMeasure.fit(ViewStyle.title(), bn ? Messages.format("views.running.titleShort",
                        conventionName(s.hyperparams())) : Messages.get("views.running.titlePlain"), w - 2 * m);
        PlotPainter.text(g, shownTitle, m, y, ViewStyle.title(), ViewStyle.text(), TextAlignment.LEFT, VPos.TOP);
        y += 21;
        String line2 = bn ? formula : message;
        Font f2 = TextMeasure.width(ViewStyle.LABEL, line2) <= w - 2 * m ? ViewStyle.LABEL : ViewStyle.SMALL;
        PlotPainter.text(g, TextMeasure.fit(f2, line2, w - 2 * m), m, y, f2, bn ? ViewStyle.text() : ViewStyle.eval(),
                TextAlignment.LEFT, VPos.TOP);
        y += 19;

        int maxCols = (int) Math.max(1, Math.floor((w - 18 - m + COLUMN_GAP) / (MIN_COLUMN_WIDTH + COLUMN_GAP)));
        window = NeuronWindow.selectedFirst(f.selectedNeuron(), s.hidden(), Math.min(MAX_COLUMNS, maxCols));
        int cols = window.count();

        // the window of steps: the last WINDOW steps, or [0, WINDOW] early on
        HistoryTable steps = f.steps();
        HistoryTable evals = f.evals();
        double lastStep = steps.rows() > 0 ? steps.get(steps.rows() - 1, HistoryColumns.STEP) : s.step();
        double xHi = Math.max(lastStep, WINDOW);
        double xLo = xHi - WINDOW;

        FrameTracker.Change change = tracker.see(f.snapshot());
        if (change == FrameTracker.Change.RESTART) {
            ranges.clear();
        }

        // layout
        double legendH = 20;
        double axisLabelH = 17;
        double tickH = 16;
        double headerH = 19;
        double gap = 10;
        double gutter = 18;
        double colW = (w - gutter - m - COLUMN_GAP * (cols - 1)) / cols;
        double plotsTop = y + headerH;
        double plotH = Math.max(4, (h - m - legendH - axisLabelH - tickH - gap - plotsTop) / 2);
        panels = new PlotBox[2][cols];
        for (int c = 0; c < cols; c++) {
            int j = window.neuron(c);
            double x0 = gutter + c * (colW + COLUMN_GAP);
            String label = TextMeasure.fit(ViewStyle.bold(14), Messages.format("views.neuron", Integer.toString(j + 1)), colW);
            PlotPainter.text(g, label, x0, y, ViewStyle.bold(14), PlotPainter.readable(ViewStyle.neuron(j)), TextAlignment.LEFT,
                    VPos.TOP);
        }
        // per column: both panels' data and y axes first, so the two rows share one plot left edge
        for (int c = 0; c < cols; c++) {
            int j = window.neuron(c);
            double x0 = gutter + c * (colW + COLUMN_GAP);
            int px = (int) Math.max(1, colW - 34);
            PanelData[] data = new PanelData[2];
            double yLabelW = 20;
            for (Stat stat : Stat.values()) {
                data[stat.ordinal()] = panelData(steps, evals, stat, j, bn, xLo, xHi, px, plotH, change);
                yLabelW = Math.max(yLabelW, data[stat.ordinal()].labelWidth());
            }
            for (Stat stat : Stat.values()) {
                int r = stat.ordinal();
                double top = plotsTop + r * (plotH + gap);
                PanelData d = data[r];
                PlotBox box = new PlotBox(x0 + yLabelW + 6, top, Math.max(8, colW - yLabelW - 6), plotH, xLo, xHi,
                        d.yLo, d.yHi);
                panels[r][c] = box;
                drawPanel(g, box, d, j, steps.rows() > 0, r == 1);
            }
        }
        for (Stat stat : Stat.values()) {
            double top = plotsTop + stat.ordinal() * (plotH + gap);
            String rowLabel = Messages.get(stat == Stat.MEAN ? (bn ? "views.running.mean" : "views.running.meanOfZ")
                    : (bn ? "views.running.variance" : "views.running.varianceOfZ"));
            PlotPainter.verticalText(g, TextMeasure.fit(ViewStyle.SMALL, rowLabel, plotH), 9, top + plotH / 2,
                    ViewStyle.SMALL, ViewStyle.text());
        }
        double axisY = plotsTop + 2 * plotH + gap + tickH;
        String axisLabel = Messages.format("views.running.axis", Integer.toString(WINDOW));
        double axisLabelW = TextMeasure.width(ViewStyle.SMALL, axisLabel);
        String caption = window.caption();
        double captionW = TextMeasure.width(ViewStyle.SMALL, caption);
        boolean centred = caption.isEmpty() || axisLabelW + captionW + 24 < (w - gutter - m) / 2 + axisLabelW / 2;
        PlotPainter.text(g, axisLabel, centred ? gutter + (w - gutter - m) / 2 : gutter, axisY + 1, ViewStyle.SMALL,
                ViewStyle.muted(), centred ? TextAlignment.CENTER : TextAlignment.LEFT, VPos.TOP);
        if (!caption.isEmpty()) {
            double room = w - m - gutter - axisLabelW - 16;
            PlotPainter.text(g, TextMeasure.fit(ViewStyle.SMALL, caption, room), w - m, axisY + 1, ViewStyle.SMALL,
                    ViewStyle.text(), TextAlignment.RIGHT, VPos.TOP);
        }
        drawLegend(g, m + 4, axisY + axisLabelH + 2, w - 2 * m, bn);
    }

    /** One panel's series (reduced to pixel columns) and its y axis. */
    private record PanelData(ColumnEnvelope batch, ColumnEnvelope running, ColumnEnvelope population, double yLo,
                             double yHi, double yStep, double[] yTicks) {

        double labelWidth() {
            return PlotPainter.maxLabelWidth(yTicks, yStep, ViewStyle.SMALL);
        }
    }

    private PanelData panelData(HistoryTable steps, HistoryTable evals, Stat stat, int j, boolean bn, double xLo,
                                double xHi, int px, double plotH, FrameTracker.Change change) {
        int batchCol = HistoryColumns.neuron(layerBase + j, stat == Stat.MEAN ? HistoryColumns.BATCH_MEAN
                : HistoryColumns.BATCH_VAR);
        int runCol = HistoryColumns.neuron(layerBase + j, stat == Stat.MEAN ? HistoryColumns.RUNNING_MEAN
                : HistoryColumns.RUNNING_VAR);
        int popCol = HistoryColumns.evalNeuron(layerBase + j, stat == Stat.MEAN ? HistoryColumns.POPULATION_MEAN
                : HistoryColumns.POPULATION_VAR);
        boolean haveSteps = steps.rows() > 0 && steps.width() > batchCol;
        // before the first step there is nothing to compare the population statistic with: leave the panel empty
        boolean haveEvals = haveSteps && bn && evals.rows() > 0 && evals.width() > popCol;
        ColumnEnvelope batch = haveSteps ? ColumnEnvelope.of(steps, HistoryColumns.STEP, batchCol, xLo, xHi, px)
                : null;
        ColumnEnvelope run = haveSteps && bn ? ColumnEnvelope.of(steps, HistoryColumns.STEP, runCol, xLo, xHi, px)
                : null;
        ColumnEnvelope pop = haveEvals ? ColumnEnvelope.of(evals, HistoryColumns.EVAL_STEP, popCol, xLo, xHi, px)
                : null;
        double lo = Double.NaN;
        double hi = Double.NaN;
        for (ColumnEnvelope e : new ColumnEnvelope[] {batch, run, pop}) {
            if (e != null && !Double.isNaN(e.overallMin())) {
                lo = Double.isNaN(lo) ? e.overallMin() : Math.min(lo, e.overallMin());
                hi = Double.isNaN(hi) ? e.overallMax() : Math.max(hi, e.overallMax());
            }
        }
        StickyRange range = ranges.computeIfAbsent(j + ":" + stat, k -> new StickyRange(PATIENCE));
        if (change == FrameTracker.Change.SAME) {
            range.include(lo, hi);
        } else {
            range.update(lo, hi);
        }
        double yLo = range.isSet() ? range.lo() : (stat == Stat.MEAN ? -1 : 0);
        double yHi = range.isSet() ? range.hi() : (stat == Stat.MEAN ? 1 : 2);
        int yTarget = (int) Math.max(2, Math.min(5, plotH / 30));
        double yStep = Ticks.step(yLo, yHi, yTarget, 2);
        return new PanelData(batch, run, pop, yLo, yHi, yStep, Ticks.ticks(yLo, yHi, yStep));
    }

    private void drawPanel(GraphicsContext g, PlotBox box, PanelData d, int j, boolean haveSteps,
                           boolean bottomRow) {
        double xStep = Ticks.step(box.xLo(), box.xHi(), (int) Math.max(2, Math.min(6, box.width() / 55)), 2);
        double[] xTicks = Ticks.ticks(box.xLo(), box.xHi(), xStep);
        PlotPainter.grid(g, box, xTicks, d.yTicks);
        Color colour = PlotPainter.readable(ViewStyle.neuron(j));
        if (d.batch != null) {
            boolean alone = d.running == null;
            Color batchColour = PlotPainter.withAlpha(colour, alone ? 0.9 : 0.45);
            if (d.batch.totalRows() > 2 * d.batch.columns()) {
                // dense batch noise: the band from each pixel column's min to its max
                fillBand(g, d.batch, box, batchColour);
            } else {
                stroke(g, d.batch, box, batchColour, alone ? 1.5 : 1, null, false);
            }
        }
        if (d.running != null) {
            // a white halo keeps the smooth running line readable over the noisy batch line
            stroke(g, d.running, box, ViewStyle.background(), 5.5, null, true);
            stroke(g, d.running, box, colour, 3, null, true);
        }
        if (d.population != null) {
            stroke(g, d.population, box, ViewStyle.background(), 4.5, null, true);
            stroke(g, d.population, box, populationColour(j), 2, POPULATION_DASHES, true);
        }
        PlotPainter.axes(g, box);
        PlotPainter.yTickLabels(g, box, d.yTicks, d.yStep, ViewStyle.SMALL);
        if (bottomRow) {
            PlotPainter.xTickLabels(g, box, xTicks, xStep, ViewStyle.SMALL);
        }
        if (!haveSteps) {
            PlotPainter.text(g, Messages.get("views.noStepsYet"), box.left() + box.width() / 2, box.top() + box.height() / 2,
                    ViewStyle.SMALL, ViewStyle.muted(), TextAlignment.CENTER, VPos.CENTER);
        }
    }

    /** Dark dashes, or orange ones for a neuron whose own colour is near black. */
    static Color populationColour(int j) {
        Color c = ViewStyle.neuron(j);
        double lum = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return lum < 0.2 ? ViewStyle.eval() : ViewStyle.ink(POPULATION);
    }

    private void fillBand(GraphicsContext g, ColumnEnvelope e, PlotBox box, Color colour) {
        int need = 4 * e.columns();
        if (polyX.length < need) {
            polyX = new double[need];
            polyY = new double[need];
        }
        int k = e.band(box, polyX, polyY);
        if (k >= 3) {
            g.setFill(colour);
            g.fillPolygon(polyX, polyY, k);
        }
    }

    /** Strokes a series: every column's first/min/max/last, or one point per column for smooth series. */
    private void stroke(GraphicsContext g, ColumnEnvelope e, PlotBox box, Color colour, double width,
                        double[] dashes, boolean smooth) {
        // polyline() spreads the envelope's columns over the final plot width
        int need = 4 * e.columns();
        if (polyX.length < need) {
            polyX = new double[need];
            polyY = new double[need];
        }
        int k = smooth ? e.smoothPolyline(box, polyX, polyY) : e.polyline(box, polyX, polyY);
        if (k == 0) {
            return;
        }
        g.setStroke(colour);
        g.setLineWidth(width);
        g.setLineDashes(dashes);
        if (k == 1) {
            g.strokeLine(polyX[0] - 2, polyY[0], polyX[0] + 2, polyY[0]);
        } else {
            g.strokePolyline(polyX, polyY, k);
        }
        g.setLineDashes((double[]) null);
    }

    private void drawLegend(GraphicsContext g, double x, double y, double maxW, boolean bn) {
        Font font = ViewStyle.SMALL;
        double cy = y + 7;
        String[] labels = bn ? new String[] {Messages.get("views.running.batch"), Messages.get("views.running.running"),
            Messages.get("views.running.population")} : new String[] {Messages.get("views.running.batchOfZ")};
        if (bn && legendWidth(labels, font) > maxW) {
            labels[2] = Messages.get("views.running.populationShort");
        }
        double[] widths = {bn ? 1 : 1.5, 3, 2};
        double[][] dashes = {null, null, POPULATION_DASHES};
        Color[] colours = {ViewStyle.ink(Color.web(bn ? "#999999" : "#666666")), ViewStyle.ink(Color.web("#555555")),
                ViewStyle.ink(POPULATION)};
        for (int i = 0; i < labels.length; i++) {
            x = PlotPainter.legendLine(g, x, cy, 22, colours[i], widths[i], dashes[i]) + 4;
            PlotPainter.text(g, labels[i], x, cy, font, ViewStyle.text(), TextAlignment.LEFT, VPos.CENTER);
            x += TextMeasure.width(font, labels[i]) + 14;
        }
    }

    private static double legendWidth(String[] labels, Font font) {
        double w = 0;
        for (String l : labels) {
            w += 22 + 4 + TextMeasure.width(font, l) + 14;
        }
        return w;
    }
}
