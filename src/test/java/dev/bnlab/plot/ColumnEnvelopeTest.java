package dev.bnlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.HistoryTable;
import org.junit.jupiter.api.Test;

class ColumnEnvelopeTest {

    /** rows of (step, value) starting at step first; value = sin(step/7)·step/1000 with a NaN every 97th. */
    private static HistoryTable table(int first, int rows) {
        double[] v = new double[rows * 2];
        for (int r = 0; r < rows; r++) {
            int step = first + r;
            v[2 * r] = step;
            v[2 * r + 1] = step % 97 == 0 ? Double.NaN : Math.sin(step / 7.0) * step / 1000.0;
        }
        return new HistoryTable(first + rows, 2, rows, v);
    }

    @Test
    void twentyThousandRowsBecomeOneEntryPerColumnWithTheTrueExtremes() {
        HistoryTable t = table(1, 20_000);
        int columns = 300;
        ColumnEnvelope e = ColumnEnvelope.of(t, 0, 1, 0, 20_000, columns);
        int counted = 0;
        for (int c = 0; c < columns; c++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            int n = 0;
            for (int r = 0; r < t.rows(); r++) {
                double x = t.get(r, 0);
                double y = t.get(r, 1);
                // column c = floor((x − xLo)·columns/(xHi − xLo))
                int col = (int) Math.min(columns - 1, Math.floor(x * (columns / 20_000.0)));
                if (col == c && !Double.isNaN(y)) {
                    lo = Math.min(lo, y);
                    hi = Math.max(hi, y);
                    n++;
                }
            }
            assertThat(e.rows(c)).isEqualTo(n);
            if (n > 0) {
                assertThat(e.min(c)).isEqualTo(lo);
                assertThat(e.max(c)).isEqualTo(hi);
            }
            counted += n;
        }
        assertThat(counted).isEqualTo(20_000 - 20_000 / 97);
        double[] xs = new double[4 * columns];
        double[] ys = new double[4 * columns];
        int k = e.polyline(new PlotBox(0, 0, 300, 100, 0, 20_000, -20, 20), xs, ys);
        assertThat(k).isLessThanOrEqualTo(4 * columns).isGreaterThan(columns);
    }

    @Test
    void onlyRowsInsideTheWindowCountEvenWhenTheTableStartsLate() {
        HistoryTable t = table(5_000, 3_000);
        ColumnEnvelope e = ColumnEnvelope.of(t, 0, 1, 7_500, 8_000, 50);
        int total = 0;
        for (int c = 0; c < e.columns(); c++) {
            total += e.rows(c);
        }
        // steps 7500..7999 (8000 is past the table's last step 7999), minus the NaN rows among them
        int nan = 0;
        for (int s = 7_500; s <= 7_999; s++) {
            nan += s % 97 == 0 ? 1 : 0;
        }
        assertThat(total).isEqualTo(500 - nan);
        assertThat(ColumnEnvelope.firstRowAtOrAfter(t, 0, 7_500)).isEqualTo(2_500);
    }

    @Test
    void overallExtremesAndAnEmptyTable() {
        HistoryTable t = table(1, 100);
        ColumnEnvelope e = ColumnEnvelope.of(t, 0, 1, 0, 100, 10);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < 100; r++) {
            double y = t.get(r, 1);
            if (!Double.isNaN(y)) {
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
        }
        assertThat(e.overallMin()).isEqualTo(lo);
        assertThat(e.overallMax()).isEqualTo(hi);
        ColumnEnvelope empty = ColumnEnvelope.of(HistoryTable.EMPTY, 0, 0, 0, 10, 5);
        assertThat(empty.overallMin()).isNaN();
    }

    @Test
    void everyFinitePointOfAnArrayLandsInExactlyOneColumn() {
        int n = 20_000;
        double[] x = new double[n];
        double[] y = new double[n];
        int finite = 0;
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
            y[i] = i % 97 == 0 ? Double.NaN : Math.sin(i * 0.01) + (i % 7);
            finite += Double.isFinite(y[i]) ? 1 : 0;
        }
        ColumnEnvelope d = new ColumnEnvelope().bin(x, y, n, 0, n, 640);
        int total = 0;
        for (int c = 0; c < d.columns(); c++) {
            total += d.rows(c);
        }
        assertThat(total).isEqualTo(finite);
        assertThat(d.polylinePoints()).isLessThanOrEqualTo(4 * 640);
    }

    @Test
    void arraysBinIntoColumnsKeepingFirstMinMaxLast() {
        double[] x = {0, 1, 2, 3, 9.99, 10};
        double[] y = {5, -1, 7, 2, 4, 3};
        // two columns: x in [0, 5) and [5, 10]
        ColumnEnvelope d = new ColumnEnvelope().bin(x, y, x.length, 0, 10, 2);
        assertThat(d.rows(0)).isEqualTo(4);
        assertThat(d.first(0)).isEqualTo(5);
        assertThat(d.min(0)).isEqualTo(-1);
        assertThat(d.max(0)).isEqualTo(7);
        assertThat(d.last(0)).isEqualTo(2);
        // x = xMax belongs to the last column
        assertThat(d.rows(1)).isEqualTo(2);
        assertThat(d.last(1)).isEqualTo(3);
    }

    @Test
    void pointsOutsideTheRangeAndNonFiniteValuesAreSkipped() {
        double[] x = {-1, 0, 1, 2, 11};
        double[] y = {1, Double.POSITIVE_INFINITY, Double.NaN, 4, 1};
        ColumnEnvelope d = new ColumnEnvelope().bin(x, y, x.length, 0, 10, 10);
        int total = 0;
        for (int c = 0; c < d.columns(); c++) {
            total += d.rows(c);
        }
        assertThat(total).isEqualTo(1);
        assertThat(d.rows(2)).isEqualTo(1);
    }
}
