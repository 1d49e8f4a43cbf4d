package dev.bnlab.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.ui.FxToolkit;
import java.util.List;
import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;

/** Canvas paragraphs break Chinese between characters, keep Latin words whole, and never start a line with "，" or "%". */
class TextMeasureTest {

    private static final Font FONT = Font.font("System", 14);

    @Test
    void chineseBreaksBetweenCharactersWithinTheWidth() {
        FxToolkit.start();
        String text = "训练模式用这个小批量自己的均值和方差归一化每个神经元，评估模式用滑动平均。两者的输出都不同。";
        double width = TextMeasure.width(FONT, "训练模式用这个小批量自己");
        List<String> lines = TextMeasure.wrap(FONT, text, width);
        assertThat(lines).hasSizeGreaterThan(3);
        assertThat(String.join("", lines)).isEqualTo(text);
        for (String l : lines) {
            assertThat(TextMeasure.width(FONT, l)).as(l).isLessThanOrEqualTo(width + 0.5);
            assertThat(l).doesNotStartWith("，").doesNotStartWith("。");
        }
    }

    @Test
    void latinWordsStayWholeAndAPercentSignStaysWithItsNumber() {
        FxToolkit.start();
        String text = "unshifted 91.8 % · shifted 51.0 % · after AdaBN 91.8 %";
        for (double width = 40; width < 400; width += 7) {
            List<String> lines = TextMeasure.wrap(FONT, text, width);
            assertThat(String.join(" ", lines)).isEqualTo(text);
            for (String l : lines) {
                assertThat(l).as("width %s", width).doesNotStartWith("%").doesNotStartWith(" ");
            }
        }
    }

    @Test
    void unitsSplitChineseAndKeepFormulas() {
        assertThat(TextMeasure.units("均值 μ_B，方差")).containsExactly("均", "值", " ", "μ_B，", "方", "差");
        assertThat(TextMeasure.units("x = (z − m)")).containsExactly("x", " ", "=", " ", "(z", " ", "−", " ", "m)");
    }
}
