package dev.bnlab.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClipFrameSourceTest {

    private static List<Long> steps(ClipPlan plan, int k) {
        ClipFrameSource src = new ClipFrameSource(plan, k);
        List<Long> out = new ArrayList<>();
        while (src.hasNext()) {
            out.add(src.next().frame().snapshot().step());
        }
        assertThat(out).hasSize(src.total());
        return out;
    }

    @Test
    void oneFramePerKStepsPlusTheStart() {
        ClipPlan plan = ClipPlan.of(SessionConfig.defaults(), Hyperparams.defaults(), 5);
        assertThat(steps(plan, 2)).containsExactly(0L, 2L, 4L, 5L);
        assertThat(steps(plan, 1)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(plan.frames(2)).isEqualTo(4);
    }

    @Test
    void aSegmentWithTheSameSettingsContinuesUnlessFresh() {
        SessionConfig c = SessionConfig.defaults();
        Hyperparams hp = Hyperparams.defaults();
        ClipSegment first = ClipSegment.of(c, hp, 3);
        ClipSegment goOn = new ClipSegment(c, hp.withLearningRate(0.1), 2, "slower", List.of("data"), List.of(), false);
        ClipSegment restart = new ClipSegment(c, hp, 1, "", List.of(), List.of(), true);
        ClipSegment otherNet = new ClipSegment(c.withHidden(4), hp, 1, "", List.of(), List.of(), false);
        assertThat(steps(new ClipPlan("", List.of(first, goOn, restart, otherNet)), 1))
                .containsExactly(0L, 1L, 2L, 3L, 3L, 4L, 5L, 0L, 1L, 0L, 1L);
    }

    @Test
    void theSamePlanGivesTheSameStates() {
        ClipPlan plan = ClipPlan.of(SessionConfig.defaults().withSeed(9), Hyperparams.defaults(), 30);
        ClipFrameSource a = new ClipFrameSource(plan, 3);
        ClipFrameSource b = new ClipFrameSource(plan, 3);
        while (a.hasNext()) {
            var x = a.next().frame();
            var y = b.next().frame();
            assertThat(x.snapshot().loss()).isEqualTo(y.snapshot().loss());
            assertThat(x.snapshot().parameters().first().w().toArray()).isEqualTo(y.snapshot().parameters().first().w().toArray());
        }
    }
}
