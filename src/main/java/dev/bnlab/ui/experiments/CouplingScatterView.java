package dev.bnlab.ui.experiments;

import dev.bnlab.core.Placement;
import dev.bnlab.i18n.Messages;
import dev.bnlab.plot.AxisKind;
import dev.bnlab.plot.PlotBox;
import dev.bnlab.plot.Range;
import dev.bnlab.plot.Readouts;
import dev.bnlab.runtime.CouplingProbe;
import dev.bnlab.runtime.ExperimentFrame;
import dev.bnlab.runtime.RunLabels;
import dev.bnlab.ui.plot.PlotPainter.LegendEntry;
import dev.bnlab.ui.plot.PlotPainter;
import dev.bnlab.ui.plot.ViewStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Layer coupling, live: W1 and b1 scaled by a. One panel per run: each example's input to the sigmoid before
 * (x axis) and after (y axis) the scaling, on the last batch in training mode. With BN before the sigmoid the
 * points stay on the diagonal (unchanged); without BN they move to the line y = a·x.
 */
public final class CouplingScatterView extends ExperimentView {

    private final List<String> readouts = new ArrayList<>();

    public CouplingScatterView() {
        super("coupling-scatter-view");
    }

    @Override
    public String title() {
        return Messages.get("experiments.view.coupling.title");
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h, ExperimentFrame f) {
        CouplingProbe p = f.probe(CouplingProbe.class).orElse(null);
        readouts.clear();
        double a = p == null ? f.options().couplingScale() : p.factor();
        double top = PlotPainter.title(g, Messages.format("experiments.view.coupling.heading", RunLabels.compact(round3(a))), w);
        if (p == null) {
            PlotPainter.message(g, Messages.get("experiments.view.step-once"), 0, top, w, h - top);
            return;
        }
        List<LegendEntry> legend = new ArrayList<>();
        int hidden = p.runs().isEmpty() ? 0 : p.runs().get(0).hidden();
        for (int j = 0; j < hidden; j++) {
            legend.add(new LegendEntry(Messages.format("experiments.view.neuron", j + 1), ViewStyle.neuron(j), PlotPainter.Sample.DOT));
        }
        legend.add(new LegendEntry(Messages.get("experiments.view.coupling.unchanged"), ViewStyle.muted(), PlotPainter.Sample.DASHED));
        top += PlotPainter.legend(g, PlotPainter.PAD, top - 4, w - 2 * PlotPainter.PAD, legend);
        int k = p.runs().size();
        double colW = (w - PlotPainter.PAD) / Math.max(1, k);
        for (int i = 0; i < k; i++) {
            runPanel(g, p.runs().get(i), i, a, PlotPainter.PAD + i * colW, top, colW - PlotPainter.PAD,
                    h - top - PlotPainter.PAD);
        }
    }

    private void runPanel(GraphicsContext g, CouplingProbe.ScaledRun r, int i, double a, double x, double y,
                          double w, double h) {
        PlotPainter.textAt(g, r.label() + " — " + RunLabels.placement(r.placement()), x, y, ViewStyle.LABEL,
                SeriesPanelsView.readable(RunPalette.of(i)));
        String readout = Messages.format("experiments.view.coupling.readout", Readouts.num(r.measurement().maxActivationInputChange()),
                Readouts.num(r.measurement().maxOutputChange()));
        readouts.add(readout);
        double top = PlotPainter.paragraph(g, readout, x, y + 20, w, ViewStyle.SMALL, ViewStyle.text()) + 2;
        double[] before = r.inputAt1().toArray();
        double[] after = r.inputAtA().toArray();
        Range range = Range.EMPTY.with(before).with(after).padded(0.05);
        double lo = Math.min(range.lo(), -range.hi());
        Range sym = new Range(Math.min(lo, -1), Math.max(-lo, 1));
        PlotBox b = PlotPainter.plot(g, x, top, w, y + h - top, sym, AxisKind.LINEAR, sym, AxisKind.LINEAR, true,
                Messages.get("experiments.view.coupling.before"));
        PlotPainter.clip(g, b);
        g.setStroke(ViewStyle.muted());
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        g.strokeLine(b.px(sym.lo()), b.py(sym.lo()), b.px(sym.hi()), b.py(sym.hi()));
        if (r.placement() != Placement.BEFORE) {
            // where a first layer scaled by a sends the inputs without BN: y = a·x
            g.setLineDashes(2, 4);
            g.strokeLine(b.px(sym.lo()), b.py(a * sym.lo()), b.px(sym.hi()), b.py(a * sym.hi()));
        }
        g.setLineDashes((double[]) null);
        int n = r.batchSize();
        double dot = Math.max(2.5, Math.min(4.5, b.width() / 80));
        for (int j = 0; j < r.hidden(); j++) {
            g.setFill(SeriesPanelsView.withAlpha(ViewStyle.neuron(j), 0.8));
            for (int e = 0; e < n; e++) {
                double px = b.px(before[j * n + e]);
                double py = b.py(after[j * n + e]);
                g.fillOval(px - dot, py - dot, 2 * dot, 2 * dot);
            }
        }
        g.restore();
        PlotPainter.textAt(g, Messages.get("experiments.view.coupling.after"), b.left() + 6, b.top() + 4, ViewStyle.SMALL, ViewStyle.muted());
        if (r.placement() != Placement.BEFORE) {
            PlotPainter.text(g, "y = " + RunLabels.compact(round3(a)) + "·x", b.right() - 6, b.bottom() - 6,
                    ViewStyle.SMALL, ViewStyle.muted(), TextAlignment.RIGHT,
                    VPos.BOTTOM);
        }
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Per run, the readout of the last draw (tests). */
    public List<String> readouts() {
        return List.copyOf(readouts);
    }
}
