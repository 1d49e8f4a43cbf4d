package dev.bnlab.plot;

import dev.bnlab.core.HistoryTable;
import java.util.Arrays;

/**
 * The one downsampler of the views in both modes: a long series reduced to one pixel column at a time, per column
 * the first, lowest, highest and last value (and the mean) of the points whose x falls in it. Drawing
 * first→min→max→last per column (the "M4" rule) keeps every spike visible with at most 4 points per column,
 * however many points there are; non-finite values are skipped. Reusable: {@link #bin} overwrites the previous
 * result without allocating once the buffers are large enough.
 */
public final class ColumnEnvelope {

    private double[] first = new double[0];
    private double[] min = new double[0];
    private double[] max = new double[0];
    private double[] last = new double[0];
    private double[] sum = new double[0];
    private int[] rows = new int[0];
    private int columns;

    /** An empty envelope; fill it with {@link #bin}. */
    public ColumnEnvelope() {
    }

    /**
     * Reduces column {@code yCol} of {@code table} against column {@code xCol} (ascending, e.g. the step) over
     * [xLo, xHi] to {@code columns} equal columns.
     */
    public static ColumnEnvelope of(HistoryTable table, int xCol, int yCol, double xLo, double xHi, int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("need at least one column, got " + columns);
        }
        ColumnEnvelope e = new ColumnEnvelope();
        e.reset(columns);
        if (!(xHi > xLo) || table.rows() == 0) {
            return e;
        }
        for (int r = firstRowAtOrAfter(table, xCol, xLo); r < table.rows(); r++) {
            double x = table.get(r, xCol);
            if (x > xHi) {
                break;
            }
            e.add(x, table.get(r, yCol), xLo, xHi);
        }
        return e;
    }

    /**
     * Bins the points i &lt; n with x in [xLo, xHi] into {@code columns} equal-width columns (any order of x):
     * column = ⌊(x − xLo)/(xHi − xLo) · columns⌋, x = xHi in the last column.
     */
    public ColumnEnvelope bin(double[] xs, double[] ys, int n, double xLo, double xHi, int columns) {
        reset(Math.max(0, columns));
        if (this.columns == 0 || !(xHi > xLo)) {
            return this;
        }
        for (int i = 0; i < n; i++) {
            double x = xs[i];
            if (x >= xLo && x <= xHi) {
                add(x, ys[i], xLo, xHi);
            }
        }
        return this;
    }

    private void reset(int columns) {
        this.columns = columns;
        if (rows.length < columns) {
            first = new double[columns];
            min = new double[columns];
            max = new double[columns];
            last = new double[columns];
            sum = new double[columns];
            rows = new int[columns];
        }
        Arrays.fill(rows, 0, columns, 0);
    }

    private void add(double x, double y, double xLo, double xHi) {
        if (!Double.isFinite(y) || Double.isNaN(x)) {
            return;
        }
        // column c = floor((x − xLo) · columns / (xHi − xLo))
        int c = (int) Math.min(columns - 1, Math.max(0, Math.floor((x - xLo) * (columns / (xHi - xLo)))));
        if (rows[c] == 0) {
            first[c] = y;
            min[c] = y;
            max[c] = y;
            sum[c] = y;
        } else {
            min[c] = Math.min(min[c], y);
            max[c] = Math.max(max[c], y);
            sum[c] += y;
        }
        last[c] = y;
        rows[c]++;
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
        return columns;
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

    /** Mean of the values in column c (only for a filled column). */
    public double mean(int c) {
        return sum[c] / rows[c];
    }

    private static double clampY(PlotBox box, double v) {
        return Math.max(box.top(), Math.min(box.bottom(), box.py(v)));
    }

    /** Lowest value over all columns (NaN when empty). */
    public double overallMin() {
        double m = Double.NaN;
        for (int c = 0; c < columns; c++) {
            if (rows[c] > 0 && !(min[c] >= m)) {
                m = min[c];
            }
        }
        return m;
    }

    /** Highest value over all columns (NaN when empty). */
    public double overallMax() {
        double m = Double.NaN;
        for (int c = 0; c < columns; c++) {
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
        double colW = box.width() / columns;
        for (int c = 0; c < columns; c++) {
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
        double colW = box.width() / columns;
        for (int c = 0; c < columns; c++) {
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
        for (int c = 0; c < columns; c++) {
            s += rows[c];
        }
        return s;
    }

    /** Points the M4 polyline will have: 1 for a column with one value, else 4. */
    public int polylinePoints() {
        int p = 0;
        for (int c = 0; c < columns; c++) {
            p += rows[c] == 0 ? 0 : rows[c] == 1 ? 1 : 4;
        }
        return p;
    }

    /**
     * A closed band for dense series: along each filled column's max, then back along its min, at least 1 px
     * thick (y clamped to the box). Filling it costs far less than stroking the zig-zag of the same data.
     * Returns the number of points written (room for 2·columns each).
     */
    public int band(PlotBox box, double[] xs, double[] ys) {
        double colW = box.width() / columns;
        int k = 0;
        for (int c = 0; c < columns; c++) {
            if (rows[c] > 0) {
                xs[k] = box.left() + (c + 0.5) * colW;
                ys[k++] = clampY(box, max[c]);
            }
        }
        int top = k;
        for (int i = top - 1, c = columns - 1; c >= 0; c--) {
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
