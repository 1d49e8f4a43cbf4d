package dev.bnlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bnlab.core.Vec;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HistogramBinsTest {

    @Test
    void binCountFollowsTwiceRootNClampedTo5And40() {
        assertThat(HistogramBins.binCount(2)).isEqualTo(5);
        assertThat(HistogramBins.binCount(32)).isEqualTo(11);
        assertThat(HistogramBins.binCount(100)).isEqualTo(20);
        assertThat(HistogramBins.binCount(1024)).isEqualTo(40);
        int prev = 0;
        for (int n = 2; n <= 4096; n++) {
            int b = HistogramBins.binCount(n);
            assertThat(b).isBetween(5, 40).isGreaterThanOrEqualTo(prev);
            prev = b;
        }
    }

    @Test
    void countsAddUpToNAndEachValueLiesInItsBin() {
        Random rnd = new Random(7);
        double[] v = new double[517];
        for (int i = 0; i < v.length; i++) {
            v[i] = -3 + 6 * rnd.nextDouble();
        }
        HistogramBins h = HistogramBins.of(Vec.copyOf(v), -3, 3, 23);
        assertThat(h.bins()).isEqualTo(23);
        int sum = 0;
        for (int k = 0; k < h.bins(); k++) {
            sum += h.count(k);
            int brute = 0;
            for (double x : v) {
                if (x >= h.edge(k) && (x < h.edge(k + 1) || k == h.bins() - 1)) {
                    brute++;
                }
            }
            assertThat(h.count(k)).as("bin %d", k).isEqualTo(brute);
        }
        assertThat(sum).isEqualTo(v.length).isEqualTo(h.total());
        assertThat(h.outside()).isZero();
    }

    @Test
    void edgesSpanTheRangeEvenly() {
        HistogramBins h = HistogramBins.of(Vec.copyOf(new double[] {0.5}), -4, 4, 8);
        assertThat(h.edge(0)).isEqualTo(-4.0);
        assertThat(h.edge(8)).isEqualTo(4.0);
        assertThat(h.binWidth()).isCloseTo(1.0, within(1e-12));
        assertThat(h.edge(3)).isCloseTo(-1.0, within(1e-12));
        assertThat(h.count(4)).isEqualTo(1);
        assertThat(h.maxCount()).isEqualTo(1);
    }

    @Test
    void valuesOutsideGoToTheEndBinsAndNaNIsSkipped() {
        Vec v = Vec.copyOf(new double[] {-9, 0.1, 9, Double.NaN, 4});
        HistogramBins h = HistogramBins.of(v, -4, 4, 4);
        assertThat(h.count(0)).isEqualTo(1);
        assertThat(h.count(2)).isEqualTo(1);
        // 9 (outside) and 4 (the right edge itself) both land in the last bin
        assertThat(h.count(3)).isEqualTo(2);
        assertThat(h.outside()).isEqualTo(2);
        assertThat(h.total()).isEqualTo(4);
    }

    @Test
    void badRangesGetAClearMessage() {
        Vec v = Vec.copyOf(new double[] {1});
        assertThatThrownBy(() -> HistogramBins.of(v, 1, 1, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hi > lo");
        assertThatThrownBy(() -> HistogramBins.of(v, 0, 1, 0)).hasMessageContaining("at least one bin");
    }
}
