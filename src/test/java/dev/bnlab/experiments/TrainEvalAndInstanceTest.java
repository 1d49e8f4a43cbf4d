package dev.bnlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bnlab.core.EvalPass;
import dev.bnlab.core.Network;
import dev.bnlab.core.Placement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The train/eval switch, single-instance inference, batch size 1, AdaBN, layer coupling, percentiles. */
class TrainEvalAndInstanceTest {

    private static final double EPS = ProbeFixtures.EPS;

    private static Network withRunningStats(Placement p) {
        Network net = ProbeFixtures.network(p);
        net.first().runningMean.data[0] = 0.3;
        net.first().runningMean.data[1] = -0.2;
        net.first().runningMean.data[2] = 0.1;
        net.first().runningVar.data[0] = 0.6;
        net.first().runningVar.data[1] = 1.7;
        net.first().runningVar.data[2] = 0.9;
        return net;
    }

    @ParameterizedTest
    @EnumSource(value = Placement.class, names = {"BEFORE", "AFTER"})
    void batchStatisticsGiveNormalizedOutputsAndPopulationStatisticsDoNot(Placement p) {
        Network net = withRunningStats(p);
        BatchRecord batch = ProbeFixtures.batch();
        TrainEvalComparison c = TrainEvalSwitch.compare(net, batch, EPS);
        for (int j = 0; j < net.first().width; j++) {
            NeuronNormalization nn = c.neurons().get(j);
            double g = net.first().gamma.data[j];
            double b = net.first().beta.data[j];
            // (y − β)/γ = x̂ has mean 0 and variance σ²/(σ²+ε) over the batch
            double[] xhat = new double[batch.size()];
            for (int i = 0; i < xhat.length; i++) {
                xhat[i] = (nn.withBatchStats().get(i) - b) / g;
                double expectedPop = g * (nn.preBn().get(i) - nn.runningMean()) / Math.sqrt(nn.runningVar() + EPS) + b;
                assertThat(nn.withPopulationStats().get(i)).isCloseTo(expectedPop, within(1e-12));
            }
            dev.bnlab.core.Vec v = dev.bnlab.core.Vec.copyOf(xhat);
            assertThat(v.mean()).isCloseTo(0.0, within(1e-12));
            assertThat(v.variance()).isCloseTo(nn.batchVar() / (nn.batchVar() + EPS), within(1e-12));
            assertThat(nn.maxDifference()).isGreaterThan(1e-3);
        }
        assertThat(c.maxOutputDifference()).isGreaterThan(1e-3);
    }

    @ParameterizedTest
    @EnumSource(value = Placement.class, names = {"BEFORE", "AFTER"})
    void evalModeWithTheBatchsOwnStatisticsReproducesTrainingMode(Placement p) {
        Network net = withRunningStats(p);
        BatchRecord batch = ProbeFixtures.batch();
        TrainEvalComparison c = TrainEvalSwitch.compare(net, batch, EPS);
        Network same = net.copy();
        for (int j = 0; j < net.first().width; j++) {
            same.first().runningMean.data[j] = c.neurons().get(j).batchMean();
            same.first().runningVar.data[j] = c.neurons().get(j).batchVar();
        }
        TrainEvalComparison c2 = TrainEvalSwitch.compare(same, batch, EPS);
        assertThat(c2.maxOutputDifference()).isLessThan(1e-12);
        assertThat(c2.trainOutput()).isEqualTo(c.trainOutput());
    }

    @ParameterizedTest
    @EnumSource(Placement.class)
    void singleInstancePathAddsUpToTheEvalPassLogit(Placement p) {
        Network net = withRunningStats(p);
        double[] x = {0.7, -1.3};
        InstancePath path = SingleInstanceInference.trace(net, EPS, x, 1.0);
        EvalPass eval = new EvalPass();
        eval.run(net, EPS, new double[][] {x});
        assertThat(path.logit()).isEqualTo(eval.logit(0));
        assertThat(path.probability()).isEqualTo(eval.probability(0));
        double logit = path.outputBias();
        for (NeuronPath n : path.neurons()) {
            int j = n.neuron();
            double z = net.first().w.data[2 * j] * x[0] + net.first().w.data[2 * j + 1] * x[1] + net.first().b.data[j];
            assertThat(n.z()).isCloseTo(z, within(1e-12));
            if (p == Placement.NONE) {
                assertThat(n.normalized()).isNaN();
                assertThat(n.activation()).isCloseTo(ReferenceMlp.sigmoid(z), within(1e-12));
            } else {
                double v = p == Placement.AFTER ? ReferenceMlp.sigmoid(z) : z;
                double xhat = (v - net.first().runningMean.data[j]) / Math.sqrt(net.first().runningVar.data[j] + EPS);
                assertThat(n.normalized()).isCloseTo(xhat, within(1e-12));
                assertThat(n.bnOut()).isCloseTo(net.first().gamma.data[j] * xhat + net.first().beta.data[j], within(1e-12));
                double a = p == Placement.BEFORE ? ReferenceMlp.sigmoid(n.bnOut()) : n.bnOut();
                assertThat(n.activation()).isCloseTo(a, within(1e-12));
            }
            assertThat(n.contribution()).isEqualTo(n.outputWeight() * n.activation());
            logit += n.contribution();
        }
        assertThat(path.logit()).isCloseTo(logit, within(1e-12));
    }

    @Test
    void batchOfOneExampleHasZeroVarianceZeroXhatAndNoGradientForW1() {
        Network net = withRunningStats(Placement.BEFORE);
        SingleExampleBatch.Outcome o = SingleExampleBatch.demonstrate(net, EPS, new double[] {0.4, 1.1}, 1.0);
        assertThat(o.verdict()).isEqualTo(TrainingBatchVerdict.ZERO_VARIANCE);
        for (int j = 0; j < net.first().width; j++) {
            assertThat(o.batchVar().get(j)).isZero();
            assertThat(o.xhat().get(j)).isZero();
            assertThat(o.bnOut().get(j)).isEqualTo(net.first().beta.data[j]);
        }
        assertThat(o.gradW1Norm()).isZero();
        assertThat(o.explanation()).contains("σ²_B = 0").contains("x̂");
        // the network itself is untouched
        assertThat(net.batchSize()).isZero();
        // without BN a single example still carries a gradient
        SingleExampleBatch.Outcome plain = SingleExampleBatch.demonstrate(ProbeFixtures.network(Placement.NONE), EPS,
                new double[] {0.4, 1.1}, 1.0);
        assertThat(plain.verdict()).isEqualTo(TrainingBatchVerdict.ONE_EXAMPLE_WITHOUT_BN);
        assertThat(plain.gradW1Norm()).isGreaterThan(1e-3);
    }

    @Test
    void verdictsForBatchSizes() {
        assertThat(TrainingBatchVerdict.of(1, Placement.AFTER)).isEqualTo(TrainingBatchVerdict.ZERO_VARIANCE);
        assertThat(TrainingBatchVerdict.of(2, Placement.BEFORE)).isEqualTo(TrainingBatchVerdict.WORKS);
        assertThat(TrainingBatchVerdict.of(0, Placement.BEFORE)).isEqualTo(TrainingBatchVerdict.EMPTY);
        assertThat(TrainingBatchVerdict.of(1, Placement.NONE)).isEqualTo(TrainingBatchVerdict.ONE_EXAMPLE_WITHOUT_BN);
    }

    @Test
    void adaBnSetsTheRunningStatisticsToThePointsPreBnMeanAndBiasedVarianceOnACopy() {
        Network net = withRunningStats(Placement.BEFORE);
        double[][] pts = ProbeFixtures.batch().rows();
        Network ada = AdaptiveBatchNorm.reestimated(net, EPS, pts);
        assertThat(net.first().runningMean.data[0]).isEqualTo(0.3);
        for (int j = 0; j < net.first().width; j++) {
            double[] z = new double[pts.length];
            double mean = 0;
            for (int i = 0; i < pts.length; i++) {
                z[i] = net.first().w.data[2 * j] * pts[i][0] + net.first().w.data[2 * j + 1] * pts[i][1] + net.first().b.data[j];
                mean += z[i] / pts.length;
            }
            double var = 0;
            for (double v : z) {
                var += (v - mean) * (v - mean) / pts.length;
            }
            assertThat(ada.first().runningMean.data[j]).isCloseTo(mean, within(1e-12));
            assertThat(ada.first().runningVar.data[j]).isCloseTo(var, within(1e-12));
        }
    }

    @Test
    void scalingTheFirstLayerLeavesBnBeforeUnchangedButChangesTheNetworkWithoutBn() {
        BatchRecord batch = ProbeFixtures.batch();
        CouplingMeasurement bn = LayerCoupling.scaleFirstLayer(ProbeFixtures.network(Placement.BEFORE), batch, EPS, 3);
        CouplingMeasurement plain = LayerCoupling.scaleFirstLayer(ProbeFixtures.network(Placement.NONE), batch, EPS, 3);
        CouplingMeasurement one = LayerCoupling.scaleFirstLayer(ProbeFixtures.network(Placement.NONE), batch, EPS, 1);
        assertThat(bn.maxOutputChange()).isLessThan(1e-3);
        assertThat(bn.maxActivationInputChange()).isLessThan(1e-2);
        assertThat(plain.maxOutputChange()).isGreaterThan(0.05);
        assertThat(one.maxOutputChange()).isZero();
        // with ε = 0 the invariance would be exact; with a tiny ε it is nearly so
        CouplingMeasurement tinyEps = LayerCoupling.scaleFirstLayer(ProbeFixtures.network(Placement.BEFORE), batch,
                1e-12, 3);
        assertThat(tinyEps.maxActivationInputChange()).isLessThan(1e-9);
    }

    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        PercentileBand b = PercentileBand.of(new double[] {5, 1, 3, 2, 4});
        // p·(n−1): 0.6 → 1 + 0.6 ; 2 → 3 ; 3.4 → 4 + 0.4
        assertThat(b.p15()).isCloseTo(1.6, within(1e-12));
        assertThat(b.p50()).isEqualTo(3.0);
        assertThat(b.p85()).isCloseTo(4.4, within(1e-12));
        assertThat(PercentileBand.of(new double[] {7}).p85()).isEqualTo(7);
    }
}
