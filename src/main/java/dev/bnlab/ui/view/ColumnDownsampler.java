package dev.bnlab.ui.view;

/**
 * Reduces a long series to at most four points per pixel column (first, min, max, last: the "M4" rule), so a
 * polyline through them looks exactly like the full series while drawing only ~4 points per column.
 * Non-finite values are skipped. Reusable: {@link #bin} overwrites the previous result.
 */
final class ColumnDownsampler {

    private int columns;
    private double[] first = new double[0];
    private double[] last = new double[0];
    private double[] min = new double[0];
    private double[] max = new double[0];
    private double[] sum = new double[0];
    private int[] count = new int[0];

    /**
     * Bins points i &lt; n with x in [xMin, xMax] into {@code columns} equal-width columns:
     * column = ⌊(x − xMin)/(xMax − xMin) · columns⌋ (x = xMax goes to the last column).
     */
    void bin(double[] xs, double[] ys, int n, double xMin, double xMax, int columns) {
        this.columns = Math.max(0, columns);
        if (first.length < this.columns) {
            first = new double[this.columns];
            last = new double[this.columns];
            min = new double[this.columns];
            max = new double[this.columns];
            sum = new double[this.columns];
            count = new int[this.columns];
        }
        java.util.Arrays.fill(count, 0, this.columns, 0);
        double span = xMax - xMin;
        if (this.columns == 0 || !(span > 0)) {
            return;
        }
        for (int i = 0; i < n; i++) {
            double x = xs[i];
            double y = ys[i];
            if (!Double.isFinite(y) || !(x >= xMin && x <= xMax)) {
                continue;
            }
            int c = Math.min(this.columns - 1, (int) ((x - xMin) / span * this.columns));
            if (count[c] == 0) {
                first[c] = y;
                min[c] = y;
                max[c] = y;
                sum[c] = y;
            } else {
                sum[c] += y;
                min[c] = Math.min(min[c], y);
                max[c] = Math.max(max[c], y);
            }
            last[c] = y;
            count[c]++;
        }
    }

    int columns() {
        return columns;
    }

    int count(int c) {
        return count[c];
    }

    double first(int c) {
        return first[c];
    }

    double last(int c) {
        return last[c];
    }

    double min(int c) {
        return min[c];
    }

    double max(int c) {
        return max[c];
    }

    double mean(int c) {
        return sum[c] / count[c];
    }

    /** Points binned, over all columns. */
    int total() {
        int t = 0;
        for (int c = 0; c < columns; c++) {
            t += count[c];
        }
        return t;
    }

    /** Points the M4 polyline will have: 1 for a column with one value, else 4. */
    int polylinePoints() {
        int p = 0;
        for (int c = 0; c < columns; c++) {
            p += count[c] == 0 ? 0 : count[c] == 1 ? 1 : 4;
        }
        return p;
    }
}
