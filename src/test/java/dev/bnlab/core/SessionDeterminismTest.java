package dev.bnlab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A session is a pure function of its seeds and settings; hot settings change the next step only. */
class SessionDeterminismTest {

    private static final int STEPS = 12;
    private static final Hyperparams HYPERPARAMS = new Hyperparams(0.3, 16, 0.9, Convention.KERAS, 1e-3);

    private static SessionConfig config(Placement placement, long seed) {
        DataConfig data = new DataConfig(DatasetKind.XOR, 300, 80, 0.1, TestShift.NONE, seed);
        return new SessionConfig(data, 3, 1, Activation.TANH, placement, seed, seed, 5);
    }

    /** Full snapshots (with the batch arrays) after each of the next steps. */
    private static List<Snapshot> run(TrainingSession session, int steps) {
        List<Snapshot> out = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            assertThat(session.advance()).isTrue();
            out.add(session.snapshot(true));
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Placement.class)
    void sameConfigAndHyperparamsGiveIdenticalSnapshots(Placement placement) {
        List<Snapshot> first = run(new TrainingSession(config(placement, 11), HYPERPARAMS), STEPS);
        List<Snapshot> second = run(new TrainingSession(config(placement, 11), HYPERPARAMS), STEPS);
        assertThat(second).isEqualTo(first);
        // the comparison covers real content, including the per-element arrays and the eval measurement
        Snapshot last = first.get(STEPS - 1);
        assertThat(last.step()).isEqualTo(STEPS);
        assertThat(last.loss()).isFinite();
        assertThat(last.batch().size()).isEqualTo(16);
        assertThat(last.batch().x0()).isEqualTo(second.get(STEPS - 1).batch().x0());
        assertThat(last.batch().preBn().get(0)).isEqualTo(second.get(STEPS - 1).batch().preBn().get(0));
        assertThat(last.eval()).isNotNull();
        assertThat(last.eval().step()).isEqualTo(10);
        assertThat(first.get(0).batch().x0()).isNotEqualTo(first.get(1).batch().x0());
    }

    @Test
    void differentSeedsGiveDifferentBatchesAndParameters() {
        Snapshot a = run(new TrainingSession(config(Placement.BEFORE, 1), HYPERPARAMS), 1).get(0);
        Snapshot b = run(new TrainingSession(config(Placement.BEFORE, 2), HYPERPARAMS), 1).get(0);
        assertThat(a.batch().x0()).isNotEqualTo(b.batch().x0());
        assertThat(a.parameters().first().w()).isNotEqualTo(b.parameters().first().w());
    }

    @Test
    void onlyTheBatchSeedChangesOnlyTheBatchOrder() {
        SessionConfig base = config(Placement.BEFORE, 1);
        SessionConfig otherOrder = new SessionConfig(base.data(), base.hidden(), 1, base.activation(), base.placement(),
                base.initSeed(), 99, base.evalInterval());
        TrainingSession s1 = new TrainingSession(base, HYPERPARAMS);
        TrainingSession s2 = new TrainingSession(otherOrder, HYPERPARAMS);
        assertThat(s2.snapshot(false).parameters()).isEqualTo(s1.snapshot(false).parameters());
        assertThat(run(s2, 1).get(0).batch().x0()).isNotEqualTo(run(s1, 1).get(0).batch().x0());
    }

    @Test
    void hotHyperparamsTakeEffectAtTheNextStepWithoutReset() {
        TrainingSession session = new TrainingSession(config(Placement.BEFORE, 5), HYPERPARAMS);
        run(session, 3);
        Network net = session.network();

        // lr and batch size: θ_after = θ_before − lr·∂L/∂θ with the new lr, on a batch of the new size
        Hyperparams smallBatch = HYPERPARAMS.withLearningRate(0.05).withBatchSize(7).withMomentum(0.0);
        session.setHyperparams(smallBatch);
        double[] w1Before = net.first().w.data.clone();
        Snapshot s = run(session, 1).get(0);
        assertThat(s.step()).isEqualTo(4);
        assertThat(s.hyperparams()).isEqualTo(smallBatch);
        assertThat(s.batchSize()).isEqualTo(7);
        assertThat(s.batch().size()).isEqualTo(7);
        for (int e = 0; e < w1Before.length; e++) {
            assertThat(net.first().w.data[e]).isCloseTo(w1Before[e] - 0.05 * net.first().gradW.data[e], within(1e-15));
        }
        // keras momentum 0: the running statistics are replaced by the batch statistics
        for (int j = 0; j < net.first().width; j++) {
            assertThat(s.neurons().get(j).runningMean()).isEqualTo(s.neurons().get(j).batchMean());
            assertThat(s.neurons().get(j).runningVar()).isEqualTo(s.neurons().get(j).batchVar());
        }
        HistoryTable history = session.stepHistory().read(3);
        assertThat(history.rows()).isEqualTo(1);
        assertThat(history.get(0, HistoryColumns.STEP)).isEqualTo(4.0);
        assertThat(history.get(0, HistoryColumns.LEARNING_RATE)).isEqualTo(0.05);

        // convention: pytorch momentum 1 replaces the running variance by the unbiased batch variance
        Hyperparams pytorch = smallBatch.withConvention(Convention.PYTORCH).withMomentum(1.0).withBatchSize(5);
        session.setHyperparams(pytorch);
        Snapshot p = run(session, 1).get(0);
        assertThat(p.hyperparams()).isEqualTo(pytorch);
        assertThat(p.batchSize()).isEqualTo(5);
        for (int j = 0; j < net.first().width; j++) {
            assertThat(p.neurons().get(j).runningVar())
                    .isCloseTo(p.neurons().get(j).batchVar() * 5.0 / 4.0, within(1e-15));
        }
        assertThat(run(session, 5)).allSatisfy(snapshot -> assertThat(snapshot.loss()).isFinite());
    }

    @Test
    void rebuildWithTheSameConfigReplaysExactly() {
        TrainingSession original = new TrainingSession(config(Placement.AFTER, 8), HYPERPARAMS);
        List<Snapshot> first = run(original, STEPS);
        TrainingSession rebuilt = original.rebuild(original.config());
        assertThat(rebuilt.stepCount()).isZero();
        assertThat(run(rebuilt, STEPS)).isEqualTo(first);
    }

    @Test
    void resetReturnsToTheExactStepZeroState() {
        TrainingSession fresh = new TrainingSession(config(Placement.BEFORE, 21), HYPERPARAMS);
        Snapshot preview = fresh.snapshot(true);
        List<Snapshot> expected = run(fresh, STEPS);

        TrainingSession session = new TrainingSession(config(Placement.BEFORE, 21), HYPERPARAMS);
        run(session, STEPS + 7);
        session.reset();
        assertThat(session.stepCount()).isZero();
        assertThat(session.stepHistory().count()).isZero();
        assertThat(session.evalHistory().count()).isZero();
        assertThat(session.snapshot(true)).isEqualTo(preview);
        assertThat(run(session, STEPS)).isEqualTo(expected);
    }
}
