package dev.bnlab.plot;

import dev.bnlab.core.Dataset;
import dev.bnlab.core.DecisionGrid;

/**
 * The fixed, square window of the data plane the data view shows: [−3, 3]², the decision grid's rectangle and
 * every train and test point, rounded out to half units and widened to a square around its centre. Including
 * [−3, 3]² keeps the window the same whether or not a grid has arrived yet.
 */
public record DataPlaneBounds(double xMin, double xMax, double yMin, double yMax) {

    /** Always inside the window (the toy data sets lie in about [−2.5, 2.5]²). */
    public static final DataPlaneBounds DEFAULT = new DataPlaneBounds(-3, 3, -3, 3);

    public double span() {
        return xMax - xMin;
    }

    /** Data x → pixel column of a square plot of the given side: xMin at {@code left}, xMax at left + side. */
    public double pixelX(double x, double left, double side) {
        return left + (x - xMin) / span() * side;
    }

    /** Data y → pixel row: yMax at {@code top}, yMin at top + side (same scale as x). */
    public double pixelY(double y, double top, double side) {
        return top + side - (y - yMin) / span() * side;
    }

    public static DataPlaneBounds of(Dataset data, DecisionGrid grid) {
        double x0 = DEFAULT.xMin;
        double x1 = DEFAULT.xMax;
        double y0 = DEFAULT.yMin;
        double y1 = DEFAULT.yMax;
        if (grid != null) {
            x0 = min(x0, grid.xMin());
            x1 = max(x1, grid.xMax());
            y0 = min(y0, grid.yMin());
            y1 = max(y1, grid.yMax());
        }
        if (data != null) {
            for (int i = 0; i < data.trainSize(); i++) {
                x0 = min(x0, data.trainX(i, 0));
                x1 = max(x1, data.trainX(i, 0));
                y0 = min(y0, data.trainX(i, 1));
                y1 = max(y1, data.trainX(i, 1));
            }
            for (int i = 0; i < data.testSize(); i++) {
                x0 = min(x0, data.testX(i, 0));
                x1 = max(x1, data.testX(i, 0));
                y0 = min(y0, data.testX(i, 1));
                y1 = max(y1, data.testX(i, 1));
            }
        }
        // round outward to multiples of ½
        x0 = Math.floor(x0 * 2) / 2;
        x1 = Math.ceil(x1 * 2) / 2;
        y0 = Math.floor(y0 * 2) / 2;
        y1 = Math.ceil(y1 * 2) / 2;
        // square: both spans equal the larger one, centred on the box
        double span = Math.max(x1 - x0, y1 - y0);
        double cx = (x0 + x1) / 2;
        double cy = (y0 + y1) / 2;
        return new DataPlaneBounds(cx - span / 2, cx + span / 2, cy - span / 2, cy + span / 2);
    }

    /** NaN-tolerant min (skips non-finite points). */
    private static double min(double a, double b) {
        return Double.isFinite(b) ? Math.min(a, b) : a;
    }

    private static double max(double a, double b) {
        return Double.isFinite(b) ? Math.max(a, b) : a;
    }
}
