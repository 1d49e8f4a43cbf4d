package dev.bnlab.ui.view;

import dev.bnlab.core.HistoryTable;

/**
 * A long series reduced to one pixel column at a time for drawing: per column the first, lowest, highest
 * and last value of the rows whose x falls in it. Drawing first→min→max→last per column keeps every spike
 * visible with at most 4 points per column, however many rows there are. NaN values are skipped.
 */
public final class ColumnEnvelope {

    private final double[] first;
    private final double[] min;
    private final double[] max;
    private final double[] last;
    private final int[] rows;

    private ColumnEnvelope(int columns) {
        first = new double[columns];
        min = new double[columns];
        max = new double[columns];
        last = new double[columns];
        rows = new int[columns];
    }

    /**
     * Reduces column {@code yCol} of {@code table} against column {@code xCol} (ascending, e.g. the step) over
     * [xLo, xHi] to {@code columns} equal columns.
     */
    public static ColumnEnvelope of(HistoryTable table, int xCol, int yCol, double xLo, double xHi, int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("need at least one column, got " + columns);
        }
        ColumnEnvelope e = new ColumnEnvelope(columns);
        if (!(xHi > xLo) || table.rows() == 0) {
            return e;
        }
        // column c = floor((x − xLo) / (xHi − xLo) · columns), rows with x in [xLo, xHi] only
        double scale = columns / (xHi - xLo);
        for (int r = firstRowAtOrAfter(table, xCol, xLo); r < table.rows(); r++) {
            double x = table.get(r, xCol);
            if (x > xHi) {
                break;
            }
            double y = table.get(r, yCol);
            if (Double.isNaN(y) || Double.isNaN(x)) {
                continue;
            }
            int c = (int) Math.min(columns - 1, Math.max(0, Math.floor((x - xLo) * scale)));
            if (e.rows[c] == 0) {
                e.first[c] = y;
                e.min[c] = y;
                e.max[c] = y;
            } else {
                e.min[c] = Math.min(e.min[c], y);
                e.max[c] = Math.max(e.max[c], y);
            }
            e.last[c] = y;
            e.rows[c]++;
        }
        return e;
    }

    /** Index of the first row with x ≥ xLo (rows are ascending in x). */
    static int firstRowAtOrAfter(HistoryTable t, int xCol, double xLo) {
        int a = 0;
        int b = t.rows();
        while (a < b) {
            int m = (a + b) >>> 1;
            if (t.get(m, xCol) < xLo) {
                a = m + 1;
            } else {
                b = m;
            }
        }
        return a;
    }

    public int columns() {
        return rows.length;
    }

    /** Rows that fell in column c (0 = empty column). */
    public int rows(int c) {
        return rows[c];
    }

    public double first(int c) {
        return first[c];
    }

    public double min(int c) {
        return min[c];
    }

    public double max(int c) {
        return max[c];
    }

    public double last(int c) {
        return last[c];
    }

    private static double clampY(PlotBox box, double v) {
        return Math.max(box.top(), Math.min(box.bottom(), box.py(v)));
    }

    /** Lowest value over all columns (NaN when empty). */
    public double overallMin() {
        double m = Double.NaN;
        for (int c = 0; c < rows.length; c++) {
            if (rows[c] > 0 && !(min[c] >= m)) {
                m = min[c];
            }
        }
        return m;
    }

    /** Highest value over all columns (NaN when empty). */
    public double overallMax() {
        double m = Double.NaN;
        for (int c = 0; c < rows.length; c++) {
            if (rows[c] > 0 && !(max[c] <= m)) {
                m = max[c];
            }
        }
        return m;
    }

    /**
     * The polyline to draw in {@code box}: column c spans pixels [left + c·w/columns, …); y is clamped to the
     * box (so no clip is needed). Returns the number of points written to xs/ys (room for 4·columns each).
     */
    public int polyline(PlotBox box, double[] xs, double[] ys) {
        int k = 0;
        double colW = box.width() / rows.length;
        for (int c = 0; c < rows.length; c++) {
            if (rows[c] == 0) {
                continue;
            }
            double x = box.left() + (c + 0.5) * colW;
            if (rows[c] == 1) {
                xs[k] = x;
                ys[k++] = clampY(box, first[c]);
                continue;
            }
            boolean rising = last[c] >= first[c];
            xs[k] = x;
            ys[k++] = clampY(box, first[c]);
            xs[k] = x;
            ys[k++] = clampY(box, rising ? min[c] : max[c]);
            xs[k] = x;
            ys[k++] = clampY(box, rising ? max[c] : min[c]);
            xs[k] = x;
            ys[k++] = clampY(box, last[c]);
        }
        return k;
    }

    /**
     * One point per filled column, at the column's last value: for smooth series (running and population
     * statistics) this is as exact as {@link #polyline} on screen with a quarter of the segments to rasterize.
     */
    public int smoothPolyline(PlotBox box, double[] xs, double[] ys) {
        int k = 0;
        double colW = box.width() / rows.length;
        for (int c = 0; c < rows.length; c++) {
            if (rows[c] > 0) {
                xs[k] = box.left() + (c + 0.5) * colW;
                ys[k++] = clampY(box, last[c]);
            }
        }
        return k;
    }

    /** Rows binned in all columns together. */
    public int totalRows() {
        int s = 0;
        for (int r : rows) {
            s += r;
        }
        return s;
    }

    /**
     * A closed band for dense series: along each filled column's max, then back along its min, at least 1 px
     * thick (y clamped to the box). Filling it costs far less than stroking the zig-zag of the same data.
     * Returns the number of points written (room for 2·columns each).
     */
    public int band(PlotBox box, double[] xs, double[] ys) {
        double colW = box.width() / rows.length;
        int k = 0;
        for (int c = 0; c < rows.length; c++) {
            if (rows[c] > 0) {
                xs[k] = box.left() + (c + 0.5) * colW;
                ys[k++] = clampY(box, max[c]);
            }
        }
        int top = k;
        for (int i = top - 1, c = rows.length - 1; c >= 0; c--) {
            if (rows[c] > 0) {
                double yMax = ys[i];
                double yMin = clampY(box, min[c]);
                // screen y grows downwards: the min is below the max; keep at least 1 px between them
                xs[k] = xs[i];
                ys[k++] = Math.max(yMin, yMax + 1);
                i--;
            }
        }
        return k;
    }
}
