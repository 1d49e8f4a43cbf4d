package dev.bnlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TrailingMeanTest {

    @Test
    void matchesTheDirectMeanOfTheLastWindowValues() {
        double[] y = new double[50];
        for (int i = 0; i < y.length; i++) {
            y[i] = (i * 37 % 11) - 3.5;
        }
        double[] out = new double[y.length];
        TrailingMean.of(y, y.length, 7, out);
        for (int i = 0; i < y.length; i++) {
            double s = 0;
            int k = 0;
            for (int t = Math.max(0, i - 6); t <= i; t++) {
                s += y[t];
                k++;
            }
            assertThat(out[i]).as("i=%d", i).isCloseTo(s / k, within(1e-12));
        }
    }

    @Test
    void skipsNonFiniteValues() {
        double[] y = {1, Double.NaN, 3, Double.POSITIVE_INFINITY};
        double[] out = new double[4];
        TrailingMean.of(y, 4, 2, out);
        assertThat(out[0]).isEqualTo(1);
        assertThat(out[1]).isEqualTo(1);
        assertThat(out[2]).isEqualTo(3);
        assertThat(out[3]).isEqualTo(3);
        double[] nan = {Double.NaN};
        TrailingMean.of(nan, 1, 3, out);
        assertThat(out[0]).isNaN();
    }

    @Test
    void windowGrowsWithTheSeriesWithinBounds() {
        assertThat(TrailingMean.windowFor(10)).isEqualTo(5);
        assertThat(TrailingMean.windowFor(2000)).isEqualTo(50);
        assertThat(TrailingMean.windowFor(100_000)).isEqualTo(500);
    }

    @Test
    void trailingMeanAveragesTheLastWindowAndSkipsNaN() {
        double[] v = {1, 2, Double.NaN, 4, 6};
        double[] m = TrailingMean.of(v, 2);
        assertThat(m[0]).isEqualTo(1);
        assertThat(m[1]).isEqualTo(1.5);
        assertThat(m[2]).isEqualTo(2);
        assertThat(m[3]).isEqualTo(4);
        assertThat(m[4]).isEqualTo(5);
        assertThat(TrailingMean.of(new double[] {Double.NaN}, 3)[0]).isNaN();
    }
}
