package dev.bnlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Divergence;
import dev.bnlab.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A finding keeps its numbers and is worded in the language current when it is shown. */
class FindingTest {

    @AfterEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    @Test
    void theSameFindingReadsInEitherLanguageWithTheSameNumbers() {
        Finding f = Finding.of("experiments.finding.final-loss",
                Finding.RunValues.builder().add("bn", 0.123456).add("nobn", 1234.4).build());
        assertThat(f.text()).isEqualTo("mean batch loss over the last 10% of steps: bn 0.1235, nobn 1234");
        Messages.setLocale(Messages.CHINESE);
        assertThat(f.text()).isEqualTo("最后 10% 步的平均小批量损失：bn 0.1235，nobn 1234");
        Messages.setLocale(Messages.ENGLISH);
        assertThat(f.text()).startsWith("mean batch loss");
        assertThat(f.args()).hasSize(1);
    }

    @Test
    void integersAreWrittenWithoutGroupingAndNestedFindingsAreWordedToo() {
        Finding f = Finding.of("experiments.finding.diverged", "bn-x30",
                DivergenceText.of(new Divergence(12345, "loss became NaN")));
        assertThat(f.text()).isEqualTo("bn-x30 diverged: loss became NaN at step 12345");
        Messages.setLocale(Messages.CHINESE);
        assertThat(f.text()).isEqualTo("bn-x30 发散：第 12345 步时损失变成了 NaN");
        assertThat(DivergenceText.of(new Divergence(3, "something else")).text()).isEqualTo("第 3 步时something else");
    }

    @Test
    void runValuesNeedOneValuePerLabel() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Finding.RunValues(List.of("a", "b"), List.of(1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 run labels but 1 values");
    }
}
