package dev.bnlab.ui.experiments;

import dev.bnlab.core.Activation;
import dev.bnlab.core.BatchArrays;
import dev.bnlab.core.NeuronState;
import dev.bnlab.core.Placement;
import dev.bnlab.core.Snapshot;
import dev.bnlab.core.Vec;
import dev.bnlab.experiments.DivergenceText;
import dev.bnlab.i18n.Messages;
import dev.bnlab.plot.AxisKind;
import dev.bnlab.plot.HistogramBins;
import dev.bnlab.plot.PlotBox;
import dev.bnlab.plot.Range;
import dev.bnlab.runtime.ExperimentFrame;
import dev.bnlab.runtime.RunLabels;
import dev.bnlab.runtime.RunState;
import dev.bnlab.ui.plot.HistogramPainter;
import dev.bnlab.ui.plot.PlotPainter;
import dev.bnlab.ui.plot.TextMeasure;
import dev.bnlab.ui.plot.ViewStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Side-by-side runs, one column each: the chosen neuron's activation input over the current batch as a histogram
 * with the saturated region shaded, and below it what enters BN (BN before σ), what leaves BN (after σ) or the
 * output of σ (no BN); each run's own settings above its column.
 */
public final class RunHistogramsView extends ExperimentView {


    private final List<String> drawnRuns = new ArrayList<>();

    public RunHistogramsView() {
        super("run-histograms-view");
    }

    @Override
    public String title() {
        return Messages.get("experiments.view.histograms.title");
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h, ExperimentFrame f) {
        int j = f.neuron();
        double top = PlotPainter.title(g, Messages.format("experiments.view.histograms.heading", j + 1), w);
        drawnRuns.clear();
        int k = f.runs().size();
        if (k == 0) {
            return;
        }
        double colW = (w - PlotPainter.PAD) / k;
        // the same header height in every column, so that the plots line up
        double header = 0;
        for (RunState r : f.runs()) {
            header = Math.max(header, PlotPainter.paragraphHeight(RunLabels.settings(r), colW - PlotPainter.PAD,
                    ViewStyle.SMALL));
        }
        for (int i = 0; i < k; i++) {
            drawRun(g, f, i, j, PlotPainter.PAD + i * colW, top, colW - PlotPainter.PAD, h - top - PlotPainter.PAD, header);
        }
    }

    private void drawRun(GraphicsContext g, ExperimentFrame f, int i, int j, double x, double y, double w, double h,
                         double header) {
        double bottom = y + h;
        RunState r = f.runs().get(i);
        Color c = RunPalette.of(i);
        PlotPainter.textAt(g, TextMeasure.fit(ViewStyle.TITLE, r.label(), w), x, y, ViewStyle.TITLE,
                SeriesPanelsView.readable(c));
        y += 22;
        PlotPainter.paragraph(g, RunLabels.settings(r), x, y, w, ViewStyle.SMALL, ViewStyle.text());
        y += header + 2;
        Snapshot s = r.snapshot();
        BatchArrays b = s.batch();
        if (s.diverged()) {
            PlotPainter.paragraph(g, Messages.format("experiments.view.diverged", DivergenceText.of(s.divergence()).text()), x, y,
                    w, ViewStyle.LABEL, ViewStyle.ink(TrainingCurvesColors.DIVERGED));
            return;
        }
        if (b == null || j >= s.hidden()) {
            PlotPainter.message(g, Messages.get("experiments.view.step-once"), x, y, w, bottom - y);
            return;
        }
        drawnRuns.add(r.label());
        NeuronState ns = s.neurons().get(j);
        double each = (bottom - y) / 2;
        Activation act = s.config().activation();
        String sat = Messages.format("experiments.view.histograms.saturated", String.format(Locale.ROOT, "%.0f", 100 * ns.saturation()));
        histogram(g, Messages.format("experiments.view.histograms.input-of", activationName(act)), sat, b.activationIn().get(j), act, c, x, y, w, each - 6);
        Placement p = s.config().placement();
        Vec second = switch (p) {
            case BEFORE -> b.z().get(j);
            case AFTER -> b.bnOut().get(j);
            case NONE -> b.activationOut().get(j);
        };
        String name = switch (p) {
            case BEFORE -> Messages.get("experiments.view.histograms.into-bn");
            case AFTER -> Messages.get("experiments.view.histograms.out-of-bn");
            case NONE -> Messages.format("experiments.view.histograms.output-of", activationName(act));
        };
        String stats = Messages.format("experiments.view.histograms.stats", short3(second.mean()), short3(second.variance()));
        histogram(g, name, stats, second, null, c, x, y + each, w, each - 2);
    }

    /** Three significant digits with a real minus sign. */
    private static String short3(double v) {
        return String.format(Locale.ROOT, "%.3g", v).replace('-', '−');
    }

    private static String activationName(Activation a) {
        return switch (a) {
            case SIGMOID -> "σ";
            case TANH -> "tanh";
            case RELU -> "ReLU";
        };
    }

    /** One histogram with its name and a readout above it. */
    private static void histogram(GraphicsContext g, String name, String readout, Vec values, Activation shade,
                                  Color color, double x, double y, double w, double h) {
        PlotPainter.textAt(g, name, x, y, ViewStyle.LABEL, ViewStyle.text());
        double nameW = TextMeasure.width(ViewStyle.LABEL, name);
        if (nameW + 12 + TextMeasure.width(ViewStyle.SMALL, readout) <= w) {
            PlotPainter.text(g, readout, x + w, y + 2, ViewStyle.SMALL, ViewStyle.muted(),
                    TextAlignment.RIGHT, VPos.TOP);
        }
        Range xr = HistogramPainter.range(values, shade == null ? 1 : 6);
        HistogramBins bins = HistogramPainter.bin(values, xr.lo(), xr.hi());
        Range yr = new Range(0, Math.max(1, bins.maxCount()) * 1.1);
        PlotBox box = PlotPainter.plot(g, x, y + 20, w, h - 20, xr, AxisKind.LINEAR, yr, AxisKind.LINEAR, true, null);
        if (shade != null && shade != Activation.RELU) {
            PlotPainter.clip(g, box);
            g.setFill(ViewStyle.shade());
            double lo = box.px(shade.saturatedBelow());
            double hi = box.px(shade.saturatedAbove());
            g.fillRect(box.left(), box.top(), Math.max(0, lo - box.left()), box.height());
            g.fillRect(hi, box.top(), Math.max(0, box.right() - hi), box.height());
            g.restore();
        }
        HistogramPainter.bars(g, box, bins, SeriesPanelsView.withAlpha(color, 0.55), color);
    }

    /** Labels of the runs whose histograms were drawn at the last draw (tests). */
    public List<String> drawnRuns() {
        return List.copyOf(drawnRuns);
    }
}
