package dev.bnlab.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.paint.Color;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dark theme keeps the data readable: every data colour contrasts with the background, and class 0/1,
 * train/eval and the neurons stay apart for normal, deuteranope and protanope vision (simulated).
 */
class DarkThemePaletteTest {

    private static final ViewTheme D = ViewTheme.DARK;
    private static final List<double[][]> VISIONS =
            List.of(ColourVision.NORMAL, ColourVision.DEUTERANOPIA, ColourVision.PROTANOPIA);

    @AfterEach
    void light() {
        ViewStyle.setTheme(ViewTheme.LIGHT);
    }

    @Test
    void textAndDataContrastWithTheDarkBackground() {
        assertThat(ContrastRatio.of(D.text(), D.background())).isGreaterThanOrEqualTo(7);
        assertThat(ContrastRatio.of(D.muted(), D.background())).isGreaterThanOrEqualTo(4.5);
        assertThat(ContrastRatio.of(D.axis(), D.background())).isGreaterThanOrEqualTo(4.5);
        // WCAG 1.4.11: graphics ≥ 3:1 against what is next to them
        for (Color c : List.of(D.class0(), D.class1(), D.train(), D.eval())) {
            assertThat(ContrastRatio.of(c, D.background())).as(c.toString()).isGreaterThanOrEqualTo(3);
        }
        for (int j = 0; j < D.neurons().size(); j++) {
            assertThat(ContrastRatio.of(D.neuron(j), D.background())).as("neuron " + (j + 1)).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void classesTrainEvalAndNeuronsStayApartForColourBlindViewers() {
        for (double[][] v : VISIONS) {
            assertThat(ColourVision.deltaE(D.class0(), D.class1(), v)).isGreaterThan(40);
            assertThat(ColourVision.deltaE(D.train(), D.eval(), v)).isGreaterThan(40);
            for (int i = 0; i < D.neurons().size(); i++) {
                for (int k = i + 1; k < D.neurons().size(); k++) {
                    // ΔE ≥ 10: two lines side by side are told apart at a glance
                    assertThat(ColourVision.deltaE(D.neuron(i), D.neuron(k), v))
                            .as("neurons " + (i + 1) + " and " + (k + 1)).isGreaterThan(10);
                }
            }
        }
    }

    @Test
    void darkInkIsLiftedToReadableContrastOnlyInTheDarkTheme() {
        List<Color> inks = List.of(Color.BLACK, Color.web("#222222"), Color.web("#A50F15"), Color.web("#0072B2"));
        for (Color c : inks) {
            assertThat(ViewStyle.ink(c)).as("light theme leaves " + c).isEqualTo(c);
        }
        ViewStyle.setTheme(ViewTheme.DARK);
        for (Color c : inks) {
            Color lifted = ViewStyle.ink(c);
            assertThat(ContrastRatio.of(lifted, D.background())).as(c + " → " + lifted)
                    .isGreaterThanOrEqualTo(ViewStyle.DARK_INK_CONTRAST);
        }
        // dark red stays red, a grey stays grey
        Color red = ViewStyle.ink(Color.web("#A50F15"));
        assertThat(red.getRed()).isGreaterThan(red.getGreen() + 0.3);
        Color grey = ViewStyle.ink(Color.web("#222222"));
        assertThat(grey.getSaturation()).isZero();
        // already readable colours are left alone
        assertThat(ViewStyle.ink(D.class1())).isEqualTo(D.class1());
        // label boxes follow the background
        assertThat(ViewStyle.labelBox(0.8).getOpacity()).isCloseTo(0.8, Offset.offset(1e-6));
        assertThat(ViewStyle.labelBox(0.8).getRed()).isEqualTo(D.background().getRed());
    }

    @Test
    void contrastRatioMatchesTheWcagEndPoints() {
        assertThat(ContrastRatio.of(Color.BLACK, Color.WHITE)).isCloseTo(21, Offset.offset(1e-9));
        assertThat(ContrastRatio.of(Color.web("#777777"), Color.WHITE)).isCloseTo(4.48, Offset.offset(0.01));
    }
}
