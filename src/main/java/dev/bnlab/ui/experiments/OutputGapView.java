package dev.bnlab.ui.experiments;

import dev.bnlab.experiments.TrainEvalComparison;
import dev.bnlab.i18n.Messages;
import dev.bnlab.plot.AxisKind;
import dev.bnlab.plot.PlotBox;
import dev.bnlab.plot.Range;
import dev.bnlab.plot.Readouts;
import dev.bnlab.runtime.ExperimentFrame;
import dev.bnlab.ui.plot.PlotPainter.LegendEntry;
import dev.bnlab.ui.plot.PlotPainter;
import dev.bnlab.ui.plot.ViewStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;

/**
 * The output difference of training vs eval mode on the last batch: for each example (sorted by its eval-mode
 * output) p = σ(o) in training mode and in eval mode, joined by a line whose length is their difference.
 */
public final class OutputGapView extends ExperimentView {

    public OutputGapView() {
        super("output-gap-view");
    }

    @Override
    public String title() {
        return Messages.get("experiments.view.outputs.title");
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h, ExperimentFrame f) {
        double top = PlotPainter.title(g, title(), w);
        TrainEvalComparison c = f.result().detail(TrainEvalComparison.class).orElse(null);
        if (c == null) {
            PlotPainter.message(g, Messages.get("experiments.view.step-once"), 0, top, w, h - top);
            return;
        }
        int n = c.trainOutput().size();
        top = PlotPainter.paragraph(g, Messages.format("experiments.view.outputs.gap", Readouts.num(c.meanOutputDifference()),
                Readouts.num(c.maxOutputDifference()), Integer.toString(n)), PlotPainter.PAD,
                top - 2, w - 2 * PlotPainter.PAD, ViewStyle.LABEL, ViewStyle.text());
        List<LegendEntry> legend = List.of(
                new LegendEntry("experiments.view.outputs.training", ViewStyle.train(), PlotPainter.Sample.DOT),
                new LegendEntry("experiments.view.outputs.eval", ViewStyle.eval(), PlotPainter.Sample.DOT));
        top += PlotPainter.legend(g, PlotPainter.PAD, top + 2, w - 2 * PlotPainter.PAD, legend) + 4;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> c.evalOutput().get(i)));
        PlotBox b = PlotPainter.plot(g, PlotPainter.PAD, top, w - 2 * PlotPainter.PAD, h - top - PlotPainter.PAD,
                new Range(-0.5, n - 0.5), AxisKind.LINEAR, new Range(0, 1), AxisKind.LINEAR, true,
                "experiments.view.axis.example-by-eval");
        PlotPainter.reference(g, b, 0.5, ViewStyle.muted());
        PlotPainter.clip(g, b);
        double r = Math.max(2.5, Math.min(5, b.width() / n / 3));
        g.setLineWidth(2);
        for (int k = 0; k < n; k++) {
            int i = order[k];
            double x = b.px(k);
            double yt = b.py(c.trainOutput().get(i));
            double ye = b.py(c.evalOutput().get(i));
            g.setStroke(ViewStyle.muted());
            g.strokeLine(x, yt, x, ye);
            g.setFill(ViewStyle.eval());
            g.fillOval(x - r, ye - r, 2 * r, 2 * r);
            g.setFill(ViewStyle.train());
            g.fillOval(x - r, yt - r, 2 * r, 2 * r);
        }
        g.restore();
        PlotPainter.textAt(g, "p = σ(o)", b.left() + 6, b.top() + 4, ViewStyle.SMALL, ViewStyle.muted());
    }
}
