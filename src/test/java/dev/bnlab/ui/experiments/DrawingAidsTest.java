package dev.bnlab.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The small pure helpers of the experiment views: ranges, trailing means, log axes. */
class DrawingAidsTest {

    @Test
    void trailingMeanAveragesTheLastWindowAndSkipsNaN() {
        double[] v = {1, 2, Double.NaN, 4, 6};
        double[] m = Series.trailingMean(v, 2);
        assertThat(m[0]).isEqualTo(1);
        assertThat(m[1]).isEqualTo(1.5);
        assertThat(m[2]).isEqualTo(2);
        assertThat(m[3]).isEqualTo(4);
        assertThat(m[4]).isEqualTo(5);
        assertThat(Series.trailingMean(new double[] {Double.NaN}, 3)[0]).isNaN();
    }

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
        double[] ticks = AxisKind.LOG2.ticks(AxisKind.LOG2.toAxis(0.25), AxisKind.LOG2.toAxis(4), 5);
        assertThat(ticks).containsExactly(-2, -1, 0, 1, 2);
        assertThat(AxisKind.LOG2.label(-2, ticks)).isEqualTo("0.25");
        assertThat(AxisKind.PERCENT.label(0.5, new double[] {0.4, 0.5})).isEqualTo("50 %");
    }

    @Test
    void learningRatesAreRoundedToThreeDigits() {
        assertThat(RunSettingsEditor.roundLr(Math.pow(10, 0.4771))).isCloseTo(3.0, within(1e-9));
        assertThat(RunSettingsEditor.roundLr(0.012345)).isCloseTo(0.0123, within(1e-12));
    }

    @Test
    void labelTextAvoidsCombiningMarks() {
        assertThat(LabelText.safe("x\u0302 = 0")).isEqualTo("x-hat = 0");
    }
}
