package dev.bnlab.ui.view;

import dev.bnlab.core.BatchArrays;
import dev.bnlab.core.Dataset;
import dev.bnlab.core.DecisionGrid;
import dev.bnlab.core.TestShift;
import dev.bnlab.i18n.Messages;
import dev.bnlab.plot.DataPlaneBounds;
import dev.bnlab.plot.Ticks;
import dev.bnlab.runtime.ViewFrame;
import dev.bnlab.ui.plot.ProbabilityHeatMap;
import dev.bnlab.ui.plot.ProbabilityTint;
import dev.bnlab.ui.plot.TextMeasure;
import dev.bnlab.ui.plot.ViewStyle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The 2-D data: training points (small, faint), test points (hollow), the current batch (large, outlined),
 * coloured by class, over the eval-mode decision surface p(class 1) as a heat map with its p = ½ contour.
 * The data window is fixed per data set and grid (square, nothing moves between steps).
 */
public final class DataView extends CanvasView {

    static final String TITLE_KEY = "views.data.title";
    static final Color OUTLINE = Color.web("#1a1a1a");
    static final Color MARKER_GREY = Color.web("#8a8a8a");

    private static final double PAD = 8;
    private static final double TICK_GAP = 4;
    private static final double LEGEND_GAP = 12;
    private static final Color OUTSIDE_GRID = Color.web("#eeeeee");

    private DataPlaneBounds bounds = DataPlaneBounds.DEFAULT;
    private Dataset boundsData;
    private DecisionGrid boundsGrid;
    private final ProbabilityHeatMap heat = new ProbabilityHeatMap();
    private Rectangle2D plot = Rectangle2D.EMPTY;
    private boolean legendRight;
    private String shiftText;
    private boolean undefinedSurface;
    private final DataPointsLayer points = new DataPointsLayer();
    private boolean cachePoints = true;

    public DataView() {
        super("data-view");
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h, ViewFrame f) {
        updateBounds(f.dataset(), f.grid());
        BatchArrays batch = f.snapshot().batch();
        shiftText = f.dataset() == null ? null : shiftText(f.dataset().config.testShift());

        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(ViewStyle.text());
        g.setFont(ViewStyle.title());
        g.fillText(Messages.get(TITLE_KEY), PAD, PAD);
        double top = PAD + 26;
        if (shiftText != null) {
            g.setFont(ViewStyle.SMALL);
            g.setFill(ViewStyle.eval());
            g.fillText(shiftText, PAD, top - 2);
            top += 18;
        }

        List<LegendItem> legend = legendItems(batch);
        layout(w, h, top, legend);
        drawHeatMap(g, f.grid());
        drawPoints(g, f.dataset(), batch);
        drawAxes(g);
        drawLegend(g, legend, w, h);
        if (undefinedSurface) {
            note(g, Messages.get("views.data.noBoundary"), Messages.get("views.data.weightsNaN"));
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    /** Recomputes the window only when the data set or the grid's rectangle changes. */
    private void updateBounds(Dataset data, DecisionGrid grid) {
        boolean sameGrid = grid == boundsGrid || grid != null && boundsGrid != null
                && grid.xMin() == boundsGrid.xMin() && grid.xMax() == boundsGrid.xMax()
                && grid.yMin() == boundsGrid.yMin() && grid.yMax() == boundsGrid.yMax();
        if (data != boundsData || !sameGrid) {
            bounds = DataPlaneBounds.of(data, grid);
            boundsData = data;
            boundsGrid = grid;
        }
    }

    static String shiftText(TestShift s) {
        if (s == null || s.isIdentity()) {
            return null;
        }
        boolean shifted = s.dx() != 0 || s.dy() != 0;
        boolean scaled = s.scale() != 1;
        if (shifted && scaled) {
            return Messages.format("views.data.testSetShiftedScaled", compact(s.dx()), compact(s.dy()), compact(s.scale()));
        }
        if (shifted) {
            return Messages.format("views.data.testSetShifted", compact(s.dx()), compact(s.dy()));
        }
        return scaled ? Messages.format("views.data.testSetScaled", compact(s.scale())) : Messages.get("views.data.testSet");
    }

    /** Up to 3 significant digits without trailing zeros, with a real minus sign: 0.5, −0.25, 1.3. */
    static String compact(double v) {
        String t = new BigDecimal(String.format(Locale.ROOT, "%.3g", v)).stripTrailingZeros()
                .toPlainString();
        return t.startsWith("-") ? "\u2212" + t.substring(1) : t;
    }

    // ------------------------------------------------------------------ layout

    /** Places the square plot and decides whether the legend goes to its right or below it. */
    private void layout(double w, double h, double top, List<LegendItem> legend) {
        double tickW = 0;
        for (double t : Ticks.ticks(bounds.yMin(), bounds.yMax(), 8)) {
            tickW = Math.max(tickW, TextMeasure.width(ViewStyle.SMALL, Ticks.label(t, 1)));
        }
        // "x₂" sits at the top of the tick-label column
        double left = PAD + Math.max(tickW, TextMeasure.width(ViewStyle.LABEL, "x₂")) + TICK_GAP;
        double bottom = h - PAD - 18;
        double availH = bottom - top;
        // legend at the right: one column
        double columnW = 0;
        for (LegendItem it : legend) {
            columnW = Math.max(columnW, it.width());
        }
        double sideRight = Math.min(availH, w - left - PAD - LEGEND_GAP - columnW);
        // legend below: rows that flow
        double rowsH = flowHeight(legend, w - 2 * PAD);
        double sideBelow = Math.min(availH - rowsH - 6, w - left - PAD);
        legendRight = sideRight >= sideBelow;
        double side = Math.max(20, Math.floor(legendRight ? sideRight : sideBelow));
        plot = new Rectangle2D(Math.floor(left), Math.floor(top), side, side);
    }

    // ------------------------------------------------------------------ drawing

    private void drawHeatMap(GraphicsContext g, DecisionGrid grid) {
        // light grey where no probability was computed
        g.setFill(ViewStyle.panel(OUTSIDE_GRID));
        g.fillRect(plot.getMinX(), plot.getMinY(), plot.getWidth(), plot.getHeight());
        undefinedSurface = false;
        if (grid == null || grid.columns() < 1 || grid.rows() < 1) {
            return;
        }
        int undefined = heat.fill(grid);
        undefinedSurface = undefined * 2 > grid.rows() * grid.columns();
        double x0 = px(grid.xMin());
        double x1 = px(grid.xMax());
        double y0 = py(grid.yMax());
        double y1 = py(grid.yMin());
        clipToPlot(g);
        // nearest-neighbour: half the cost of bilinear scaling on the software pipeline; the grid is fine enough
        g.setImageSmoothing(false);
        g.drawImage(heat.image(), x0, y0, x1 - x0, y1 - y0);
        g.setImageSmoothing(true);
        ProbabilityHeatMap.strokeContour(g, grid, this::px, this::py);
        g.restore();
    }

    private final MarkerSprites sprites = new MarkerSprites();

    private void drawPoints(GraphicsContext g, Dataset data, BatchArrays batch) {
        clipToPlot(g);
        if (cachePoints) {
            points.draw(g, data, plot, bounds, renderScale());
        } else if (data != null) {
            DataPointsLayer.drawMarkers(g, data, plot, bounds);
        }
        if (batch != null && batch.x1().size() == batch.size()) {
            double rb = batchRadius(batch.size());
            // one pre-rendered sprite per class: a blit per point instead of a filled and a stroked oval
            MarkerSprites.Sprite s0 = sprites.get(ViewStyle.class0(), OUTLINE, rb, 1.5, renderScale());
            MarkerSprites.Sprite s1 = sprites.get(ViewStyle.class1(), OUTLINE, rb, 1.5, renderScale());
            for (int i = 0; i < batch.size(); i++) {
                double x = px(batch.x0().get(i));
                double y = py(batch.x1().get(i));
                if (plot.contains(x, y)) {
                    (batch.labels().get(i) > 0.5 ? s1 : s0).drawCentered(g, x, y);
                }
            }
        }
        g.restore();
    }

    /** Batch markers: larger with a larger plot, smaller for big batches so they do not hide everything. */
    private double batchRadius(int n) {
        double crowd = n <= 64 ? 1 : n <= 256 ? 0.8 : 0.62;
        return 4.2 * crowd * Math.max(1, Math.min(1.8, plot.getWidth() / 300));
    }

    /** A two-line message on a white box in the middle of the plot. */
    private void note(GraphicsContext g, String line1, String line2) {
        g.setFont(ViewStyle.LABEL);
        double tw = Math.max(TextMeasure.width(ViewStyle.LABEL, line1), TextMeasure.width(ViewStyle.LABEL, line2));
        double cx = plot.getMinX() + plot.getWidth() / 2;
        double cy = plot.getMinY() + plot.getHeight() / 2;
        g.setFill(ViewStyle.labelBox(0.92));
        g.fillRect(cx - tw / 2 - 8, cy - 22, tw + 16, 44);
        g.setFill(ViewStyle.text());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(line1, cx, cy - 10);
        g.fillText(line2, cx, cy + 10);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
    }

    private void drawAxes(GraphicsContext g) {
        g.setStroke(ViewStyle.axis());
        g.setLineWidth(1);
        g.strokeRect(plot.getMinX() + 0.5, plot.getMinY() + 0.5, plot.getWidth() - 1, plot.getHeight() - 1);
        g.setFont(ViewStyle.SMALL);
        g.setFill(ViewStyle.muted());
        int maxTicks = (int) Math.max(2, Math.min(10, plot.getWidth() / 70));
        double[] ticks = Ticks.ticks(bounds.xMin(), bounds.xMax(), maxTicks);
        String[] labels = Ticks.labels(ticks);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        String xName = "x₁";
        double nameW = TextMeasure.width(ViewStyle.LABEL, xName);
        for (int i = 0; i < ticks.length; i++) {
            double x = Math.floor(px(ticks[i])) + 0.5;
            g.strokeLine(x, plot.getMaxY(), x, plot.getMaxY() + 4);
            double half = TextMeasure.width(ViewStyle.SMALL, labels[i]) / 2;
            if (x + half < plot.getMaxX() - nameW - 6) {
                g.fillText(labels[i], x, plot.getMaxY() + 5);
            }
        }
        ticks = Ticks.ticks(bounds.yMin(), bounds.yMax(), maxTicks);
        labels = Ticks.labels(ticks);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < ticks.length; i++) {
            double y = Math.floor(py(ticks[i])) + 0.5;
            g.strokeLine(plot.getMinX() - 4, y, plot.getMinX(), y);
            // skip labels under "x₂" and in the bottom corner next to the x labels
            if (y - 8 > plot.getMinY() + 18 && y < plot.getMaxY() - 6) {
                g.fillText(labels[i], plot.getMinX() - 5, y);
            }
        }
        g.setFont(ViewStyle.LABEL);
        g.setFill(ViewStyle.text());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(xName, plot.getMaxX(), plot.getMaxY() + 3);
        g.fillText("x₂", plot.getMinX() - 5, plot.getMinY());
        g.setTextAlign(TextAlignment.LEFT);
    }

    // ------------------------------------------------------------------ legend

    /** One legend entry: a marker drawn in a 16 × 16 box, then text. */
    private record LegendItem(Marker marker, String text, double width) {
    }

    @FunctionalInterface
    private interface Marker {
        void draw(GraphicsContext g, double cx, double cy);
    }

    private List<LegendItem> legendItems(BatchArrays batch) {
        List<LegendItem> items = new ArrayList<>();
        items.add(item((g, x, y) -> dot(g, x, y, 5, ViewStyle.class0(), null), Messages.get("views.data.class0")));
        items.add(item((g, x, y) -> dot(g, x, y, 5, ViewStyle.class1(), null), Messages.get("views.data.class1")));
        items.add(item((g, x, y) -> dot(g, x, y, 2.2, MARKER_GREY, null), Messages.get("views.data.train")));
        items.add(item((g, x, y) -> {
            g.setStroke(MARKER_GREY);
            g.setLineWidth(1.4);
            g.strokeOval(x - 4, y - 4, 8, 8);
        }, Messages.get("views.data.test")));
        String batchText = batch == null ? Messages.get("views.data.batch")
                : Messages.format("views.data.batchN", Integer.toString(batch.size()));
        items.add(item((g, x, y) -> dot(g, x, y, 5, MARKER_GREY, OUTLINE), batchText));
        items.add(item((g, x, y) -> {
            g.setStroke(ViewStyle.ink(ProbabilityHeatMap.CONTOUR));
            g.setLineWidth(2);
            g.strokeLine(x - 8, y, x + 8, y);
        }, Messages.get("views.data.boundary")));
        items.add(item((g, x, y) -> {
            for (int i = 0; i < 16; i++) {
                g.setFill(ProbabilityTint.of(i / 15.0));
                g.fillRect(x - 8 + i, y - 6, 1.2, 12);
            }
            g.setStroke(ViewStyle.grid());
            g.setLineWidth(1);
            g.strokeRect(x - 8, y - 6, 16, 12);
        }, Messages.get("views.data.probability")));
        return items;
    }

    private static LegendItem item(Marker m, String text) {
        return new LegendItem(m, text, 22 + TextMeasure.width(ViewStyle.SMALL, text));
    }

    private static void dot(GraphicsContext g, double x, double y, double r, Color fill, Color outline) {
        g.setFill(fill);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        if (outline != null) {
            g.setStroke(outline);
            g.setLineWidth(1.5);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    private static final double ROW = 19;

    private static double flowHeight(List<LegendItem> items, double width) {
        int rows = 1;
        double x = 0;
        for (LegendItem it : items) {
            if (x > 0 && x + it.width() > width) {
                rows++;
                x = 0;
            }
            x += it.width() + 14;
        }
        return rows * ROW;
    }

    private void drawLegend(GraphicsContext g, List<LegendItem> items, double w, double h) {
        g.setFont(ViewStyle.SMALL);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        if (legendRight) {
            double x = plot.getMaxX() + LEGEND_GAP;
            double y = plot.getMinY() + 8;
            for (LegendItem it : items) {
                drawItem(g, it, x, y);
                y += ROW + 2;
            }
        } else {
            double x0 = PAD;
            double x = x0;
            double y = plot.getMaxY() + 18 + 6 + ROW / 2;
            for (LegendItem it : items) {
                if (x > x0 && x + it.width() > w - PAD) {
                    x = x0;
                    y += ROW;
                }
                drawItem(g, it, x, y);
                x += it.width() + 14;
            }
        }
        g.setTextBaseline(VPos.TOP);
    }

    private static void drawItem(GraphicsContext g, LegendItem it, double x, double y) {
        it.marker().draw(g, x + 8, y);
        g.setFill(ViewStyle.text());
        g.setFont(ViewStyle.SMALL);
        g.fillText(it.text(), x + 22, y);
    }

    // ------------------------------------------------------------------ mapping

    /**
     * Saves the graphics state before drawing inside the plot. No clip (very slow on the software pipeline):
     * the plot bounds already cover the grid and the data, and batch points outside it are skipped.
     */
    private void clipToPlot(GraphicsContext g) {
        g.save();
    }

    /** Data x → pixel column: xMin at the left edge, xMax at the right. */
    double px(double x) {
        return bounds.pixelX(x, plot.getMinX(), plot.getWidth());
    }

    /** Data y → pixel row: yMax at the top, yMin at the bottom (same scale as x: square). */
    double py(double y) {
        return bounds.pixelY(y, plot.getMinY(), plot.getHeight());
    }

    /** Device pixels per layout pixel of the window showing this view (1 off-screen). */
    private double renderScale() {
        var scene = getScene();
        return scene == null || scene.getWindow() == null ? 1 : scene.getWindow().getRenderScaleX();
    }

    // ------------------------------------------------------------------ state for tests

    /** Draw train and test markers directly instead of from the cached image (for comparing the two). */
    void setCachePoints(boolean on) {
        cachePoints = on;
    }

    /** How many times the train/test marker image was built. */
    long pointsLayerBuilds() {
        return points.builds();
    }

    DataPlaneBounds bounds() {
        return bounds;
    }

    Rectangle2D plotBounds() {
        return plot;
    }

    /** True when the last grid was mostly NaN (diverged weights) and the view said so. */
    boolean surfaceUndefined() {
        return undefinedSurface;
    }

    boolean legendAtRight() {
        return legendRight;
    }

    /** The test-shift note of the last draw, or null when the test set is not shifted. */
    String shiftNote() {
        return shiftText;
    }
}
