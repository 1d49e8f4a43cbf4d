package dev.bnlab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Going back on the timeline shows exactly what the run showed: a session rebuilt at step k from the nearest
 * checkpoint has the snapshot (per-element batch data, eval, parameters) and the decision surface of a fresh run
 * to k, across hot-setting changes; resuming from k continues as that fresh run does; memory stays bounded.
 */
class SessionTimelineTest {

    private static SessionConfig config(int layers) {
        return new SessionConfig(new DataConfig(DatasetKind.MOONS, 600, 120, 0.1, TestShift.NONE, 4), 3, layers,
                Activation.TANH, Placement.BEFORE, 4, 9, 10);
    }

    private static final Hyperparams HP = new Hyperparams(0.5, 16, 0.9, Convention.KERAS, 1e-3);
    private static final Hyperparams LATER = HP.withLearningRate(0.2).withBatchSize(40).withMomentum(0.5);

    /** The hot-setting schedule of the runs below: LATER from step 137 on, a test shift from step 201. */
    private static void schedule(TrainingSession s, long nextStep) {
        if (nextStep == 137) {
            s.setHyperparams(LATER);
        }
        if (nextStep == 201) {
            s.setTestShift(new TestShift(0.5, -0.25, 1.2));
        }
    }

    private static TrainingSession freshTo(SessionConfig c, long k) {
        TrainingSession s = new TrainingSession(c, HP);
        for (long t = 1; t <= k; t++) {
            schedule(s, t);
            s.advance();
        }
        return s;
    }

    @Test
    void goingBackToAnyStepShowsWhatAFreshRunShowsThere() {
        SessionConfig c = config(2);
        TrainingSession live = new TrainingSession(c, HP);
        SessionTimeline timeline = new SessionTimeline(live);
        for (long t = 1; t <= 450; t++) {
            schedule(live, t);
            live.advance();
            timeline.recorded(live);
        }
        for (long k : new long[] {0, 1, 99, 100, 101, 136, 137, 250, 399, 450}) {
            TrainingSession back = timeline.sessionAt(live, k);
            TrainingSession fresh = freshTo(c, k);
            assertThat(back.stepCount()).isEqualTo(k);
            for (int layer = 0; layer < 2; layer++) {
                assertThat(back.snapshot(true, layer)).as("step %d layer %d", k, layer)
                        .isEqualTo(fresh.snapshot(true, layer));
            }
            assertThat(back.planeGrid(20)).isEqualTo(fresh.planeGrid(20));
            assertThat(back.captureState()).as("step %d", k).isEqualTo(fresh.captureState());
        }
        assertThat(timeline.marks()).extracting(SessionTimeline.Mark::step).containsExactly(137L, 201L);
        assertThat(timeline.marks()).allMatch(m -> m.kind() == SessionTimeline.MarkKind.SETTINGS_CHANGE);
        assertThat(live.stepCount()).as("the live session is not changed").isEqualTo(450);
    }

    @Test
    void playingOnFromAnEarlierStepMakesANewFutureAsAFreshRunWould() {
        SessionConfig c = config(1);
        TrainingSession live = new TrainingSession(c, HP);
        SessionTimeline timeline = new SessionTimeline(live);
        for (long t = 1; t <= 300; t++) {
            schedule(live, t);
            live.advance();
            timeline.recorded(live);
        }
        TrainingSession back = timeline.sessionAt(live, 150);
        timeline.dropAfter(150);
        assertThat(timeline.marks()).extracting(SessionTimeline.Mark::step).containsExactly(137L);
        // the new future: no test shift this time, a new learning rate from step 170
        for (long t = 151; t <= 260; t++) {
            if (t == 170) {
                back.setHyperparams(LATER.withLearningRate(0.05));
            }
            back.advance();
            timeline.recorded(back);
        }
        TrainingSession fresh = new TrainingSession(c, HP);
        for (long t = 1; t <= 260; t++) {
            if (t == 137) {
                fresh.setHyperparams(LATER);
            }
            if (t == 170) {
                fresh.setHyperparams(LATER.withLearningRate(0.05));
            }
            fresh.advance();
        }
        assertThat(back.snapshot(true)).isEqualTo(fresh.snapshot(true));
        assertThat(timeline.sessionAt(back, 200).snapshot(true)).isEqualTo(
                timeline.sessionAt(fresh, 200).snapshot(true));
        assertThat(timeline.marks()).extracting(SessionTimeline.Mark::step).containsExactly(137L, 170L);
    }

    @Test
    void divergenceIsMarkedOnce() {
        SessionConfig c = config(1).withPlacement(Placement.NONE).withActivation(Activation.RELU);
        TrainingSession live = new TrainingSession(c, HP.withLearningRate(1e6));
        SessionTimeline timeline = new SessionTimeline(live);
        for (int t = 0; t < 50 && live.advance(); t++) {
            timeline.recorded(live);
        }
        assertThat(live.divergence()).isNotNull();
        assertThat(timeline.marks()).extracting(SessionTimeline.Mark::kind)
                .containsExactly(SessionTimeline.MarkKind.DIVERGENCE);
    }

    /** 100,000 steps: the checkpoints stay within the budget; going back still costs at most one spacing. */
    @Test
    void memoryStaysBoundedOverAHundredThousandSteps() {
        SessionConfig c = config(3).withEvalInterval(1000);
        TrainingSession live = new TrainingSession(c, HP);
        long budget = 2L << 20;
        SessionTimeline timeline = new SessionTimeline(live, budget);
        for (int t = 0; t < 100_000; t++) {
            live.advance();
            timeline.recorded(live);
        }
        assertThat(timeline.bytes()).isLessThanOrEqualTo(budget);
        assertThat(timeline.spacing()).isGreaterThan(SessionTimeline.FIRST_SPACING);
        assertThat(timeline.checkpointCount()).isGreaterThan(50);
        System.out.printf("timeline after 100000 steps (L=3, h=3, 600 points): %d checkpoints, %d bytes, spacing %d%n",
                timeline.checkpointCount(), timeline.bytes(), timeline.spacing());
        long k = 99_950;
        TrainingSession back = timeline.sessionAt(live, k);
        assertThat(back.stepCount()).isEqualTo(k);
        TrainingSession forward = timeline.sessionAt(live, 100_000);
        assertThat(forward.captureState().parameters()).isEqualTo(live.captureState().parameters());
    }

    @Test
    void aStepOutsideTheRunIsRefused() {
        TrainingSession live = new TrainingSession(config(1), HP);
        SessionTimeline timeline = new SessionTimeline(live);
        live.advance();
        timeline.recorded(live);
        assertThatThrownBy(() -> timeline.sessionAt(live, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> timeline.sessionAt(live, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionTimeline(live)).isInstanceOf(IllegalArgumentException.class);
    }
}
