package dev.bnlab.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class ProbabilityTintTest {

    @Test
    void endsAreTheClassTintsAndTheMiddleIsWhite() {
        assertThat(ProbabilityTint.of(1)).isEqualTo(ProbabilityTint.TINT1);
        assertThat(ProbabilityTint.of(0)).isEqualTo(ProbabilityTint.TINT0);
        assertThat(ProbabilityTint.of(0.5)).isEqualTo(Color.WHITE);
        assertThat(ProbabilityTint.of(Double.NaN)).isEqualTo(ProbabilityTint.UNDEFINED);
    }

    @Test
    void tintsLeanTowardsTheirClassColour() {
        // class 0 is blue, class 1 orange
        assertThat(ProbabilityTint.TINT0.getBlue()).isGreaterThan(ProbabilityTint.TINT0.getRed());
        assertThat(ProbabilityTint.TINT1.getRed()).isGreaterThan(ProbabilityTint.TINT1.getBlue());
    }

    @Test
    void saturationGrowsWithCertainty() {
        double previous = -1;
        for (double p = 0.5; p <= 1.0001; p += 0.05) {
            double s = ProbabilityTint.of(p).getSaturation();
            assertThat(s).isGreaterThanOrEqualTo(previous - 1e-12);
            previous = s;
        }
    }

    @Test
    void argbMatchesTheColour() {
        int argb = ProbabilityTint.argb(1);
        Color c = ProbabilityTint.TINT1;
        assertThat(argb >>> 24).isEqualTo(255);
        assertThat((argb >> 16) & 255).isEqualTo((int) Math.round(c.getRed() * 255));
        assertThat((argb >> 8) & 255).isEqualTo((int) Math.round(c.getGreen() * 255));
        assertThat(argb & 255).isEqualTo((int) Math.round(c.getBlue() * 255));
    }
}
