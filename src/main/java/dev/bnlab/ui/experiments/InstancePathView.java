package dev.bnlab.ui.experiments;

import dev.bnlab.core.Placement;
import dev.bnlab.experiments.InstancePath;
import dev.bnlab.experiments.NeuronPath;
import dev.bnlab.i18n.Messages;
import dev.bnlab.plot.Readouts;
import dev.bnlab.runtime.ExperimentFrame;
import dev.bnlab.runtime.InstanceProbe;
import dev.bnlab.ui.plot.PlotPainter;
import dev.bnlab.ui.plot.TextMeasure;
import dev.bnlab.ui.plot.ViewStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Single-instance inference: the selected test point's path through the network in eval mode, every number
 * from the experiments package's {@code InstancePath}: per neuron z, the running statistics, x̂, γ, β,
 * γ·x̂ + β, the activation and its share of the logit; the formula worked out with numbers for the selected
 * neuron; the logit and the probability.
 */
public final class InstancePathView extends ExperimentView {

    /** Column headers: message keys (words) or symbols. */
    private static final String[] HEADER_KEYS = {"experiments.view.path.neuron", "z", "experiments.view.path.run-mean",
        "experiments.view.path.run-var", "x̂", "γ", "β", "γx̂ + β", "σ(·)"};

    /** The column headers in the current language. */
    static String[] headers() {
        String[] out = new String[HEADER_KEYS.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Messages.keyOrText(HEADER_KEYS[i]);
        }
        return out;
    }

    private final List<double[]> shownRows = new ArrayList<>();
    private String workedExample = "";
    private String outputLine = "";

    public InstancePathView() {
        super("instance-path-view");
    }

    @Override
    public String title() {
        return Messages.get("experiments.view.path.title");
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h, ExperimentFrame f) {
        InstanceProbe probe = f.probe(InstanceProbe.class).orElse(null);
        shownRows.clear();
        if (probe == null) {
            double top = PlotPainter.title(g, title(), w);
            PlotPainter.message(g, Messages.get("experiments.view.path.click"), 0, top, w, h - top);
            return;
        }
        InstancePath p = probe.path();
        double top = PlotPainter.title(g, Messages.format("experiments.view.path.heading", Integer.toString(probe.testPoint())), w);
        double x = PlotPainter.PAD;
        double width = w - 2 * PlotPainter.PAD;
        double[] in = p.x();
        String label = Double.isNaN(p.label()) ? "" : Messages.format("experiments.view.path.label", Integer.toString((int) p.label()));
        top = PlotPainter.paragraph(g, Messages.format("experiments.view.path.inputs", Readouts.num(in[0]), Readouts.num(in[1]), label,
                Integer.toString(f.trainingStep()), Readouts.num(p.eps())), x, top,
                width, ViewStyle.LABEL, ViewStyle.text());
        if (p.placement() != Placement.BEFORE) {
            top = PlotPainter.paragraph(g, Messages.get("experiments.view." + (p.placement() == Placement.NONE ? "path.no-bn" : "path.bn-after")),
                    x, top, width, ViewStyle.SMALL, ViewStyle.muted());
        }
        top = PlotPainter.paragraph(g, Messages.get("experiments.view.path.formula"),
                x, top + 2, width, ViewStyle.LABEL, ViewStyle.text()) + 4;
        top = table(g, p, f.neuron(), x, top, width);
        NeuronPath sel = p.neurons().get(Math.min(f.neuron(), p.neurons().size() - 1));
        workedExample = worked(sel);
        top = PlotPainter.paragraph(g, Messages.format("experiments.view.path.worked", sel.neuron() + 1, workedExample), x, top + 6, width,
                ViewStyle.TITLE, ViewStyle.neuron(sel.neuron()).darker());
        StringBuilder logit = new StringBuilder("logit o = Σ w₂·σ(·) + b₂ =");
        boolean first = true;
        for (NeuronPath n : p.neurons()) {
            logit.append(' ').append(signed(n.contribution(), !first));
            first = false;
        }
        logit.append(' ').append(signed(p.outputBias(), true)).append(" = ").append(Readouts.num(p.logit()));
        top = PlotPainter.paragraph(g, logit.toString(), x, top + 4, width, ViewStyle.LABEL, ViewStyle.text());
        String verdict = Double.isNaN(p.label()) ? ""
                : "  " + Messages.get("experiments.view." + (p.predictedClass() == (int) p.label() ? "path.correct" : "path.wrong"));
        outputLine = Messages.format("experiments.view.path.output", Readouts.num(p.probability()), Integer.toString(p.predictedClass()),
                verdict);
        PlotPainter.paragraph(g, outputLine, x, top + 2, width, ViewStyle.TITLE, ViewStyle.text());
    }

    /** "(0.734 − (−0.274)) / √(2.19 + 0.001) · 3.85 + 2.56 = 5.18". */
    static String worked(NeuronPath n) {
        if (Double.isNaN(n.runningMean())) {
            return "z = " + Readouts.num(n.z()) + ", σ(z) = " + Readouts.num(n.activation());
        }
        return String.format(Locale.ROOT, "(%s − %s) / √(%s + ε) · %s + %s = %s", Readouts.num(n.preBn()),
                paren(n.runningMean()), Readouts.num(n.runningVar()), paren(n.gamma()), paren(n.beta()),
                Readouts.num(n.bnOut()));
    }

    private static String paren(double v) {
        String s = Readouts.num(v);
        return v < 0 ? "(" + s + ")" : s;
    }

    private static String signed(double v, boolean withSign) {
        String s = Readouts.num(Math.abs(v));
        if (!withSign) {
            return v < 0 ? "−" + s : s;
        }
        return (v < 0 ? "− " : "+ ") + s;
    }

    /** The per-neuron table, columns as wide as their widest entry; returns the y below it. */
    private double table(GraphicsContext g, InstancePath p, int selected, double x, double y, double width) {
        String[] headers = headers();
        List<String[]> cells = new ArrayList<>();
        for (NeuronPath n : p.neurons()) {
            double[] v = {n.z(), n.runningMean(), n.runningVar(), n.normalized(), n.gamma(), n.beta(), n.bnOut(),
                n.activation()};
            shownRows.add(v);
            String[] row = new String[v.length + 1];
            row[0] = Integer.toString(n.neuron() + 1);
            for (int k = 0; k < v.length; k++) {
                row[k + 1] = Readouts.num(v[k]);
            }
            cells.add(row);
        }
        Font font = ViewStyle.LABEL;
        double[] colW = columnWidths(cells, font);
        if (sum(colW) > width) {
            font = ViewStyle.SMALL;
            colW = columnWidths(cells, font);
        }
        if (sum(colW) > width) {
            return transposedTable(g, cells, selected, x, y, width);
        }
        // spread the spare width over the gaps
        double spare = Math.max(0, width - sum(colW)) / colW.length;
        double rowH = Math.round(font.getSize() * 1.6);
        double cx = x;
        for (int c = 0; c < headers.length; c++) {
            cx += colW[c] + spare;
            PlotPainter.text(g, headers[c], cx - 4, y, font, ViewStyle.muted(), TextAlignment.RIGHT, VPos.TOP);
        }
        y += rowH;
        g.setStroke(ViewStyle.grid());
        g.setLineWidth(1);
        g.strokeLine(x, y - 3, x + width, y - 3);
        for (int r = 0; r < cells.size(); r++) {
            if (r == selected) {
                g.setFill(ViewStyle.panel(Color.web("#eef3f8")));
                g.fillRect(x, y - 2, width, rowH);
            }
            cx = x;
            for (int c = 0; c < headers.length; c++) {
                cx += colW[c] + spare;
                Color color = c == 0 ? ViewStyle.neuron(r).darker() : ViewStyle.text();
                PlotPainter.text(g, cells.get(r)[c], cx - 4, y, font, color, TextAlignment.RIGHT, VPos.TOP);
            }
            y += rowH;
        }
        return y;
    }

    /** For narrow views: one row per quantity, one column per neuron; returns the y below it. */
    private static double transposedTable(GraphicsContext g, List<String[]> cells, int selected, double x, double y,
                                          double width) {
        String[] headers = headers();
        Font font = ViewStyle.SMALL;
        double labelW = 0;
        for (int c = 1; c < headers.length; c++) {
            labelW = Math.max(labelW, TextMeasure.width(font, headers[c]));
        }
        labelW += 10;
        double colW = (width - labelW) / Math.max(1, cells.size());
        double rowH = Math.round(font.getSize() * 1.45);
        for (int r = 0; r < cells.size(); r++) {
            Color c = r == selected ? ViewStyle.neuron(r).darker() : ViewStyle.neuron(r);
            PlotPainter.text(g, Messages.format("experiments.view.neuron", cells.get(r)[0]), x + labelW + (r + 1) * colW - 4, y, font, c,
                    TextAlignment.RIGHT, VPos.TOP);
        }
        y += rowH;
        for (int q = 1; q < headers.length; q++) {
            PlotPainter.textAt(g, headers[q], x, y, font, ViewStyle.muted());
            for (int r = 0; r < cells.size(); r++) {
                PlotPainter.text(g, cells.get(r)[q], x + labelW + (r + 1) * colW - 4, y, font, ViewStyle.text(),
                        TextAlignment.RIGHT, VPos.TOP);
            }
            y += rowH;
        }
        return y;
    }

    /** Per column: the widest of its header and its cells, plus a gap. */
    private static double[] columnWidths(List<String[]> cells, Font font) {
        String[] headers = headers();
        double[] w = new double[headers.length];
        for (int c = 0; c < headers.length; c++) {
            w[c] = TextMeasure.width(font, headers[c]);
            for (String[] row : cells) {
                w[c] = Math.max(w[c], TextMeasure.width(font, row[c]));
            }
            w[c] += 14;
        }
        return w;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    // ------------------------------------------------------------------ state for tests

    /**
     * Per neuron, the numbers of the last draw in table order: z, running mean, running var, x̂, γ, β, γx̂ + β,
     * σ(·).
     */
    public List<double[]> shownRows() {
        return shownRows.stream().map(double[]::clone).toList();
    }

    /** The worked-out formula of the selected neuron at the last draw. */
    public String workedExample() {
        return workedExample;
    }

    /** "p = σ(o) = … → class …" of the last draw. */
    public String outputLine() {
        return outputLine;
    }
}
