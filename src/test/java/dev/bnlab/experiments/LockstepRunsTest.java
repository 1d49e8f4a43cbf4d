package dev.bnlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bnlab.core.Activation;
import dev.bnlab.core.Dataset;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.MiniBatchSampler;
import dev.bnlab.core.Network;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LockstepRunsTest {

    /** The batches a lone session with this config would draw: the data set and a sampler on the batch seed. */
    private static List<BatchRecord> expectedBatches(SessionConfig c, int batch, int steps) {
        Dataset data = Dataset.generate(c.data());
        MiniBatchSampler sampler = new MiniBatchSampler(data.trainSize(), c.batchSeed());
        int[] idx = new int[batch];
        List<BatchRecord> out = new ArrayList<>();
        for (int s = 0; s < steps; s++) {
            sampler.next(idx, batch);
            double[][] x = new double[batch][2];
            double[] y = new double[batch];
            for (int i = 0; i < batch; i++) {
                x[i][0] = data.trainX(idx[i], 0);
                x[i][1] = data.trainX(idx[i], 1);
                y[i] = data.trainLabel(idx[i]);
            }
            out.add(BatchRecord.of(x, y));
        }
        return out;
    }

    @Test
    void everyRunOfEveryPresetTrainsOnTheSameBatchesAsALoneSampler() {
        int steps = 80;
        for (LockstepExperiment preset : List.of(Pairings.bnVsNoBn(), Pairings.learningRateX30(),
                Pairings.beforeVsAfter(), Pairings.kerasMomentum())) {
            LockstepRuns runs = new LockstepRuns(preset.runs(7));
            List<BatchRecord> expected = expectedBatches(runs.spec(0).config(), runs.batchSize(), steps);
            Set<BatchRecord> distinct = new HashSet<>();
            for (int s = 0; s < steps; s++) {
                LockstepStep step = runs.advance();
                for (int i = 0; i < runs.size(); i++) {
                    RunStepResult r = step.run(i);
                    assertThat(r.stepped()).as("%s run %s step %d", preset.id(), r.label(), s + 1).isTrue();
                    assertThat(r.batch()).as("%s run %s step %d", preset.id(), r.label(), s + 1)
                            .isEqualTo(expected.get(s));
                    // read straight from the network as well, not only from the record
                    Network net = runs.session(i).network();
                    assertThat(net.batchSize()).isEqualTo(expected.get(s).size());
                    for (int e = 0; e < net.batchSize(); e++) {
                        assertThat(net.batchInput(e, 0)).isEqualTo(expected.get(s).x(e, 0));
                        assertThat(net.batchInput(e, 1)).isEqualTo(expected.get(s).x(e, 1));
                        assertThat(net.batchLabel(e)).isEqualTo(expected.get(s).label(e));
                    }
                }
                distinct.add(step.sharedBatch());
            }
            assertThat(distinct).as("batches must change from step to step").hasSize(steps);
        }
    }

    @Test
    void bnAndNoBnStartFromIdenticalLayerParameters() {
        LockstepRuns runs = new LockstepRuns(Pairings.bnVsNoBn().runs(3));
        Network bn = runs.session(0).network();
        Network plain = runs.session(1).network();
        assertThat(bn.placement).isEqualTo(Placement.BEFORE);
        assertThat(plain.placement).isEqualTo(Placement.NONE);
        assertThat(plain.first().w.data).containsExactly(bn.first().w.data);
        assertThat(plain.first().b.data).containsExactly(bn.first().b.data);
        assertThat(plain.outW.data).containsExactly(bn.outW.data);
        assertThat(plain.outB.data).containsExactly(bn.outB.data);
        assertThat(runs.sharesInitialWeights(1)).isTrue();
        for (int s = 0; s < 20; s++) {
            runs.advance();
        }
        assertThat(plain.first().w.data).isNotEqualTo(bn.first().w.data);
        runs.reset();
        assertThat(runs.stepCount()).isZero();
        assertThat(plain.first().w.data).containsExactly(bn.first().w.data);
        assertThat(plain.outW.data).containsExactly(bn.outW.data);
    }

    @Test
    void runsTakeDataSeedsAndBatchSizeFromTheFirstRun() {
        SessionConfig a = ExperimentDefaults.config(1);
        SessionConfig b = ExperimentDefaults.config(99).withHidden(5).withActivation(Activation.RELU);
        Hyperparams hp = ExperimentDefaults.hyperparams();
        LockstepRuns runs = new LockstepRuns(List.of(RunSpec.of("a", a, hp.withBatchSize(16)),
                RunSpec.of("b", b, hp.withBatchSize(64))));
        assertThat(runs.spec(1).config().data()).isEqualTo(a.data());
        assertThat(runs.spec(1).config().batchSeed()).isEqualTo(a.batchSeed());
        assertThat(runs.spec(1).config().hidden()).isEqualTo(5);
        assertThat(runs.spec(1).hyperparams().batchSize()).isEqualTo(16);
        assertThat(runs.sharesInitialWeights(1)).as("different shape: own initial weights").isFalse();
        LockstepStep s = runs.advance();
        assertThat(s.run(0).batch()).isEqualTo(s.run(1).batch());
        assertThat(s.run(1).batch().size()).isEqualTo(16);
    }

    @Test
    void aDivergedRunStopsWhileTheOthersGoOnOnTheSameBatches() {
        SessionConfig c = ExperimentDefaults.config(2).withPlacement(Placement.NONE);
        Hyperparams hp = ExperimentDefaults.hyperparams();
        LockstepRuns runs = new LockstepRuns(List.of(RunSpec.of("ok", c, hp),
                RunSpec.of("huge", c.withActivation(Activation.RELU), hp.withLearningRate(1e200)),
                RunSpec.of("ok2", c.withPlacement(Placement.BEFORE), hp)));
        boolean sawStop = false;
        for (int s = 0; s < 30; s++) {
            LockstepStep step = runs.advance();
            assertThat(step.run(0).stepped()).isTrue();
            assertThat(step.run(2).batch()).isEqualTo(step.run(0).batch());
            if (!step.run(1).stepped()) {
                sawStop = true;
                assertThat(step.run(1).batch()).isNull();
                assertThat(step.run(1).divergence()).isNotNull();
            }
        }
        assertThat(sawStop).as("relu at lr 1e200 must diverge within 30 steps").isTrue();
    }

    @Test
    void batchSizeIsSharedAndChangesForAllRunsAtTheNextStep() {
        LockstepRuns runs = new LockstepRuns(Pairings.bnVsNoBn().runs(1));
        Hyperparams other = runs.spec(0).hyperparams().withBatchSize(8);
        assertThatThrownBy(() -> runs.setHyperparams(0, other)).hasMessageContaining("share one batch size");
        runs.setHyperparams(1, runs.spec(1).hyperparams().withLearningRate(0.5));
        runs.advance();
        runs.setBatchSize(8);
        LockstepStep s = runs.advance();
        assertThat(s.run(0).batch().size()).isEqualTo(8);
        assertThat(s.run(1).batch()).isEqualTo(s.run(0).batch());
        assertThat(runs.session(1).hyperparams().learningRate()).isEqualTo(0.5);
        assertThatThrownBy(() -> runs.setBatchSize(1)).hasMessageContaining("2..");
    }

    @Test
    void needsTwoToFourRunsWithDistinctLabels() {
        SessionConfig c = ExperimentDefaults.config(1);
        Hyperparams hp = ExperimentDefaults.hyperparams();
        RunSpec r = RunSpec.of("a", c, hp);
        assertThatThrownBy(() -> new LockstepRuns(List.of(r))).hasMessageContaining("2 to 4");
        assertThatThrownBy(() -> new LockstepRuns(List.of(r, RunSpec.of("b", c, hp), RunSpec.of("c", c, hp),
                RunSpec.of("d", c, hp), RunSpec.of("e", c, hp)))).hasMessageContaining("2 to 4");
        assertThatThrownBy(() -> new LockstepRuns(List.of(r, r))).hasMessageContaining("labels");
        assertThatThrownBy(() -> RunSpec.of("a b", c, hp)).hasMessageContaining("letters");
        assertThatThrownBy(() -> new RunSpec("n", c.withPlacement(Placement.NONE), hp, 0.5))
                .hasMessageContaining("needs a BN placement");
    }

    @Test
    void noisyRunIsRedrawnEveryStepAndResetRestartsIt() {
        LockstepRuns runs = new LockstepRuns(new IcsExperiment(0.5).runs(1));
        NoisyBatchNorm noise = runs.noise(2);
        assertThat(noise).isNotNull();
        assertThat(runs.noise(0)).isNull();
        double first = noise.stepMean(0);
        runs.advance();
        double second = noise.stepMean(0);
        assertThat(second).isNotEqualTo(first);
        double loss1 = runs.lastStep().run(2).loss();
        runs.reset();
        assertThat(noise.stepMean(0)).isEqualTo(first);
        runs.advance();
        assertThat(runs.lastStep().run(2).loss()).isEqualTo(loss1);
    }
}
