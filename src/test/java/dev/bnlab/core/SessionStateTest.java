package dev.bnlab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Capture → restore into a fresh session → the next steps are the uninterrupted session's, bit for bit. */
class SessionStateTest {

    static Stream<Arguments> sessions() {
        SessionConfig base = SessionConfig.defaults();
        // 100 training points and n = 32: batches cross epoch boundaries every few steps
        DataConfig small = new DataConfig(DatasetKind.MOONS, 100, 40, 0.1, TestShift.NONE, 5L);
        return Stream.of(
                Arguments.of(base, Hyperparams.defaults(), 37),
                Arguments.of(base.withData(small).withEvalInterval(3).withPlacement(Placement.AFTER)
                        .withActivation(Activation.RELU).withHidden(5),
                        new Hyperparams(0.3, 32, 0.5, Convention.PYTORCH_CUMULATIVE, 1e-5), 29),
                Arguments.of(base.withData(small).withPlacement(Placement.NONE).withActivation(Activation.TANH),
                        new Hyperparams(0.5, 17, 0.9, Convention.PYTORCH, 1e-3), 41),
                // the next step (30) is an evaluation step
                Arguments.of(base.withEvalInterval(5), Hyperparams.defaults().withBatchSize(64), 29));
    }

    @ParameterizedTest
    @MethodSource("sessions")
    void aRestoredSessionTakesTheSameNextStepsAsTheUninterruptedOne(SessionConfig cfg, Hyperparams hp, int k) {
        TrainingSession original = new TrainingSession(cfg, hp);
        for (int i = 0; i < k; i++) {
            original.advance();
        }
        SessionState state = original.captureState();

        TrainingSession restored = new TrainingSession(cfg, hp);
        restored.advance(); // a fresh session that has already moved on must be overwritten completely
        restored.restoreState(state);
        assertThat(restored.stepCount()).isEqualTo(k);
        assertThat(restored.captureState()).isEqualTo(state);

        for (int i = 0; i < 4; i++) {
            original.advance();
            restored.advance();
            Snapshot expected = original.snapshot(true);
            Snapshot actual = restored.snapshot(true);
            assertThat(actual.batch()).isEqualTo(expected.batch());
            assertThat(actual.neurons()).isEqualTo(expected.neurons());
            assertThat(actual.parameters()).isEqualTo(expected.parameters());
            assertThat(actual.eval()).isEqualTo(expected.eval());
            assertThat(actual).isEqualTo(expected);
        }
        assertThat(restored.captureState()).isEqualTo(original.captureState());
    }

    @Test
    void theRestoredHistoriesContinueTheCurves() {
        SessionConfig cfg = SessionConfig.defaults().withEvalInterval(4);
        TrainingSession original = new TrainingSession(cfg, Hyperparams.defaults());
        for (int i = 0; i < 21; i++) {
            original.advance();
        }
        TrainingSession restored = new TrainingSession(cfg, Hyperparams.defaults());
        restored.restoreState(original.captureState());
        HistoryTable steps = restored.stepHistory().read(0);
        assertThat(steps.rows()).isEqualTo(21);
        assertThat(steps.get(20, HistoryColumns.STEP)).isEqualTo(21);
        assertThat(restored.evalHistory().count()).isEqualTo(5);
        // before the next step, the snapshot shows the latest evaluation and a preview of the next batch
        Snapshot now = restored.snapshot(true);
        assertThat(now.step()).isEqualTo(21);
        assertThat(now.eval()).isEqualTo(original.snapshot(false).eval());
        assertThat(now.batch()).isNotNull();
        assertThat(now.batchSize()).isEqualTo(32);
        restored.advance();
        assertThat(restored.stepHistory().read(0).get(21, HistoryColumns.STEP)).isEqualTo(22);
    }

    @Test
    void aFullRingBufferIsRestoredWithItsRowIndices() {
        SessionConfig cfg = SessionConfig.defaults().withHidden(1).withEvalInterval(1000);
        DataConfig tiny = new DataConfig(DatasetKind.XOR, 64, 8, 0.1, TestShift.NONE, 2L);
        cfg = cfg.withData(tiny);
        Hyperparams hp = Hyperparams.defaults().withBatchSize(2);
        TrainingSession original = new TrainingSession(cfg, hp);
        int k = TrainingSession.HISTORY_CAPACITY + 7;
        for (int i = 0; i < k; i++) {
            original.advance();
        }
        TrainingSession restored = new TrainingSession(cfg, hp);
        restored.restoreState(original.captureState());
        assertThat(restored.stepHistory().count()).isEqualTo(k);
        assertThat(restored.stepHistory().read(0).get(0, HistoryColumns.STEP)).isEqualTo(8);
        original.advance();
        restored.advance();
        assertThat(restored.snapshot(true)).isEqualTo(original.snapshot(true));
    }

    @Test
    void aStateOfAnotherShapeIsRefusedAndChangesNothing() {
        TrainingSession other = new TrainingSession(SessionConfig.defaults().withHidden(4), Hyperparams.defaults());
        other.advance();
        TrainingSession session = new TrainingSession(SessionConfig.defaults(), Hyperparams.defaults());
        for (int i = 0; i < 3; i++) {
            session.advance();
        }
        SessionState before = session.captureState();
        assertThatThrownBy(() -> session.restoreState(other.captureState()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 hidden neurons");
        assertThat(session.captureState()).isEqualTo(before);
    }

    @Test
    void aSamplerStateMustHoldAPermutation() {
        assertThatThrownBy(() -> new SamplerState(new int[] {0, 2, 2}, 0, 0, 1L))
                .hasMessageContaining("order[2]: index 2 appears twice");
        assertThatThrownBy(() -> new SamplerState(new int[] {0, 1, 3}, 0, 0, 1L))
                .hasMessageContaining("order[2] = 3 is not in 0..2");
        assertThatThrownBy(() -> new SamplerState(new int[] {0, 1}, 3, 0, 1L)).hasMessageContaining("position");
    }

    @Test
    void aRestoredSamplerDrawsTheSameBatchesAcrossEpochs() {
        MiniBatchSampler a = new MiniBatchSampler(10, 3L);
        int[] idx = new int[7];
        a.next(idx, 7);
        MiniBatchSampler b = MiniBatchSampler.restore(a.state());
        int[] ia = new int[7];
        int[] ib = new int[7];
        for (int i = 0; i < 5; i++) {
            a.next(ia, 7);
            b.next(ib, 7);
            assertThat(ib).containsExactly(ia);
        }
        assertThat(b.epoch()).isEqualTo(a.epoch()).isGreaterThan(2);
    }
}
