package dev.bnlab.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnDownsamplerTest {

    @Test
    void everyFinitePointLandsInExactlyOneColumn() {
        int n = 20_000;
        double[] x = new double[n];
        double[] y = new double[n];
        int finite = 0;
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
            y[i] = i % 97 == 0 ? Double.NaN : Math.sin(i * 0.01) + (i % 7);
            finite += Double.isFinite(y[i]) ? 1 : 0;
        }
        ColumnDownsampler d = new ColumnDownsampler();
        d.bin(x, y, n, 0, n, 640);
        int total = 0;
        for (int c = 0; c < d.columns(); c++) {
            total += d.count(c);
        }
        assertThat(total).isEqualTo(finite);
        assertThat(d.polylinePoints()).isLessThanOrEqualTo(4 * 640);
    }

    @Test
    void columnsKeepFirstMinMaxLast() {
        double[] x = {0, 1, 2, 3, 9.99, 10};
        double[] y = {5, -1, 7, 2, 4, 3};
        ColumnDownsampler d = new ColumnDownsampler();
        // two columns: x in [0, 5) and [5, 10]
        d.bin(x, y, x.length, 0, 10, 2);
        assertThat(d.count(0)).isEqualTo(4);
        assertThat(d.first(0)).isEqualTo(5);
        assertThat(d.min(0)).isEqualTo(-1);
        assertThat(d.max(0)).isEqualTo(7);
        assertThat(d.last(0)).isEqualTo(2);
        // x = xMax belongs to the last column
        assertThat(d.count(1)).isEqualTo(2);
        assertThat(d.last(1)).isEqualTo(3);
    }

    @Test
    void pointsOutsideTheRangeAndNonFiniteValuesAreSkipped() {
        double[] x = {-1, 0, 1, 2, 11};
        double[] y = {1, Double.POSITIVE_INFINITY, Double.NaN, 4, 1};
        ColumnDownsampler d = new ColumnDownsampler();
        d.bin(x, y, x.length, 0, 10, 10);
        int total = 0;
        for (int c = 0; c < d.columns(); c++) {
            total += d.count(c);
        }
        assertThat(total).isEqualTo(1);
        assertThat(d.count(2)).isEqualTo(1);
    }
}
