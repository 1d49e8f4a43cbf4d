package dev.bnlab.ui.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AxisTicksTest {

    @Test
    void stepIsRoundAndRespectsTheTickBudget() {
        assertThat(AxisTicks.step(100, 4)).isEqualTo(25);
        assertThat(AxisTicks.step(100, 5)).isEqualTo(20);
        assertThat(AxisTicks.step(0.8, 4)).isEqualTo(0.2, within(1e-12));
        assertThat(AxisTicks.step(20_000, 15)).isEqualTo(2000);
        for (double span : new double[] {0.37, 3, 17, 640, 19_999}) {
            for (int max = 2; max < 12; max++) {
                assertThat(span / AxisTicks.step(span, max)).isLessThanOrEqualTo(max + 1e-9);
            }
        }
    }

    @Test
    void ticksAreMultiplesOfTheStepInsideTheRange() {
        assertThat(AxisTicks.ticks(0, 1, 5)).containsExactly(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}, within(1e-12));
        assertThat(AxisTicks.ticks(-3, 3, 3)).containsExactly(-2, 0, 2);
        assertThat(AxisTicks.ticks(1000, 21_000, 4)).containsExactly(5000, 10_000, 15_000, 20_000);
    }

    @Test
    void integerTicksNeverUseFractionalSteps() {
        assertThat(AxisTicks.integerTicks(0, 10, 4)).containsExactly(0, 5, 10);
        assertThat(AxisTicks.integerTicks(0, 3, 10)).containsExactly(0, 1, 2, 3);
        assertThat(AxisTicks.integerTicks(0, 200, 4)).containsExactly(0, 50, 100, 150, 200);
    }

    @Test
    void ceilPicksTheNextRoundValue() {
        assertThat(AxisTicks.ceil(0.72)).isEqualTo(0.8, within(1e-12));
        assertThat(AxisTicks.ceil(0.8)).isEqualTo(0.8, within(1e-12));
        assertThat(AxisTicks.ceil(1.01)).isEqualTo(1.2, within(1e-12));
        assertThat(AxisTicks.ceil(7)).isEqualTo(8, within(1e-12));
        assertThat(AxisTicks.ceil(9)).isEqualTo(10, within(1e-12));
    }

    @Test
    void labelsUseTheStepsDecimalsAndThousandsForLargeSteps() {
        assertThat(AxisTicks.label(0.5, 0.25)).isEqualTo("0.50");
        assertThat(AxisTicks.label(-2, 1)).isEqualTo("\u22122");
        assertThat(AxisTicks.labels(new double[] {5000, 10_000, 15_000})).containsExactly("5k", "10k", "15k");
        assertThat(AxisTicks.labels(new double[] {2500, 5000, 7500})).containsExactly("2500", "5000", "7500");
        assertThat(AxisTicks.labels(new double[] {10_000, 12_500})).containsExactly("10.0k", "12.5k");
    }
}
