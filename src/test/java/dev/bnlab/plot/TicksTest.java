package dev.bnlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The one tick rule of every view: {1, 2, 5}·10^k steps, ticks inside the range, labels. */
class TicksTest {

    @Test
    void stepIsTheSmallestNiceNumberAtLeastSpanOverTarget() {
        assertThat(Ticks.step(10, 5)).isEqualTo(2.0);
        assertThat(Ticks.step(10, 4)).isEqualTo(5.0);
        assertThat(Ticks.step(1, 4)).isCloseTo(0.5, within(1e-12));
        assertThat(Ticks.step(0.07, 5)).isCloseTo(0.02, within(1e-12));
        assertThat(Ticks.step(700, 7)).isCloseTo(100, within(1e-9));
        assertThat(Ticks.step(0, 5)).isEqualTo(1.0);
    }

    @Test
    void ticksAreTheMultiplesInsideTheRange() {
        assertThat(Ticks.ticks(-1, 1, 0.5)).containsExactly(-1, -0.5, 0, 0.5, 1);
        assertThat(Ticks.ticks(0.3, 2.7, 1.0)).containsExactly(1, 2);
        assertThat(Ticks.ticks(1, 0, 1.0)).isEmpty();
    }

    @Test
    void stepBecomesFinerUntilEnoughTicksAreInside() {
        // [−4, 4] with a target of 3 gives step 5, which leaves only 0 inside: refine to 2
        assertThat(Ticks.step(-4, 4, 3, 1)).isEqualTo(5.0);
        double s = Ticks.step(-4, 4, 3, 3);
        assertThat(s).isEqualTo(2.0);
        assertThat(Ticks.ticks(-4, 4, s)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Ticks.finer(10)).isCloseTo(5, within(1e-12));
        assertThat(Ticks.finer(5)).isCloseTo(2, within(1e-12));
        assertThat(Ticks.finer(2)).isCloseTo(1, within(1e-12));
        assertThat(Ticks.finer(1)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void labelsUseJustEnoughDecimalsAndARealMinusSign() {
        assertThat(Ticks.label(0.5, 0.5)).isEqualTo("0.5");
        assertThat(Ticks.label(-2, 1)).isEqualTo("−2");
        assertThat(Ticks.label(0.25, 0.05)).isEqualTo("0.25");
        assertThat(Ticks.label(1500, 500)).isEqualTo("1500");
        assertThat(Ticks.label(1e157, 1e157)).isEqualTo("1e157");
        assertThat(Ticks.label(-2.5e6, 5e5)).isEqualTo("−2.5e6");
    }

    @Test
    void compactDropsTrailingZeros() {
        assertThat(Ticks.compact(1 - 0.9)).isEqualTo("0.1");
        assertThat(Ticks.compact(0.9)).isEqualTo("0.9");
        assertThat(Ticks.compact(12.5)).isEqualTo("12.5");
        assertThat(Ticks.compact(3)).isEqualTo("3");
        assertThat(Ticks.compact(-0.0456)).isEqualTo("−0.0456");
        assertThat(Ticks.compact(Double.NaN)).isEqualTo("–");
        assertThat(Ticks.compact(-4.84e-5)).isEqualTo("−4.84e−5");
        assertThat(Ticks.compact(1.5e-7)).isEqualTo("1.5e−7");
    }
    @Test
    void stepRespectsTheTickBudget() {
        // steps of 2.5·10^k are gone since the training curves and the data view share this rule: 100/4 → 50
        assertThat(Ticks.step(100, 4)).isEqualTo(50);
        assertThat(Ticks.step(100, 5)).isEqualTo(20);
        assertThat(Ticks.step(0.8, 4)).isEqualTo(0.2, within(1e-12));
        assertThat(Ticks.step(20_000, 15)).isEqualTo(2000);
        for (double span : new double[] {0.37, 3, 17, 640, 19_999}) {
            for (int max = 2; max < 12; max++) {
                assertThat(span / Ticks.step(span, max)).isLessThanOrEqualTo(max + 1e-9);
            }
        }
    }

    @Test
    void ticksForATargetAreMultiplesOfTheStepInsideTheRange() {
        assertThat(Ticks.ticks(0, 1, 5)).containsExactly(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}, within(1e-12));
        assertThat(Ticks.ticks(-3, 3, 3)).containsExactly(-2, 0, 2);
        assertThat(Ticks.ticks(1000, 21_000, 4)).containsExactly(5000, 10_000, 15_000, 20_000);
    }

    @Test
    void integerTicksNeverUseFractionalSteps() {
        assertThat(Ticks.integerTicks(0, 10, 4)).containsExactly(0, 5, 10);
        assertThat(Ticks.integerTicks(0, 3, 10)).containsExactly(0, 1, 2, 3);
        assertThat(Ticks.integerTicks(0, 200, 4)).containsExactly(0, 50, 100, 150, 200);
    }

    @Test
    void labelsUseTheStepsDecimalsAndThousandsForLargeSteps() {
        assertThat(Ticks.label(0.5, 0.05)).isEqualTo("0.50");
        assertThat(Ticks.label(-2, 1)).isEqualTo("\u22122");
        assertThat(Ticks.labels(new double[] {5000, 10_000, 15_000})).containsExactly("5k", "10k", "15k");
        assertThat(Ticks.labels(new double[] {2000, 4000, 6000})).containsExactly("2000", "4000", "6000");
        assertThat(Ticks.labels(new double[] {10_000, 10_500})).containsExactly("10.0k", "10.5k");
    }
}
