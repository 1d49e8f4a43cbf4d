package dev.bnlab.ui.experiments;

import dev.bnlab.i18n.Messages;
import dev.bnlab.plot.AxisKind;
import dev.bnlab.plot.HistogramBins;
import dev.bnlab.plot.PlotBox;
import dev.bnlab.plot.Range;
import dev.bnlab.plot.Readouts;
import dev.bnlab.runtime.ExperimentFrame;
import dev.bnlab.runtime.ShiftProbe;
import dev.bnlab.ui.plot.HistogramPainter;
import dev.bnlab.ui.plot.PlotPainter.LegendEntry;
import dev.bnlab.ui.plot.PlotPainter;
import dev.bnlab.ui.plot.ViewStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Covariate shift at the chosen neuron: the test set's values entering BN, unshifted (outline) and shifted
 * (bars), against the normal distribution eval mode assumes, N(running mean, running var) from training, and,
 * with AdaBN switched on, N(mean, var) re-estimated on the shifted test set.
 */
public final class ShiftedPreBnView extends ExperimentView {

    static final Color RUNNING = Color.web("#1a1a1a");
    static final Color ADABN = Color.web("#009E73");
    static final Color CLEAN = Color.web("#888888");
    private static final int CURVE_POINTS = 120;

    public ShiftedPreBnView() {
        super("shifted-prebn-view");
    }

    @Override
    public String title() {
        return Messages.get("experiments.view.prebn.title");
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h, ExperimentFrame f) {
        ShiftProbe p = f.probe(ShiftProbe.class).orElse(null);
        double top = PlotPainter.title(g, p == null ? title()
                : Messages.format("experiments.view.prebn.heading", p.neuron() + 1), w);
        if (p == null) {
            return;
        }
        double x = PlotPainter.PAD;
        double width = w - 2 * PlotPainter.PAD;
        top = PlotPainter.paragraph(g, Messages.format("experiments.view.prebn.stats", Readouts.num(p.runningMean()), Readouts.num(p.runningVar()),
                Readouts.num(p.shiftedPreBn().mean()), Readouts.num(p.shiftedPreBn().variance())), x, top - 2,
                width, ViewStyle.SMALL, ViewStyle.text());
        List<LegendEntry> legend = new ArrayList<>();
        legend.add(new LegendEntry("experiments.view.prebn.shifted", SeriesPanelsView.withAlpha(ViewStyle.train(), 0.55),
                PlotPainter.Sample.BAND));
        legend.add(new LegendEntry("experiments.view.prebn.unshifted", CLEAN, PlotPainter.Sample.LINE));
        legend.add(new LegendEntry("experiments.view.prebn.running-normal", RUNNING, PlotPainter.Sample.DASHED));
        if (p.adaBnApplied()) {
            legend.add(new LegendEntry("experiments.view.prebn.adabn-normal", ADABN, PlotPainter.Sample.THICK_LINE));
        }
        top += PlotPainter.legend(g, x, top + 2, width, legend) + 4;
        Range xr = Range.EMPTY.with(p.cleanPreBn().toArray()).with(p.shiftedPreBn().toArray());
        double sd = Math.sqrt(p.runningVar());
        xr = xr.with(p.runningMean() - 3 * sd).with(p.runningMean() + 3 * sd).padded(0.03);
        int bins = HistogramBins.binCount(p.shiftedPreBn().size());
        HistogramBins shifted = HistogramBins.of(p.shiftedPreBn(), xr.lo(), xr.hi(), bins);
        HistogramBins clean = HistogramBins.of(p.cleanPreBn(), xr.lo(), xr.hi(), bins);
        int m = p.shiftedPreBn().size();
        double binW = (xr.hi() - xr.lo()) / bins;
        double peak = Math.max(Math.max(shifted.maxCount(), clean.maxCount()),
                m * binW / (sd * Math.sqrt(2 * Math.PI)));
        if (p.adaBnApplied()) {
            peak = Math.max(peak, m * binW / (Math.sqrt(p.adaBnVar()) * Math.sqrt(2 * Math.PI)));
        }
        PlotBox b = PlotPainter.plot(g, x, top, width, h - top - PlotPainter.PAD, xr, AxisKind.LINEAR,
                new Range(0, peak * 1.1), AxisKind.LINEAR, true, "experiments.view.axis.entering-bn");
        HistogramPainter.bars(g, b, shifted, SeriesPanelsView.withAlpha(ViewStyle.train(), 0.45), ViewStyle.train());
        HistogramPainter.outline(g, b, clean, CLEAN, 2);
        normal(g, b, p.runningMean(), p.runningVar(), m * binW, RUNNING, new double[] {7, 5}, 2.4);
        if (p.adaBnApplied()) {
            normal(g, b, p.adaBnMean(), p.adaBnVar(), m * binW, ADABN, null, 3);
        }
        PlotPainter.textAt(g, Messages.get("experiments.view.axis.count"), b.left() + 6, b.top() + 4, ViewStyle.SMALL, ViewStyle.muted());
    }

    /** The count curve m·width·φ((v − mean)/sd)/sd of a normal distribution (a drawing of given numbers). */
    private static void normal(GraphicsContext g, PlotBox b, double mean, double var, double scale, Color c,
                               double[] dashes, double width) {
        double sd = Math.sqrt(var);
        if (!(sd > 0)) {
            return;
        }
        double[] xs = new double[CURVE_POINTS];
        double[] ys = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            double v = b.xLo() + (b.xHi() - b.xLo()) * i / (CURVE_POINTS - 1);
            double z = (v - mean) / sd;
            xs[i] = v;
            ys[i] = scale * Math.exp(-0.5 * z * z) / (sd * Math.sqrt(2 * Math.PI));
        }
        PlotPainter.line(g, b, xs, ys, c, width, dashes);
    }
}
