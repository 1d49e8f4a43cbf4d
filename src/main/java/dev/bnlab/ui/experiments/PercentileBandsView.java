package dev.bnlab.ui.experiments;

import dev.bnlab.experiments.PercentileBandsExperiment;
import dev.bnlab.experiments.SeriesTable;
import dev.bnlab.i18n.Messages;
import dev.bnlab.plot.AxisKind;
import dev.bnlab.plot.PlotBox;
import dev.bnlab.plot.Range;
import dev.bnlab.runtime.ExperimentFrame;
import dev.bnlab.runtime.RunLabels;
import dev.bnlab.runtime.RunState;
import dev.bnlab.ui.plot.PlotPainter.LegendEntry;
import dev.bnlab.ui.plot.PlotPainter;
import dev.bnlab.ui.plot.TextMeasure;
import dev.bnlab.ui.plot.ViewStyle;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Ioffe &amp; Szegedy's Fig. 1: the 15th, 50th and 85th percentile over the batch of one neuron's input to the
 * sigmoid at every step, one panel per run (BN, no BN) on a shared y axis.
 */
public final class PercentileBandsView extends ExperimentView {

    static final String SERIES = "percentiles";

    private int panelsDrawn;

    public PercentileBandsView() {
        super("percentile-bands-view");
    }

    @Override
    public String title() {
        return Messages.get("experiments.view.bands.title");
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h, ExperimentFrame f) {
        int neuron = f.choice().experiment() instanceof PercentileBandsExperiment p ? p.neuron() : 0;
        double top = PlotPainter.title(g, Messages.format("experiments.view.bands.heading", neuron + 1), w);
        panelsDrawn = 0;
        SeriesTable t = SeriesPanelsView.find(f, SERIES);
        int k = f.runs().size();
        List<LegendEntry> legend = List.of(new LegendEntry("experiments.view.bands.band", Color.web("#9ab"),
                PlotPainter.Sample.BAND), new LegendEntry("experiments.view.bands.median", ViewStyle.text(),
                PlotPainter.Sample.THICK_LINE));
        top += PlotPainter.legend(g, PlotPainter.PAD, top - 4, w - 2 * PlotPainter.PAD, legend);
        Range yr = Range.EMPTY;
        if (t != null) {
            for (RunState r : f.runs()) {
                yr = yr.with(t.column("p15_" + r.label())).with(t.column("p85_" + r.label()));
            }
        }
        yr = yr.with(-2).with(2).padded(0.05);
        Range xr = new Range(0, Math.max(10, f.settings().steps()));
        double colW = (w - PlotPainter.PAD) / Math.max(1, k);
        for (int i = 0; i < k; i++) {
            RunState r = f.runs().get(i);
            double x = PlotPainter.PAD + i * colW;
            double cw = colW - PlotPainter.PAD;
            PlotPainter.textAt(g, TextMeasure.fit(ViewStyle.LABEL, r.label() + " — " + RunLabels.settings(r), cw), x, top,
                    ViewStyle.LABEL, SeriesPanelsView.readable(RunPalette.of(i)));
            PlotBox b = PlotPainter.plot(g, x, top + 22, cw, h - top - 22 - PlotPainter.PAD, xr, AxisKind.LINEAR, yr,
                    AxisKind.LINEAR, true, "experiments.view.axis.step");
            if (t == null || t.rowCount() == 0) {
                PlotPainter.message(g, Messages.get("experiments.view.press-play"), b.left(), b.top(), b.width(), b.height());
                continue;
            }
            double[] xs = t.xValues();
            PlotPainter.band(g, b, xs, t.column("p15_" + r.label()), t.column("p85_" + r.label()),
                    RunPalette.tint(i, 0.3));
            PlotPainter.line(g, b, xs, t.column("p15_" + r.label()), RunPalette.of(i), 1.2, null);
            PlotPainter.line(g, b, xs, t.column("p85_" + r.label()), RunPalette.of(i), 1.2, null);
            PlotPainter.line(g, b, xs, t.column("p50_" + r.label()), RunPalette.of(i).darker(), 2.6, null);
            panelsDrawn++;
        }
    }

    /** Panels with bands at the last draw (tests). */
    public int panelsDrawn() {
        return panelsDrawn;
    }
}
