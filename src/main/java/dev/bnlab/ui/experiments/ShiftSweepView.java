package dev.bnlab.ui.experiments;

import dev.bnlab.experiments.SeriesTable;
import dev.bnlab.i18n.Messages;
import dev.bnlab.plot.AxisKind;
import dev.bnlab.plot.PlotBox;
import dev.bnlab.plot.Range;
import dev.bnlab.runtime.ExperimentFrame;
import dev.bnlab.runtime.ShiftProbe;
import dev.bnlab.ui.plot.PlotPainter.LegendEntry;
import dev.bnlab.ui.plot.PlotPainter;
import dev.bnlab.ui.plot.ViewStyle;
import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Eval accuracy under covariate shift: the accuracy now (running or AdaBN statistics, as the button says), the
 * unshifted / shifted / AdaBN numbers, and the accuracy against the shift d and against the scale factor, with
 * running statistics and after AdaBN; the sliders' setting is marked.
 */
public final class ShiftSweepView extends ExperimentView {

    static final Color RUNNING = ViewStyle.eval();
    static final Color ADABN = ShiftedPreBnView.ADABN;

    private double shownAccuracy = Double.NaN;
    private String headline = "";

    public ShiftSweepView() {
        super("shift-sweep-view");
    }

    @Override
    public String title() {
        return Messages.get("experiments.view.sweep.title");
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h, ExperimentFrame f) {
        double top = PlotPainter.title(g, title(), w);
        ShiftProbe p = f.probe(ShiftProbe.class).orElse(null);
        if (p == null) {
            return;
        }
        double x = PlotPainter.PAD;
        double width = w - 2 * PlotPainter.PAD;
        shownAccuracy = p.currentAccuracy();
        headline = Messages.format("experiments.view.sweep.now", percent(shownAccuracy),
                Messages.get("experiments.view." + (p.adaBnApplied() ? "sweep.adabn-stats" : "sweep.running-stats")));
        top = PlotPainter.paragraph(g, headline, x, top - 2, width, ViewStyle.TITLE,
                p.adaBnApplied() ? ADABN.darker() : RUNNING.darker()) + 2;
        String recovered = Double.isNaN(p.recoveredFraction()) ? ""
                : Messages.format("experiments.view.sweep.recovered", String.format(Locale.ROOT, "%.0f", 100 * p.recoveredFraction()));
        top = PlotPainter.paragraph(g, Messages.format("experiments.view.sweep.accuracies", percent(p.clean().accuracy()), percent(p.shifted().accuracy()), percent(p.adapted().accuracy()),
                recovered), x, top, width, ViewStyle.LABEL, ViewStyle.text()) + 2;
        List<LegendEntry> legend = List.of(
                new LegendEntry("experiments.view.sweep.legend-running", RUNNING, PlotPainter.Sample.THICK_LINE),
                new LegendEntry("experiments.view.sweep.legend-adabn", ADABN, PlotPainter.Sample.THICK_LINE),
                new LegendEntry("experiments.view.sweep.legend-sliders", ViewStyle.text(), PlotPainter.Sample.DASHED));
        top += PlotPainter.legend(g, x, top, width, legend) + 2;
        // two plots when there is room for them, else the shift only
        boolean both = h - top > 260;
        double each = (h - top - PlotPainter.PAD) / (both ? 2 : 1);
        panel(g, Messages.get("experiments.view.sweep.vs-shift"), p.shiftSweep(), p.shift().dx(),
                p.shift().scale() == 1 ? p.currentAccuracy() : Double.NaN, AxisKind.LINEAR, "d", x, top, width,
                each - 4);
        if (both) {
            panel(g, Messages.get("experiments.view.sweep.vs-scale"), p.scaleSweep(), p.shift().scale(),
                    p.shift().dx() == 0 ? p.currentAccuracy() : Double.NaN, AxisKind.LOG2, "s", x, top + each,
                    width, each);
        }
    }

    private static void panel(GraphicsContext g, String name, SeriesTable t, double marker, double markerY,
                              AxisKind xKind, String xName, double x, double y, double w, double h) {
        PlotPainter.textAt(g, name, x, y, ViewStyle.LABEL, ViewStyle.text());
        double[] xs = t.xValues();
        Range xr = Range.EMPTY.with(xs).with(marker);
        PlotBox b = PlotPainter.plot(g, x, y + 20, w, h - 20, xr, xKind, new Range(0.4, 1.0), AxisKind.PERCENT, true,
                xName);
        double[] ax = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            ax[i] = xKind.toAxis(xs[i]);
        }
        PlotPainter.reference(g, b, 0.5, ViewStyle.muted());
        PlotPainter.line(g, b, ax, t.column("accuracy_adabn"), ADABN, 3, null);
        PlotPainter.dots(g, b, ax, t.column("accuracy_adabn"), ADABN, 3.5);
        PlotPainter.line(g, b, ax, t.column("accuracy"), RUNNING, 3, null);
        PlotPainter.dots(g, b, ax, t.column("accuracy"), RUNNING, 3.5);
        double mx = b.px(xKind.toAxis(marker));
        g.setStroke(ViewStyle.text());
        g.setLineWidth(1.5);
        g.setLineDashes(5, 4);
        g.strokeLine(mx, b.top(), mx, b.bottom());
        g.setLineDashes((double[]) null);
        if (!Double.isNaN(markerY)) {
            double my = b.py(markerY);
            g.setFill(ViewStyle.text());
            g.fillOval(mx - 6, my - 6, 12, 12);
        }
    }

    static String percent(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }

    /** The eval accuracy shown as "Now" at the last draw (tests). */
    public double shownAccuracy() {
        return shownAccuracy;
    }

    public String headline() {
        return headline;
    }
}
