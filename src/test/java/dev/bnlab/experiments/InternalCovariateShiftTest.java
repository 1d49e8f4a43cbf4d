package dev.bnlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bnlab.core.Convention;
import dev.bnlab.core.Network;
import dev.bnlab.core.Placement;
import dev.bnlab.core.RunningStatsRule;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * ICS of the output layer against a direct computation: G and G′ by central differences of a plain reference
 * loss at θ_t and at the hybrid (W1, b1, γ, β of θ_{t+1}; W2, b2 of θ_t).
 */
class InternalCovariateShiftTest {

    private static final RunningStatsRule RULE = new RunningStatsRule(Convention.KERAS, 0.9);
    private static final double LR = 0.7;

    /** W2 part of a flat gradient. */
    private static double[] w2Part(ReferenceMlp ref, double[] grad) {
        return Arrays.copyOfRange(grad, ref.w2Offset(), ref.w2Offset() + ref.h);
    }

    @ParameterizedTest
    @EnumSource(Placement.class)
    void matchesFiniteDifferencesOfAPlainImplementation(Placement placement) {
        Network net = ProbeFixtures.network(placement);
        BatchRecord batch = ProbeFixtures.batch();
        Network before = net.copy();
        batch.loadInto(net);
        net.trainStep(LR, ProbeFixtures.EPS, RULE);

        IcsMeasurement m = InternalCovariateShift.measure(1, before, net, batch, ProbeFixtures.EPS, null);

        ReferenceMlp ref = ProbeFixtures.reference(net);
        double[] thetaT = ParameterVector.values(before);
        double[] hybrid = ParameterVector.values(net);
        // W2 and b2 back to step t
        int o = ref.w2Offset();
        System.arraycopy(thetaT, o, hybrid, o, ref.h + 1);
        double[] g = w2Part(ref, ref.gradient(thetaT, batch.rows(), batch.labels()));
        double[] gShifted = w2Part(ref, ref.gradient(hybrid, batch.rows(), batch.labels()));
        double l2 = ParameterVector.distance(g, gShifted);
        double cos = ParameterVector.cosine(g, gShifted);

        assertThat(l2).as("the step must move the earlier layer enough to measure").isGreaterThan(1e-4);
        assertThat(m.l2()).isCloseTo(l2, within(1e-8));
        assertThat(m.cosine()).isCloseTo(cos, within(1e-8));
        assertThat(m.gradNorm()).isCloseTo(ParameterVector.norm(g), within(1e-8));
        assertThat(m.shiftedNorm()).isCloseTo(ParameterVector.norm(gShifted), within(1e-8));
    }

    @Test
    void noisyRunUsesTheNextStepsNoiseForGPrime() {
        Network net = ProbeFixtures.network(Placement.BEFORE);
        BatchRecord batch = ProbeFixtures.batch();
        int n = batch.size();
        NoisyBatchNorm noise = new NoisyBatchNorm(net.first().width, 0.6, 42);
        net.setBnNoise(noise);
        ReferenceMlp atT = ProbeFixtures.reference(net);
        ProbeFixtures.copyNoise(noise, atT, n);
        Network before = net.copy();
        batch.loadInto(net);
        net.trainStep(LR, ProbeFixtures.EPS, RULE);
        noise.nextStep();
        ReferenceMlp atNext = ProbeFixtures.reference(net);
        ProbeFixtures.copyNoise(noise, atNext, n);

        IcsMeasurement m = InternalCovariateShift.measure(1, before, net, batch, ProbeFixtures.EPS, noise);

        double[] thetaT = ParameterVector.values(before);
        double[] hybrid = ParameterVector.values(net);
        int o = atT.w2Offset();
        System.arraycopy(thetaT, o, hybrid, o, atT.h + 1);
        double[] g = w2Part(atT, atT.gradient(thetaT, batch.rows(), batch.labels()));
        double[] gShifted = w2Part(atNext, atNext.gradient(hybrid, batch.rows(), batch.labels()));
        assertThat(m.l2()).isCloseTo(ParameterVector.distance(g, gShifted), within(1e-8));
        assertThat(m.cosine()).isCloseTo(ParameterVector.cosine(g, gShifted), within(1e-8));
    }
}
