package dev.bnlab.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Divergence;
import dev.bnlab.experiments.DivergenceText;
import dev.bnlab.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Status notes and divergences are data, worded in whichever language is current when they are shown. */
class StatusNoteTest {

    @AfterEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    @Test
    void aRebuildNoteFollowsTheLanguageItIsShownIn() {
        StatusNote note = StatusNote.rebuilt(12345, "controls.setting.placement");
        assertThat(note.text()).isEqualTo("Rebuilt from seed 12345: BN placement changed");
        Messages.setLocale(Messages.CHINESE);
        assertThat(note.text()).isEqualTo("已按种子 12345 重建：BN 位置已更改");
        assertThat(StatusNote.reset().text()).isEqualTo("已重置到第 0 步");
        assertThat(StatusNote.loaded().text()).isEqualTo("已加载设置");
    }

    @Test
    void plainTextIsShownAsGiven() {
        Messages.setLocale(Messages.CHINESE);
        assertThat(StatusNote.rebuilt(3, "lesson scene").text()).isEqualTo("已按种子 3 重建：lesson scene已更改");
        assertThat(StatusNote.text("as is").text()).isEqualTo("as is");
        assertThat(StatusNote.NONE.text()).isEmpty();
    }

    @Test
    void aDivergenceIsWordedInTheCurrentLanguageWithItsStepUngrouped() {
        Divergence d = new Divergence(12345, Divergence.LOSS_NAN);
        assertThat(DivergenceText.of(d).text()).isEqualTo(d.message()).isEqualTo("loss became NaN at step 12345");
        Messages.setLocale(Messages.CHINESE);
        assertThat(DivergenceText.of(d).text()).isEqualTo("第 12345 步时损失变成了 NaN");
        assertThat(DivergenceText.of(new Divergence(7, "something else")).text()).isEqualTo("第 7 步时something else");
    }
}
