package dev.bnlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Axis ranges grown from data and the axis kinds (linear, percent, log₂). */
class RangeAndAxisKindTest {

    @Test
    void rangesGrowFromFiniteValuesAndPad() {
        Range r = Range.EMPTY.with(new double[] {2, Double.NaN, 4});
        assertThat(r).isEqualTo(new Range(2, 4));
        assertThat(r.padded(0.5)).isEqualTo(new Range(1, 5));
        assertThat(Range.EMPTY.padded(0.1)).isEqualTo(new Range(0, 1));
        Range z = new Range(0.2, 1).paddedFromZero(0);
        assertThat(z.lo()).isLessThan(0).isGreaterThan(-0.05);
        assertThat(new Range(3, 3).padded(0.1).hi()).isGreaterThan(3);
    }

    @Test
    void logAxesTickAtPowersOfTwo() {
        assertThat(AxisKind.LOG2.toAxis(4)).isCloseTo(2, within(1e-12));
        assertThat(AxisKind.LOG2.fromAxis(AxisKind.LOG2.toAxis(0.3))).isCloseTo(0.3, within(1e-12));
        assertThat(AxisKind.LINEAR.fromAxis(-7.5)).isEqualTo(-7.5);
        double[] ticks = AxisKind.LOG2.ticks(AxisKind.LOG2.toAxis(0.25), AxisKind.LOG2.toAxis(4), 5);
        assertThat(ticks).containsExactly(-2, -1, 0, 1, 2);
        assertThat(AxisKind.LOG2.label(-2, ticks)).isEqualTo("0.25");
        assertThat(AxisKind.PERCENT.label(0.5, new double[] {0.4, 0.5})).isEqualTo("50 %");
    }
}
