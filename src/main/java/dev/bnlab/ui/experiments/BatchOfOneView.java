package dev.bnlab.ui.experiments;

import dev.bnlab.experiments.SingleExampleBatch;
import dev.bnlab.experiments.TrainingBatchVerdict;
import dev.bnlab.i18n.Messages;
import dev.bnlab.plot.Readouts;
import dev.bnlab.runtime.ExperimentFrame;
import dev.bnlab.runtime.InstanceProbe;
import dev.bnlab.ui.plot.PlotPainter;
import dev.bnlab.ui.plot.TextMeasure;
import dev.bnlab.ui.plot.ViewStyle;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What happens when the user asks to train on the selected point alone (batch size 1 in training mode): the
 * experiments package's verdict and its numbers, σ²_B = 0, x̂ = 0, BN output = β and ‖∂L/∂W1‖ = 0.
 */
public final class BatchOfOneView extends ExperimentView {

    /** Message key of the prompt shown before the button is pressed. */
    static final String PROMPT = "experiments.view.batch-of-one.prompt";

    private String explanation = "";

    public BatchOfOneView() {
        super("batch-of-one-view");
    }

    @Override
    public String title() {
        return Messages.get("experiments.view.batch-of-one.title");
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h, ExperimentFrame f) {
        double top = PlotPainter.title(g, title(), w);
        double x = PlotPainter.PAD;
        double width = w - 2 * PlotPainter.PAD;
        SingleExampleBatch.Outcome o = f.probe(InstanceProbe.class).map(InstanceProbe::batchOfOne).orElse(null);
        if (o == null) {
            explanation = "";
            PlotPainter.paragraph(g, Messages.keyOrText(PROMPT), x, top + 4, width, ViewStyle.LABEL, ViewStyle.muted());
            return;
        }
        explanation = o.explanation();
        boolean fails = o.verdict() == TrainingBatchVerdict.ZERO_VARIANCE;
        int h1 = o.batchVar().size();
        double tableH = 4 * 21 + 6;
        // the explanation in the label font if it fits with the table, else smaller
        Font font = top + 24 + PlotPainter.paragraphHeight(explanation, width, ViewStyle.LABEL) + tableH <= h
                ? ViewStyle.LABEL : ViewStyle.SMALL;
        top = PlotPainter.paragraph(g, Messages.get("experiments.view." + (fails ? "batch-of-one.fails" : "batch-of-one.works")), x, top - 2, width,
                ViewStyle.TITLE, ViewStyle.ink(fails ? TrainingCurvesColors.DOES_NOT_HOLD : TrainingCurvesColors.HOLDS));
        top = PlotPainter.paragraph(g, explanation, x, top, width, font, ViewStyle.text()) + 4;
        // one column per neuron, one row per quantity
        String[] rows = {Messages.get("experiments.view.batch-of-one.batch-variance"), "x̂", "γx̂ + β"};
        double labelW = Math.max(TextMeasure.width(ViewStyle.LABEL, "‖∂L/∂W₁‖"),
                TextMeasure.width(ViewStyle.LABEL, rows[0])) + 16;
        double colW = Math.min(110, (width - labelW) / Math.max(1, h1));
        for (int j = 0; j < h1; j++) {
            PlotPainter.text(g, Messages.format("experiments.view.neuron", j + 1), x + labelW + (j + 1) * colW - 6, top, ViewStyle.SMALL,
                    ViewStyle.neuron(j).darker(), TextAlignment.RIGHT, VPos.TOP);
        }
        top += 19;
        for (int r = 0; r < rows.length; r++) {
            PlotPainter.textAt(g, rows[r], x, top, ViewStyle.LABEL, ViewStyle.muted());
            for (int j = 0; j < h1; j++) {
                double v = r == 0 ? o.batchVar().get(j) : r == 1 ? o.xhat().get(j) : o.bnOut().get(j);
                PlotPainter.text(g, Readouts.num(v), x + labelW + (j + 1) * colW - 6, top, ViewStyle.LABEL, ViewStyle.text(),
                        TextAlignment.RIGHT, VPos.TOP);
            }
            top += 20;
        }
        PlotPainter.textAt(g, "‖∂L/∂W₁‖", x, top, ViewStyle.LABEL, ViewStyle.muted());
        PlotPainter.textAt(g, TextMeasure.fit(ViewStyle.LABEL, Readouts.num(o.gradW1Norm())
                + "   " + Messages.get("experiments.view.batch-of-one.gradient-note"), width - labelW), x + labelW, top,
                ViewStyle.LABEL, ViewStyle.text());
    }

    /** The explanation shown at the last draw ("" when only the prompt was shown). */
    public String explanation() {
        return explanation;
    }
}
