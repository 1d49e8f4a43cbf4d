package dev.bnlab.ui.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StickyUpperBoundTest {

    @Test
    void staysPutWhileTheDataWiggleBelowIt() {
        StickyUpperBound b = new StickyUpperBound(0.5, 10);
        double first = b.update(0.69);
        assertThat(first).isGreaterThanOrEqualTo(0.69 * 1.05);
        for (double v : new double[] {0.7, 0.66, 0.55, 0.74, 0.3, 0.61}) {
            assertThat(b.update(v)).isEqualTo(first);
        }
    }

    @Test
    void growsToARoundValueWhenTheDataOutgrowIt() {
        StickyUpperBound b = new StickyUpperBound(0.5, 10);
        b.update(0.69);
        double grown = b.update(1.3);
        assertThat(grown).isGreaterThanOrEqualTo(1.3).isEqualTo(1.5, within(1e-12));
    }

    @Test
    void comesDownOnlyWhenTheDataUseLessThanAQuarter() {
        StickyUpperBound b = new StickyUpperBound(0.1, 10);
        double top = b.update(4);
        assertThat(top).isEqualTo(5, within(1e-12));
        // 1.3 still uses more than a quarter of 0..5
        assertThat(b.update(1.3)).isEqualTo(top);
        assertThat(b.update(0.5)).isLessThan(top).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void isCappedFlooredAndResettable() {
        StickyUpperBound b = new StickyUpperBound(0.5, 10);
        assertThat(b.update(1e30)).isEqualTo(10);
        assertThat(b.update(Double.NaN)).isEqualTo(10);
        b.reset();
        assertThat(b.update(0.01)).isEqualTo(0.5);
        b.reset();
        assertThat(b.update(Double.NaN)).isEqualTo(0.5);
    }
}
