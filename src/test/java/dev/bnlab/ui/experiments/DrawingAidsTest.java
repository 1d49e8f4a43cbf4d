package dev.bnlab.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bnlab.ui.fx.UiText;
import org.junit.jupiter.api.Test;

/** The small pure helpers of the experiments' controls: rounded learning rates, label-safe text. */
class DrawingAidsTest {

    @Test
    void learningRatesAreRoundedToThreeDigits() {
        assertThat(RunSettingsEditor.roundLr(Math.pow(10, 0.4771))).isCloseTo(3.0, within(1e-9));
        assertThat(RunSettingsEditor.roundLr(0.012345)).isCloseTo(0.0123, within(1e-12));
    }

    @Test
    void labelTextAvoidsCombiningMarks() {
        assertThat(UiText.labelSafe("x\u0302 = 0")).isEqualTo("x-hat = 0");
    }
}
