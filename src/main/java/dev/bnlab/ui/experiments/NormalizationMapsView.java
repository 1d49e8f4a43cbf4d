package dev.bnlab.ui.experiments;

import dev.bnlab.core.Parameters;
import dev.bnlab.core.Vec;
import dev.bnlab.experiments.NeuronNormalization;
import dev.bnlab.experiments.TrainEvalComparison;
import dev.bnlab.ui.view.PlotBox;
import dev.bnlab.ui.view.TextMeasure;
import dev.bnlab.ui.view.ViewStyle;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Training vs eval mode on the same batch, side by side, for the chosen neuron: each example's value entering BN
 * (x axis) against its BN output (y axis), normalized with the batch's own statistics (left) and with the running
 * statistics (right). Both are straight lines γ(v − mean)/√(var + ε) + β with different means and variances;
 * the numbers are the experiments package's {@code TrainEvalComparison} of the last step.
 */
public final class NormalizationMapsView extends ExperimentView {

    private int panelsDrawn;

    public NormalizationMapsView() {
        super("normalization-maps-view");
    }

    @Override
    public String title() {
        return ExpText.view("normalization.title");
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h, ExperimentFrame f) {
        int j = f.neuron();
        double top = Painter.title(g, ExpText.view("normalization.heading", j + 1), w);
        panelsDrawn = 0;
        TrainEvalComparison c = f.result().detail(TrainEvalComparison.class).orElse(null);
        if (c == null || j >= c.neurons().size()) {
            Painter.message(g, ExpText.view("step-once"), 0, top, w, h - top);
            return;
        }
        NeuronNormalization n = c.neurons().get(j);
        Parameters params = f.runs().isEmpty() ? null : f.runs().get(0).snapshot().parameters();
        double gamma = params == null ? Double.NaN : params.first().gamma().get(j);
        double beta = params == null ? Double.NaN : params.first().beta().get(j);
        Range xr = Range.EMPTY.with(n.preBn().toArray()).padded(0.05);
        Range yr = Range.EMPTY.with(n.withBatchStats().toArray()).with(n.withPopulationStats().toArray()).padded(0.08);
        double colW = (w - Painter.PAD) / 2;
        String gb = String.format(Locale.ROOT, "γ = %s, β = %s", Fmt.num(gamma), Fmt.num(beta));
        panel(g, ExpText.view("normalization.training"), ExpText.view("normalization.batch-stats",
                Fmt.num(n.batchMean()), Fmt.num(n.batchVar()), gb), n.preBn(), n.withBatchStats(),
                n.withPopulationStats(), ViewStyle.train(), ViewStyle.eval(), xr, yr, Painter.PAD, top,
                colW - Painter.PAD, h - top - Painter.PAD);
        panel(g, ExpText.view("normalization.eval"), ExpText.view("normalization.running-stats",
                Fmt.num(n.runningMean()), Fmt.num(n.runningVar()), gb), n.preBn(), n.withPopulationStats(),
                n.withBatchStats(), ViewStyle.eval(), ViewStyle.train(), xr, yr, Painter.PAD + colW, top,
                colW - Painter.PAD, h - top - Painter.PAD);
    }

    /** One mode's points, with the other mode's points faint behind them for comparison. */
    private void panel(GraphicsContext g, String name, String numbers, Vec x, Vec y, Vec other, Color color,
                       Color otherColor, Range xr, Range yr, double px, double py, double w, double h) {
        Painter.textAt(g, TextMeasure.fit(ViewStyle.LABEL, name, w), px, py, ViewStyle.LABEL, color.darker());
        double top = Painter.paragraph(g, numbers, px, py + 20, w, ViewStyle.SMALL, ViewStyle.text()) + 4;
        PlotBox b = Painter.plot(g, px, top, w, py + h - top, xr, AxisKind.LINEAR, yr, AxisKind.LINEAR, true,
                "experiments.view.axis.entering-bn");
        Painter.dots(g, b, x.toArray(), other.toArray(), SeriesPanelsView.withAlpha(otherColor, 0.25), 3);
        Painter.dots(g, b, x.toArray(), y.toArray(), SeriesPanelsView.withAlpha(color, 0.8), 4);
        Painter.textAt(g, TextMeasure.fit(ViewStyle.SMALL, ExpText.view("normalization.bn-output"), b.width() - 12),
                b.left() + 6, b.top() + 4, ViewStyle.SMALL, ViewStyle.muted());
        panelsDrawn++;
    }

    /** Panels drawn at the last draw (2 once a batch exists). */
    public int panelsDrawn() {
        return panelsDrawn;
    }
}
