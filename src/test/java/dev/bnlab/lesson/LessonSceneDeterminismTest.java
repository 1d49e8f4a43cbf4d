package dev.bnlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Snapshot;
import dev.bnlab.runtime.LiveFrame;
import dev.bnlab.runtime.LiveRun;
import dev.bnlab.runtime.RunEngine;
import dev.bnlab.runtime.RunHandle;
import org.junit.jupiter.api.Test;

/** Arriving at a scene on the live run shows the scene's frame: the same every time, the same as headless. */
class LessonSceneDeterminismTest {

    private long generation;

    /** Sends the arrive command and returns the first frame of the new session (no intermediate frame exists). */
    private LiveFrame arrive(RunHandle<LiveRun, LiveFrame> t, LessonScene s) throws InterruptedException {
        t.restartPaused(r -> r.arrive(s.config(), s.hyperparams(), s.steps(), "test"), false);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            t.requestFrame();
            LiveFrame f = t.takeFrame();
            if (f != null && f.generation() > generation) {
                generation = f.generation();
                return f;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no frame after arriving");
    }

    @Test
    void arrivingAtASceneAlwaysShowsTheSameFrameAsTheHeadlessRun() throws Exception {
        Lesson lesson = LessonLibrary.builtIn("b3-speed-and-lr");
        LessonScene first = lesson.scene(0);
        LessonScene second = lesson.scene(1);
        try (RunEngine engine = new RunEngine()) {
            RunHandle<LiveRun, LiveFrame> t = engine.add(new LiveRun(first.config(), first.hyperparams()), 20);
            t.play(); // arriving pauses whatever was running
            Thread.sleep(50);
            t.requestFrame();
            LiveFrame playing = t.takeFrame();
            generation = playing == null ? 0 : playing.generation();
            Snapshot a = arrive(t, second).snapshot();
            Snapshot b = arrive(t, first).snapshot();
            Snapshot c = arrive(t, second).snapshot();
            assertThat(t.isPlaying()).isFalse();
            assertThat(a.step()).isEqualTo(second.steps());
            assertThat(b.step()).isEqualTo(first.steps());
            assertThat(same(a, c)).isTrue();
            assertThat(same(a, b)).as("different scenes differ").isFalse();
            assertThat(same(a, second.headlessFrame().snapshot())).isTrue();
            Thread.sleep(100);
            t.requestFrame();
            LiveFrame later = t.takeFrame();
            assertThat(later == null || later.snapshot().step() == second.steps()).as("paused after arriving").isTrue();
        }
    }

    /** Same step, loss, accuracy, eval metrics and parameters. */
    static boolean same(Snapshot x, Snapshot y) {
        return x.step() == y.step() && Double.compare(x.loss(), y.loss()) == 0
                && Double.compare(x.accuracy(), y.accuracy()) == 0
                && x.parameters().equals(y.parameters())
                && Double.compare(x.eval().testLoss(), y.eval().testLoss()) == 0
                && Double.compare(x.eval().testAccuracy(), y.eval().testAccuracy()) == 0;
    }
}
