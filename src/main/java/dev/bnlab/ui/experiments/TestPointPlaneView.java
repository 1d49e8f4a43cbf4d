package dev.bnlab.ui.experiments;

import dev.bnlab.core.Dataset;
import dev.bnlab.core.DecisionGrid;
import dev.bnlab.i18n.Messages;
import dev.bnlab.plot.PlotBox;
import dev.bnlab.plot.Range;
import dev.bnlab.runtime.ExperimentFrame;
import dev.bnlab.runtime.ExperimentSession;
import dev.bnlab.runtime.InstanceProbe;
import dev.bnlab.runtime.ShiftProbe;
import dev.bnlab.ui.plot.DecisionSurfacePainter;
import dev.bnlab.ui.plot.PlotPainter.LegendEntry;
import dev.bnlab.ui.plot.PlotPainter;
import dev.bnlab.ui.plot.ProbabilityHeatMap;
import dev.bnlab.ui.plot.ViewStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;

/**
 * The test set (hollow circles, coloured by class; shifted as the covariate-shift sliders say) over the
 * eval-mode decision surface of the probed network. With a picker, a click selects the nearest test point, which
 * is drawn large with a cross-hair (single-instance inference).
 */
public final class TestPointPlaneView extends ExperimentView {

    private final String title;
    private final boolean picking;
    private final DecisionSurfacePainter surface = new DecisionSurfacePainter();
    private IntConsumer onPick = i -> { };
    private PlotBox box;
    private Dataset shown;
    private int selected = -1;

    /**
     * @param title   the view's title: a key of the experiments bundle (read at draw time) or a literal
     * @param picking whether clicks pick a test point
     */
    public TestPointPlaneView(String title, boolean picking) {
        super("test-point-plane-view");
        this.title = title;
        this.picking = picking;
        if (picking) {
            canvas().setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    int i = nearestTestPoint(unzoom(e.getX()), unzoom(e.getY()));
                    if (i >= 0) {
                        onPick.accept(i);
                    }
                }
            });
        }
    }

    @Override
    public String title() {
        return Messages.keyOrText(title);
    }

    /** Called with the index of the picked test point (FX thread). */
    public void setOnPick(IntConsumer c) {
        onPick = c;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h, ExperimentFrame f) {
        double top = PlotPainter.title(g, title(), w);
        Dataset data = f.dataset();
        if (data == null) {
            return;
        }
        ShiftProbe shift = f.probe(ShiftProbe.class).orElse(null);
        shown = shift == null ? data : data.withTestShift(shift.shift());
        selected = f.probe(InstanceProbe.class).map(InstanceProbe::testPoint).orElse(-1);
        List<LegendEntry> legend = legend(shift);
        double legendH = PlotPainter.legendHeight(w - 2 * PlotPainter.PAD, legend);
        DecisionGrid grid = f.grid();
        double half = grid == null ? ExperimentSession.PLANE : Math.max(grid.xMax(), -grid.xMin());
        box = PlotPainter.squarePlot(g, PlotPainter.PAD, top, w - 2 * PlotPainter.PAD, h - top - legendH - 10,
                new Range(-half, half), "x₁");
        surface.draw(g, box, grid);
        drawTestPoints(g, shown);
        if (selected >= 0 && selected < shown.testSize()) {
            drawSelection(g, shown, selected);
        }
        g.setStroke(ViewStyle.axis());
        g.setLineWidth(1);
        g.strokeRect(PlotPainter.snap(box.left()), PlotPainter.snap(box.top()), Math.round(box.width()),
                Math.round(box.height()));
        PlotPainter.legend(g, PlotPainter.PAD, box.bottom() + PlotPainter.TICK_ROW + 4, w - 2 * PlotPainter.PAD, legend);
    }

    private List<LegendEntry> legend(ShiftProbe shift) {
        List<LegendEntry> out = new ArrayList<>();
        out.add(new LegendEntry(shift != null && !shift.shift().isIdentity() ? "experiments.view.plane.class0-shifted"
                : "experiments.view.plane.class0", ViewStyle.class0(), PlotPainter.Sample.RING));
        out.add(new LegendEntry("experiments.view.plane.class1", ViewStyle.class1(), PlotPainter.Sample.RING));
        out.add(new LegendEntry(shift != null && shift.adaBnApplied() ? "experiments.view.plane.boundary-adabn"
                : "experiments.view.plane.boundary",
                ProbabilityHeatMap.CONTOUR, PlotPainter.Sample.LINE));
        if (picking) {
            out.add(new LegendEntry("experiments.view.plane.selected", ViewStyle.text(), PlotPainter.Sample.RING));
        }
        return out;
    }

    private void drawTestPoints(GraphicsContext g, Dataset d) {
        PlotPainter.clip(g, box);
        double r = Math.max(2.5, Math.min(4, box.width() / 140));
        g.setLineWidth(1.4);
        for (int i = 0; i < d.testSize(); i++) {
            g.setStroke(d.testLabel(i) > 0.5 ? ViewStyle.class1() : ViewStyle.class0());
            double x = box.px(d.testX(i, 0));
            double y = box.py(d.testX(i, 1));
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
        g.restore();
    }

    private void drawSelection(GraphicsContext g, Dataset d, int i) {
        double x = box.px(d.testX(i, 0));
        double y = box.py(d.testX(i, 1));
        Color c = d.testLabel(i) > 0.5 ? ViewStyle.class1() : ViewStyle.class0();
        PlotPainter.clip(g, box);
        g.setStroke(ViewStyle.text());
        g.setLineWidth(1);
        g.setLineDashes(4, 4);
        g.strokeLine(x, box.top(), x, box.bottom());
        g.strokeLine(box.left(), y, box.right(), y);
        g.setLineDashes((double[]) null);
        g.setFill(c);
        g.fillOval(x - 8, y - 8, 16, 16);
        g.setStroke(ViewStyle.text());
        g.setLineWidth(3);
        g.strokeOval(x - 11, y - 11, 22, 22);
        g.restore();
    }

    /** Index of the test point drawn nearest to the pixel (within 20 px), or −1. */
    public int nearestTestPoint(double px, double py) {
        if (box == null || shown == null) {
            return -1;
        }
        int best = -1;
        double bestD = 20 * 20;
        for (int i = 0; i < shown.testSize(); i++) {
            double dx = box.px(shown.testX(i, 0)) - px;
            double dy = box.py(shown.testX(i, 1)) - py;
            double d2 = dx * dx + dy * dy;
            if (d2 < bestD) {
                bestD = d2;
                best = i;
            }
        }
        return best;
    }

    /** Pixel (in the view) where test point i was drawn, or null before the first draw (tests). */
    public double[] pixelOf(int i) {
        if (box == null || shown == null) {
            return null;
        }
        return new double[] {box.px(shown.testX(i, 0)), box.py(shown.testX(i, 1))};
    }

    /** The test point drawn as selected, or −1. */
    public int selectedTestPoint() {
        return selected;
    }
}
