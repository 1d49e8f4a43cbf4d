package dev.bnlab.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.BatchArrays;
import dev.bnlab.core.HistoryColumns;
import dev.bnlab.core.HistoryTable;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.Snapshot;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * A reader takes frames while the live run trains flat out on the engine and another thread keeps changing the batch size:
 * every frame must belong to one step — its step number, history, statistics and arrays all agree.
 */
class LiveRunStressTest {

    @Test
    void everyFrameIsInternallyConsistentWhileTrainingFlatOut() throws Exception {
        SessionConfig cfg = SessionConfig.defaults().withEvalInterval(7);
        Hyperparams hp = Hyperparams.defaults().withBatchSize(64).withLearningRate(0.5);
        AtomicBoolean stop = new AtomicBoolean();
        int frames = 0;
        long lastStep = -1;
        try (RunEngine engine = new RunEngine()) {
            RunHandle<LiveRun, LiveFrame> trainer = engine.add(new LiveRun(cfg, hp), LiveRun.DEFAULT_SPEED);
            trainer.setSpeed(RunEngine.FLAT_OUT);
            trainer.play();
            Thread changer = new Thread(() -> {
                int[] sizes = {2, 17, 64, 300, 1024};
                int k = 0;
                while (!stop.get()) {
                    Hyperparams next = hp.withBatchSize(sizes[k++ % sizes.length]);
                    trainer.apply(r -> r.setHyperparams(next));
                    try {
                        Thread.sleep(3);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            changer.start();
            long end = System.nanoTime() + 1_500_000_000L;
            while (System.nanoTime() < end) {
                trainer.requestFrame();
                LiveFrame f = trainer.takeFrame();
                if (f == null) {
                    Thread.onSpinWait();
                    continue;
                }
                frames++;
                assertConsistent(f);
                assertThat(f.snapshot().step()).isGreaterThanOrEqualTo(lastStep);
                lastStep = f.snapshot().step();
            }
            stop.set(true);
            changer.join();
        }
        assertThat(frames).as("frames read").isGreaterThan(20);
        assertThat(lastStep).as("steps trained").isGreaterThan(100);
    }

    static void assertConsistent(LiveFrame f) {
        Snapshot s = f.snapshot();
        if (s.step() == 0) {
            return;
        }
        HistoryTable steps = f.steps();
        assertThat(steps.endRow()).as("history rows = steps").isEqualTo(s.step());
        int last = steps.rows() - 1;
        assertThat(steps.get(last, HistoryColumns.STEP)).isEqualTo((double) s.step());
        assertThat(steps.get(last, HistoryColumns.LOSS)).isEqualTo(s.loss());
        BatchArrays b = s.batch();
        assertThat(b).isNotNull();
        assertThat(b.size()).isEqualTo(s.batchSize()).isEqualTo(s.hyperparams().batchSize());
        for (int j = 0; j < s.hidden(); j++) {
            assertThat(b.preBn().get(j).size()).isEqualTo(s.batchSize());
            assertThat(b.preBn().get(j).mean()).isCloseTo(s.neurons().get(j).batchMean(),
                    Offset.offset(1e-9 * (1 + Math.abs(s.neurons().get(j).batchMean()))));
            assertThat(steps.get(last, HistoryColumns.neuron(j, HistoryColumns.BATCH_VAR)))
                    .isEqualTo(s.neurons().get(j).batchVar());
        }
        if (s.eval() != null) {
            assertThat(s.eval().step()).isLessThanOrEqualTo(s.step());
            assertThat(s.eval().step() % 7).isZero();
            assertThat(f.evals().endRow()).isEqualTo(s.eval().step() / 7);
        }
    }
}
