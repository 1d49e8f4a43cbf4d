package dev.bnlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bnlab.core.Convention;
import dev.bnlab.core.Network;
import dev.bnlab.core.Placement;
import dev.bnlab.core.RunningStatsRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The noise itself, and the network's hook: forward perturbation and backward chain rule. */
class NoisyBatchNormTest {

    private static final RunningStatsRule RULE = new RunningStatsRule(Convention.KERAS, 0.9);

    @Test
    void strengthZeroIsExactlyTheIdentity() {
        Network plain = ProbeFixtures.network(Placement.BEFORE);
        Network noisy = plain.copy();
        noisy.setBnNoise(new NoisyBatchNorm(3, 0.0, 5));
        BatchRecord b = ProbeFixtures.batch();
        b.loadInto(plain);
        b.loadInto(noisy);
        for (int s = 0; s < 3; s++) {
            assertThat(noisy.trainStep(0.5, 1e-3, RULE)).isEqualTo(plain.trainStep(0.5, 1e-3, RULE));
        }
        assertThat(ParameterVector.values(noisy)).containsExactly(ParameterVector.values(plain));
    }

    @Test
    void drawsAreFixedWithinAStepAndChangeBetweenSteps() {
        NoisyBatchNorm noise = new NoisyBatchNorm(2, 1.0, 9);
        double[] first = perturbZeros(noise, 1, 8);
        assertThat(perturbZeros(noise, 1, 8)).containsExactly(first);
        // asking for fewer rows, then more, gives the same values
        assertThat(perturbZeros(noise, 1, 4)).containsExactly(java.util.Arrays.copyOf(first, 4));
        double mean = noise.stepMean(1);
        noise.nextStep();
        assertThat(noise.stepMean(1)).isNotEqualTo(mean);
        assertThat(perturbZeros(noise, 1, 8)).isNotEqualTo(first);
        noise.restart();
        assertThat(perturbZeros(noise, 1, 8)).containsExactly(first);
    }

    @Test
    void noiseHasANonZeroMeanAndANonUnitScaleThatChangeEveryStep() {
        NoisyBatchNorm noise = new NoisyBatchNorm(1, 1.0, 3);
        double maxAbsMean = 0;
        double minScale = Double.POSITIVE_INFINITY;
        double maxScale = 0;
        for (int t = 0; t < 50; t++) {
            maxAbsMean = Math.max(maxAbsMean, Math.abs(noise.stepMean(0)));
            minScale = Math.min(minScale, noise.stepScale(0));
            maxScale = Math.max(maxScale, noise.stepScale(0));
            assertThat(Math.abs(noise.stepMean(0))).isLessThanOrEqualTo(NoisyBatchNorm.MEAN_RANGE);
            noise.nextStep();
        }
        assertThat(maxAbsMean).isGreaterThan(1.0);
        assertThat(minScale).isLessThan(0.7);
        assertThat(maxScale).isGreaterThan(1.5);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.1, Double.NaN})
    void rejectsStrengthOutsideZeroToOne(double k) {
        assertThatThrownBy(() -> new NoisyBatchNorm(2, k, 1)).hasMessageContaining("[0, 1]");
    }

    /** The network's gradient with noise equals central differences of the reference loss with the same noise. */
    @ParameterizedTest
    @EnumSource(value = Placement.class, names = {"BEFORE", "AFTER"})
    void networkGradientWithNoiseMatchesFiniteDifferences(Placement placement) {
        Network net = ProbeFixtures.network(placement);
        BatchRecord batch = ProbeFixtures.batch();
        NoisyBatchNorm noise = new NoisyBatchNorm(net.first().width, 0.8, 17);
        net.setBnNoise(noise);
        ReferenceMlp ref = ProbeFixtures.reference(net);
        ProbeFixtures.copyNoise(noise, ref, batch.size());
        double[] theta = ParameterVector.values(net);

        Network copy = net.copy();
        copy.setBnNoise(noise);
        BatchGradient.LossAndGradient lg = BatchGradient.of(copy, batch, ProbeFixtures.EPS);

        double refLoss = ref.loss(theta, batch.rows(), batch.labels());
        assertThat(lg.loss()).isCloseTo(refLoss, org.assertj.core.api.Assertions.within(1e-12));
        ReferenceMlp clean = ProbeFixtures.reference(net);
        assertThat(Math.abs(clean.loss(theta, batch.rows(), batch.labels()) - refLoss))
                .as("the noise must change the loss").isGreaterThan(1e-3);
        double err = ProbeFixtures.maxRelativeError(lg.gradient(), ref.gradient(theta, batch.rows(), batch.labels()));
        assertThat(err).isLessThan(1e-7);
    }

    private static double[] perturbZeros(NoisyBatchNorm noise, int j, int n) {
        double[] y = new double[n];
        noise.perturb(j, y, 0, n);
        return y;
    }
}
