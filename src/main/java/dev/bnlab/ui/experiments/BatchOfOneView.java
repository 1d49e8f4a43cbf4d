package dev.bnlab.ui.experiments;

import dev.bnlab.experiments.SingleExampleBatch;
import dev.bnlab.experiments.TrainingBatchVerdict;
import dev.bnlab.ui.view.ViewStyle;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * What happens when the user asks to train on the selected point alone (batch size 1 in training mode): the
 * experiments package's verdict and its numbers, σ²_B = 0, x̂ = 0, BN output = β and ‖∂L/∂W1‖ = 0.
 */
public final class BatchOfOneView extends ExperimentView {

    static final String PROMPT = "What if we trained on this one point (batch size 1) in training mode? Press "
            + "\"Batch size 1\" on the left.";

    private String explanation = "";

    public BatchOfOneView() {
        super("batch-of-one-view");
    }

    @Override
    public String title() {
        return "Batch size 1 in training mode";
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h, ExperimentFrame f) {
        double top = Painter.title(g, title(), w);
        double x = Painter.PAD;
        double width = w - 2 * Painter.PAD;
        SingleExampleBatch.Outcome o = f.probe(InstanceProbe.class).map(InstanceProbe::batchOfOne).orElse(null);
        if (o == null) {
            explanation = "";
            Painter.paragraph(g, PROMPT, x, top + 4, width, ViewStyle.LABEL, ViewStyle.MUTED);
            return;
        }
        explanation = o.explanation();
        boolean fails = o.verdict() == TrainingBatchVerdict.ZERO_VARIANCE;
        top = Painter.paragraph(g, fails ? "It cannot work:" : "It works:", x, top, width, ViewStyle.TITLE,
                fails ? TrainingCurvesColors.DOES_NOT_HOLD : TrainingCurvesColors.HOLDS) + 2;
        top = Painter.paragraph(g, explanation, x, top, width, ViewStyle.LABEL, ViewStyle.TEXT) + 8;
        String[] headers = {"neuron", "batch σ²", "x̂", "γx̂ + β"};
        double colW = Math.min(130, width / headers.length);
        for (int c = 0; c < headers.length; c++) {
            Painter.text(g, headers[c], x + (c + 1) * colW - 6, top, ViewStyle.LABEL, ViewStyle.MUTED,
                    TextAlignment.RIGHT, VPos.TOP);
        }
        top += 22;
        for (int j = 0; j < o.batchVar().size(); j++) {
            double[] v = {o.batchVar().get(j), o.xhat().get(j), o.bnOut().get(j)};
            Painter.text(g, Integer.toString(j + 1), x + colW - 6, top, ViewStyle.LABEL, ViewStyle.neuron(j).darker(),
                    TextAlignment.RIGHT, VPos.TOP);
            for (int k = 0; k < v.length; k++) {
                Painter.text(g, Fmt.num(v[k]), x + (k + 2) * colW - 6, top, ViewStyle.LABEL, ViewStyle.TEXT,
                        TextAlignment.RIGHT, VPos.TOP);
            }
            top += 21;
        }
        Painter.paragraph(g, String.format(Locale.ROOT, "‖∂L/∂W₁‖ = %s  (the gradient that would reach the first "
                + "layer)", Fmt.num(o.gradW1Norm())), x, top + 6, width, ViewStyle.LABEL, ViewStyle.TEXT);
    }

    /** The explanation shown at the last draw ("" when only the prompt was shown). */
    public String explanation() {
        return explanation;
    }
}
