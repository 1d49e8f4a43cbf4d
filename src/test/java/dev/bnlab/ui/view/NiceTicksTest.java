package dev.bnlab.ui.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NiceTicksTest {

    @Test
    void stepIsTheSmallestNiceNumberAtLeastSpanOverTarget() {
        assertThat(NiceTicks.step(10, 5)).isEqualTo(2.0);
        assertThat(NiceTicks.step(10, 4)).isEqualTo(5.0);
        assertThat(NiceTicks.step(1, 4)).isCloseTo(0.5, within(1e-12));
        assertThat(NiceTicks.step(0.07, 5)).isCloseTo(0.02, within(1e-12));
        assertThat(NiceTicks.step(700, 7)).isCloseTo(100, within(1e-9));
        assertThat(NiceTicks.step(0, 5)).isEqualTo(1.0);
    }

    @Test
    void ticksAreTheMultiplesInsideTheRange() {
        assertThat(NiceTicks.ticks(-1, 1, 0.5)).containsExactly(-1, -0.5, 0, 0.5, 1);
        assertThat(NiceTicks.ticks(0.3, 2.7, 1.0)).containsExactly(1, 2);
        assertThat(NiceTicks.ticks(1, 0, 1.0)).isEmpty();
    }

    @Test
    void stepBecomesFinerUntilEnoughTicksAreInside() {
        // [−4, 4] with a target of 3 gives step 5, which leaves only 0 inside: refine to 2
        assertThat(NiceTicks.step(-4, 4, 3, 1)).isEqualTo(5.0);
        double s = NiceTicks.step(-4, 4, 3, 3);
        assertThat(s).isEqualTo(2.0);
        assertThat(NiceTicks.ticks(-4, 4, s)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(NiceTicks.finer(10)).isCloseTo(5, within(1e-12));
        assertThat(NiceTicks.finer(5)).isCloseTo(2, within(1e-12));
        assertThat(NiceTicks.finer(2)).isCloseTo(1, within(1e-12));
        assertThat(NiceTicks.finer(1)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void labelsUseJustEnoughDecimalsAndARealMinusSign() {
        assertThat(NiceTicks.label(0.5, 0.5)).isEqualTo("0.5");
        assertThat(NiceTicks.label(-2, 1)).isEqualTo("−2");
        assertThat(NiceTicks.label(0.25, 0.05)).isEqualTo("0.25");
        assertThat(NiceTicks.label(1500, 500)).isEqualTo("1500");
        assertThat(NiceTicks.label(1e157, 1e157)).isEqualTo("1e157");
        assertThat(NiceTicks.label(-2.5e6, 5e5)).isEqualTo("−2.5e6");
    }

    @Test
    void compactDropsTrailingZeros() {
        assertThat(NiceTicks.compact(1 - 0.9)).isEqualTo("0.1");
        assertThat(NiceTicks.compact(0.9)).isEqualTo("0.9");
        assertThat(NiceTicks.compact(12.5)).isEqualTo("12.5");
        assertThat(NiceTicks.compact(3)).isEqualTo("3");
        assertThat(NiceTicks.compact(-0.0456)).isEqualTo("−0.0456");
        assertThat(NiceTicks.compact(Double.NaN)).isEqualTo("–");
        assertThat(NiceTicks.compact(-4.84e-5)).isEqualTo("−4.84e−5");
        assertThat(NiceTicks.compact(1.5e-7)).isEqualTo("1.5e−7");
    }
}
