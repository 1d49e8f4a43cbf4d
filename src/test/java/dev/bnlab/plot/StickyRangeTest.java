package dev.bnlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class StickyRangeTest {

    private static double occupancy(StickyRange r, double lo, double hi) {
        return (hi - lo) / (r.hi() - r.lo());
    }

    @Test
    void firstUpdateSnapsOutwardToNiceNumbersAroundTheData() {
        StickyRange r = new StickyRange(10);
        assertThat(r.isSet()).isFalse();
        r.update(0.13, 0.87);
        assertThat(r.lo()).isLessThanOrEqualTo(0.13);
        assertThat(r.hi()).isGreaterThanOrEqualTo(0.87);
        // ends are multiples of a 1-2-5 step: here 0.1
        assertThat(r.lo() * 10).isCloseTo(Math.rint(r.lo() * 10), Assertions.within(1e-9));
        assertThat(r.hi() * 10).isCloseTo(Math.rint(r.hi() * 10), Assertions.within(1e-9));
        assertThat(occupancy(r, 0.13, 0.87)).isGreaterThan(0.6);
    }

    @Test
    void doesNotMoveWhileTheDataJittersInside() {
        StickyRange r = new StickyRange(10);
        r.update(-1.9, 2.1);
        double lo = r.lo();
        double hi = r.hi();
        Random rnd = new Random(3);
        for (int i = 0; i < 200; i++) {
            double a = -1.8 + 0.3 * rnd.nextDouble();
            double b = 1.7 + 0.3 * rnd.nextDouble();
            r.update(a, b);
            assertThat(r.lo()).isEqualTo(lo);
            assertThat(r.hi()).isEqualTo(hi);
        }
    }

    @Test
    void expandsAtOnceWhenTheDataLeaves() {
        StickyRange r = new StickyRange(10);
        r.update(-1, 1);
        r.update(-0.5, 7.3);
        assertThat(r.hi()).isGreaterThanOrEqualTo(7.3);
        assertThat(r.lo()).isLessThanOrEqualTo(-1);
    }

    @Test
    void shrinksOnlyAfterTheDataHasUnderusedItForPatienceUpdates() {
        int patience = 5;
        StickyRange r = new StickyRange(patience);
        r.update(-10, 10);
        double wideLo = r.lo();
        double wideHi = r.hi();
        for (int i = 0; i < patience - 1; i++) {
            r.update(0.1, 0.9);
            assertThat(r.lo()).isEqualTo(wideLo);
            assertThat(r.hi()).isEqualTo(wideHi);
        }
        r.update(0.1, 0.9);
        assertThat(r.hi() - r.lo()).isLessThan(wideHi - wideLo);
        assertThat(r.lo()).isLessThanOrEqualTo(0.1);
        assertThat(r.hi()).isGreaterThanOrEqualTo(0.9);
        assertThat(occupancy(r, 0.1, 0.9)).isGreaterThanOrEqualTo(StickyRange.SHRINK_BELOW);
    }

    @Test
    void anUpdateThatFillsTheRangeAgainRestartsThePatience() {
        StickyRange r = new StickyRange(3);
        r.update(-10, 10);
        double span = r.hi() - r.lo();
        r.update(0, 1);
        r.update(0, 1);
        r.update(-9, 9);
        r.update(0, 1);
        r.update(0, 1);
        assertThat(r.hi() - r.lo()).isEqualTo(span);
        r.update(0, 1);
        assertThat(r.hi() - r.lo()).isLessThan(span);
    }

    @Test
    void dataFillingMoreThanAThirdNeverShrinksIt() {
        StickyRange r = new StickyRange(2);
        r.update(0, 10);
        double span = r.hi() - r.lo();
        for (int i = 0; i < 50; i++) {
            r.update(2, 7);
        }
        assertThat(r.hi() - r.lo()).isEqualTo(span);
    }

    @Test
    void theFloorIsAlwaysIncluded() {
        StickyRange r = new StickyRange(2, -6, 6);
        assertThat(r.lo()).isEqualTo(-6);
        assertThat(r.hi()).isEqualTo(6);
        for (int i = 0; i < 10; i++) {
            r.update(-0.5, 0.5);
        }
        assertThat(r.lo()).isEqualTo(-6);
        assertThat(r.hi()).isEqualTo(6);
        r.update(-2, 14);
        assertThat(r.hi()).isGreaterThanOrEqualTo(14);
        for (int i = 0; i < 5; i++) {
            r.update(-0.5, 0.5);
        }
        assertThat(r.lo()).isEqualTo(-6);
        assertThat(r.hi()).isEqualTo(6);
    }

    @Test
    void nonFiniteDataIsIgnored() {
        StickyRange r = new StickyRange(2);
        r.update(Double.NaN, 1);
        assertThat(r.isSet()).isFalse();
        r.update(0, 1);
        double lo = r.lo();
        r.update(Double.NEGATIVE_INFINITY, 3);
        assertThat(r.lo()).isEqualTo(lo);
    }

    @Test
    void includeExpandsButNeverCountsTowardsShrinking() {
        StickyRange r = new StickyRange(2);
        r.update(-10, 10);
        double span = r.hi() - r.lo();
        for (int i = 0; i < 10; i++) {
            r.include(0, 1);
        }
        assertThat(r.hi() - r.lo()).isEqualTo(span);
        r.include(0, 30);
        assertThat(r.hi()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void snapKeepsAZeroBaselineForNonNegativeData() {
        double[] counts = StickyRange.snap(0, 7);
        assertThat(counts[0]).isEqualTo(0.0);
        assertThat(counts[1]).isGreaterThanOrEqualTo(7);
        double[] variances = StickyRange.snap(0.02, 3.1);
        assertThat(variances[0]).isGreaterThanOrEqualTo(0.0);
        double[] single = StickyRange.snap(2, 2);
        assertThat(single[0]).isLessThan(2);
        assertThat(single[1]).isGreaterThan(2);
    }

    @Test
    void patienceMustBePositive() {
        assertThatThrownBy(() -> new StickyRange(0)).hasMessageContaining("patience");
    }

    /** The loss axis of the training curves: from 0, at least to 0.5 (what a separate upper-bound class did before). */
    @Test
    void aZeroBasedAxisWithAFloorStaysPutGrowsToARoundValueAndComesDownOnlyWhenUnderused() {
        StickyRange b = new StickyRange(3, 0, 0.5);
        b.update(0, 0.69);
        double first = b.hi();
        assertThat(first).isGreaterThanOrEqualTo(0.69 * 1.05);
        for (double v : new double[] {0.7, 0.66, 0.55, 0.74, 0.3, 0.61}) {
            b.update(0, v);
            assertThat(b.hi()).isEqualTo(first);
        }
        b.update(0, 1.3);
        // ends on a multiple of a 1-2-5 step of the padded span (1.365 / 10 → 0.2)
        assertThat(b.hi()).isGreaterThanOrEqualTo(1.3).isCloseTo(1.4, Assertions.within(1e-12));
        StickyRange c = new StickyRange(3, 0, 0.1);
        c.update(0, 4);
        double top = c.hi();
        // 2 still uses more than a third of 0..4.5
        for (int i = 0; i < 5; i++) {
            c.update(0, 2);
            assertThat(c.hi()).isEqualTo(top);
        }
        for (int i = 0; i < 3; i++) {
            c.update(0, 0.5);
        }
        assertThat(c.hi()).isLessThan(top).isGreaterThanOrEqualTo(0.5);
        c.reset();
        assertThat(c.hi()).isEqualTo(0.1);
        c.update(0, Double.NaN);
        assertThat(c.hi()).isEqualTo(0.1);
    }
}
