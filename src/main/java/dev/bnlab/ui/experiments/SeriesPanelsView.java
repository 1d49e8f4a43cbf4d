package dev.bnlab.ui.experiments;

import dev.bnlab.experiments.SeriesTable;
import dev.bnlab.i18n.Messages;
import dev.bnlab.plot.AxisKind;
import dev.bnlab.plot.PlotBox;
import dev.bnlab.plot.Range;
import dev.bnlab.plot.Readouts;
import dev.bnlab.plot.TrailingMean;
import dev.bnlab.runtime.ExperimentFrame;
import dev.bnlab.runtime.RunLabels;
import dev.bnlab.ui.plot.PlotPainter.LegendEntry;
import dev.bnlab.ui.plot.PlotPainter;
import dev.bnlab.ui.plot.TextMeasure;
import dev.bnlab.ui.plot.ViewStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Stacked plots of an experiment's series (loss, accuracy, ICS, ...), one colour per run, with a legend naming
 * the runs and the latest value of each line next to the plot's name. The x axis of training series spans the
 * planned steps, so curves grow from left to right while the experiment plays.
 */
public final class SeriesPanelsView extends ExperimentView {

    /** How a line is drawn. */
    public enum Style {
        /** Faint raw values and a bold trailing mean (noisy per-batch series). */
        SMOOTHED,
        /** A plain line. */
        LINE,
        /** A thin plain line (a second line of the same colour). */
        THIN,
        /** A line with a dot at each point (few points). */
        DOTS,
        /** A thin dashed line. */
        DASHED
    }

    /**
     * One line: a value column of the panel's series group.
     *
     * @param column column name in the series group
     * @param label  name for the readout (a key of the experiments bundle, or a literal such as a run label)
     * @param color  colour
     * @param style  how it is drawn
     */
    public record Line(String column, String label, Color color, Style style) {
    }

    /**
     * One plot.
     *
     * @param title     its name, drawn above it: a key of the experiments bundle (null: the series group's name)
     * @param source    the series group for a frame (null when there is none yet)
     * @param lines     the lines for a frame
     * @param yKind     y axis kind
     * @param xKind     x axis kind
     * @param xName     x axis name (a key such as "experiments.view.axis.step", or a symbol such as "a")
     * @param overSteps x spans 0..planned steps (else the data's range)
     * @param fromZero  y starts at 0 for non-negative data
     * @param reference a dashed reference value on the y axis, or NaN
     * @param refLabel  its label, or null
     */
    public record Panel(String title, Function<ExperimentFrame, SeriesTable> source,
                        Function<ExperimentFrame, List<Line>> lines, AxisKind yKind, AxisKind xKind, String xName,
                        boolean overSteps, boolean fromZero, double reference, String refLabel) {

        /** A panel of the result's training series {@code series}, over the planned steps. */
        static Panel steps(String title, String series, Function<ExperimentFrame, List<Line>> lines, AxisKind yKind,
                           boolean fromZero) {
            return new Panel(title, f -> find(f, series), lines, yKind, AxisKind.LINEAR, "experiments.view.axis.step",
                    true, fromZero,
                    Double.NaN, null);
        }

        /** A panel of a sweep (x = shift, scale factor, ...) over the data's x range. */
        static Panel sweep(String title, Function<ExperimentFrame, SeriesTable> source,
                           Function<ExperimentFrame, List<Line>> lines, AxisKind yKind, AxisKind xKind, String xName,
                           boolean fromZero) {
            return new Panel(title, source, lines, yKind, xKind, xName, false, fromZero, Double.NaN, null);
        }

        Panel withReference(double y, String label) {
            return new Panel(title, source, lines, yKind, xKind, xName, overSteps, fromZero, y, label);
        }
    }

    private final String title;
    private final List<Panel> panels;
    private final Function<ExperimentFrame, List<LegendEntry>> legend;
    private final List<List<String>> drawnLines = new ArrayList<>();

    public SeriesPanelsView(String title, String styleClass, List<Panel> panels,
                            Function<ExperimentFrame, List<LegendEntry>> legend) {
        super(styleClass);
        this.title = title;
        this.panels = List.copyOf(panels);
        this.legend = legend;
    }

    @Override
    public String title() {
        return Messages.keyOrText(title);
    }

    /** One line per run, column {@code prefix + label}. */
    static Function<ExperimentFrame, List<Line>> perRun(String prefix, Style style) {
        return f -> {
            List<Line> out = new ArrayList<>();
            for (int i = 0; i < f.runs().size(); i++) {
                String l = f.runs().get(i).label();
                out.add(new Line(prefix + l, l, RunPalette.of(i), style));
            }
            return out;
        };
    }

    /** The legend of the runs: one colour each, the noisy run with its strength. */
    static List<LegendEntry> runLegend(ExperimentFrame f) {
        List<LegendEntry> out = new ArrayList<>();
        for (int i = 0; i < f.runs().size(); i++) {
            out.add(new LegendEntry(RunLabels.describe(f.runs().get(i)), RunPalette.of(i), PlotPainter.Sample.THICK_LINE));
        }
        return out;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h, ExperimentFrame f) {
        double top = PlotPainter.title(g, title(), w);
        List<LegendEntry> entries = legend.apply(f);
        top += PlotPainter.legend(g, PlotPainter.PAD, top - 4, w - 2 * PlotPainter.PAD, entries);
        drawnLines.clear();
        int k = panels.size();
        double header = 20;
        double avail = h - top - PlotPainter.PAD;
        double each = avail / k;
        for (int p = 0; p < k; p++) {
            Panel panel = panels.get(p);
            boolean xLabels = p == k - 1 || !sameX(panel, panels.get(p + 1));
            double y = top + p * each;
            drawPanel(g, f, panel, PlotPainter.PAD, y, w - 2 * PlotPainter.PAD, each - 4, header, xLabels);
        }
    }

    private static boolean sameX(Panel a, Panel b) {
        return a.overSteps() && b.overSteps();
    }

    private void drawPanel(GraphicsContext g, ExperimentFrame f, Panel panel, double x, double y, double w, double h,
                           double header, boolean xLabels) {
        List<Line> lines = panel.lines().apply(f);
        SeriesTable t = panel.source().apply(f);
        List<String> drawn = new ArrayList<>();
        drawnLines.add(drawn);
        String name = panel.title() != null ? Messages.keyOrText(panel.title()) : t == null ? "" : t.name();
        PlotPainter.textAt(g, name, x, y, ViewStyle.LABEL, ViewStyle.text());
        // the latest value means something over steps; a sweep's last row is just its largest x
        if (panel.overSteps() && t != null && t.rowCount() > 0) {
            drawReadouts(g, t, lines, x + TextMeasure.width(ViewStyle.LABEL, name) + 16, y, x + w);
        }
        double[] xs = t == null ? new double[0] : t.xValues();
        Range xr = panel.overSteps() ? new Range(0, Math.max(10, f.settings().steps())) : Range.EMPTY.with(xs);
        if (xr.isEmpty()) {
            xr = new Range(0, 1);
        } else if (!panel.overSteps()) {
            // the first and last dots of a sweep sit inside the frame, not on it (padded in axis units)
            AxisKind k = panel.xKind();
            Range axis = new Range(k.toAxis(xr.lo()), k.toAxis(xr.hi())).padded(0.05);
            xr = new Range(k.fromAxis(axis.lo()), k.fromAxis(axis.hi()));
        }
        Range yr = Range.EMPTY;
        if (t != null) {
            for (Line l : lines) {
                if (t.columnIndex(l.column()) >= 0) {
                    yr = yr.with(valuesFor(t, l));
                }
            }
        }
        if (!Double.isNaN(panel.reference())) {
            yr = yr.with(panel.reference());
        }
        yr = panel.yKind() == AxisKind.PERCENT ? percentRange(yr, panel.fromZero())
                : panel.fromZero() ? yr.paddedFromZero(0.08) : yr.padded(0.08);
        PlotBox b = PlotPainter.plot(g, x, y + header, w, h - header, xr, panel.xKind(), yr, panel.yKind(), xLabels,
                panel.xName(), TextMeasure.width(ViewStyle.SMALL, "100 %"));
        if (t == null || t.rowCount() == 0) {
            if (!Double.isNaN(panel.reference())) {
                PlotPainter.reference(g, b, panel.yKind().toAxis(panel.reference()), ViewStyle.muted(), panel.refLabel());
            }
            String msg = Messages.get("experiments.view." + (panel.overSteps() ? "press-play" : "no-data-yet"));
            PlotPainter.message(g, msg, b.left(), b.top(), b.width(), b.height());
            return;
        }
        double[] ax = toAxis(xs, panel.xKind());
        for (Line l : lines) {
            if (t.columnIndex(l.column()) < 0) {
                continue;
            }
            double[] v = toAxis(t.column(l.column()), panel.yKind());
            if (!hasFinite(v)) {
                continue;
            }
            drawn.add(l.label());
            switch (l.style()) {
                case SMOOTHED -> {
                    PlotPainter.line(g, b, ax, v, withAlpha(l.color(), 0.28), 1.2, null);
                    PlotPainter.line(g, b, ax, TrailingMean.of(v, TrailingMean.windowFor(v.length)), l.color(), 2.6, null);
                }
                case LINE -> PlotPainter.line(g, b, ax, v, l.color(), 2.6, null);
                case THIN -> PlotPainter.line(g, b, ax, v, l.color(), 1.3, null);
                case DOTS -> {
                    PlotPainter.line(g, b, ax, v, l.color(), 2.4, null);
                    if (v.length <= 40) {
                        PlotPainter.dots(g, b, ax, v, l.color(), 3.5);
                    }
                }
                case DASHED -> PlotPainter.line(g, b, ax, v, l.color(), 1.8, new double[] {6, 4});
            }
            if (v.length <= 3) {
                // a line needs two points: show the first ones as dots
                PlotPainter.dots(g, b, ax, v, l.color(), 3.5);
            }
        }
        if (!Double.isNaN(panel.reference())) {
            PlotPainter.reference(g, b, panel.yKind().toAxis(panel.reference()), ViewStyle.muted(), panel.refLabel());
        }
    }

    /** Values the y axis must show: the trailing mean for smoothed lines (the raw noise may leave the plot). */
    private static double[] valuesFor(SeriesTable t, Line l) {
        double[] v = t.column(l.column());
        return l.style() == Style.SMOOTHED ? TrailingMean.of(v, TrailingMean.windowFor(v.length)) : v;
    }

    /** "bn 0.366  nobn 0.268", right-aligned, each in its line's colour; dropped when it does not fit. */
    private static void drawReadouts(GraphicsContext g, SeriesTable t, List<Line> lines, double minX, double y,
                                     double right) {
        List<String> texts = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        double total = 0;
        for (Line l : lines) {
            if (t.columnIndex(l.column()) < 0) {
                continue;
            }
            double v = latest(t, l);
            String s = Messages.keyOrText(l.label()) + " " + Readouts.num(v);
            texts.add(s);
            colors.add(l.color());
            total += TextMeasure.width(ViewStyle.SMALL, s) + 12;
        }
        if (right - total < minX) {
            return;
        }
        double x = right;
        for (int i = texts.size() - 1; i >= 0; i--) {
            PlotPainter.text(g, texts.get(i), x, y + 2, ViewStyle.SMALL, readable(colors.get(i)), TextAlignment.RIGHT,
                    VPos.TOP);
            x -= TextMeasure.width(ViewStyle.SMALL, texts.get(i)) + 12;
        }
    }

    /** The latest value of a line: its trailing mean for smoothed lines, else the last finite value. */
    static double latest(SeriesTable t, Line l) {
        double[] v = valuesFor(t, l);
        for (int i = v.length - 1; i >= 0; i--) {
            if (Double.isFinite(v[i])) {
                return v[i];
            }
        }
        return Double.NaN;
    }

    /** 0..100 %, or from a round value below the data up to 100 %. */
    private static Range percentRange(Range r, boolean fromZero) {
        double lo = r.isEmpty() || fromZero ? 0 : Math.min(0.4, Math.floor(r.lo() * 10) / 10);
        return new Range(Math.max(0, lo), 1.0);
    }

    private static double[] toAxis(double[] v, AxisKind k) {
        if (k != AxisKind.LOG2) {
            return v;
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] > 0 ? k.toAxis(v[i]) : Double.NaN;
        }
        return out;
    }

    private static boolean hasFinite(double[] v) {
        for (double x : v) {
            if (Double.isFinite(x)) {
                return true;
            }
        }
        return false;
    }

    static SeriesTable find(ExperimentFrame f, String name) {
        for (SeriesTable t : f.result().series()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    static Color withAlpha(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }

    /** Darkens a colour that is too light to read as text on white. */
    static Color readable(Color c) {
        if (ViewStyle.theme().dark()) {
            return ViewStyle.ink(c);
        }
        double lum = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return lum > 0.6 ? c.deriveColor(0, 1, 0.7, 1) : c;
    }

    // ------------------------------------------------------------------ state for tests

    /** Per panel, the labels of the lines drawn at the last draw (lines with at least one finite value). */
    public List<List<String>> drawnLines() {
        return drawnLines.stream().map(List::copyOf).toList();
    }

    public List<Panel> panels() {
        return panels;
    }
}
