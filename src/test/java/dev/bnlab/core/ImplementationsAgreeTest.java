package dev.bnlab.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.reference.ReferenceNetwork;
import dev.bnlab.core.reference.ReferenceNetwork.TrainPass;
import java.util.Random;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast {@link Network} (fused neuron-major loops, closed-form BN backward) and the readable
 * {@link ReferenceNetwork} (SimpleMatrix, n×h, step-by-step BN backward) agree on every number of several
 * SGD steps with varying batch sizes, and on eval mode afterwards.
 */
class ImplementationsAgreeTest {

    /** Largest allowed |fast − reference| / max(|reference|, 1e-4). */
    private static final double TOLERANCE = 1e-10;
    private static final int CASES_PER_COMBINATION = 6;
    private static final int STEPS = 6;
    private static final int[] BATCH_SIZES = {2, 3, 4, 7, 16, 33};
    private static final double[] MOMENTA = {0.0, 0.1, 0.9, 0.99, 1.0};
    private static final ErrorMeter OVERALL = new ErrorMeter(1e-4);
    /** ∂L/∂b1 with BN before: structurally 0, compared absolutely (error 1e-10 ⇔ |difference| 1e-12). */
    private static final ErrorMeter STRUCTURAL_ZEROS = new ErrorMeter(1e-2);

    static Stream<Arguments> combinations() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (Placement p : Placement.values()) {
            for (Activation a : Activation.values()) {
                for (Convention c : Convention.values()) {
                    all.add(Arguments.of(p, a, c));
                }
            }
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("combinations")
    void fastAndReferenceAgreeOnEveryNumber(Placement placement, Activation activation, Convention convention) {
        for (int c = 0; c < CASES_PER_COMBINATION; c++) {
            long seed = 1000L * placement.ordinal() + 100L * activation.ordinal() + 10L * convention.ordinal() + c;
            ErrorMeter meter = new ErrorMeter(1e-4);
            ErrorMeter zeros = new ErrorMeter(1e-2);
            runCase(new Random(seed), placement, activation, convention, meter, zeros);
            OVERALL.absorb(meter);
            STRUCTURAL_ZEROS.absorb(zeros);
            assertThat(meter.worst())
                    .as("seed %d, worst at %s", seed, meter.worstWhere())
                    .isLessThanOrEqualTo(TOLERANCE);
            assertThat(zeros.worst())
                    .as("seed %d, worst at %s", seed, zeros.worstWhere())
                    .isLessThanOrEqualTo(TOLERANCE);
            assertThat(meter.compared()).isGreaterThan(100);
        }
    }

    /** The meter must notice a disagreement: perturb one weight of the fast network by 1e-8 relative. */
    @Test
    void aTinyParameterDifferenceIsDetected() {
        Random rnd = new Random(7);
        Network fast = NetworkFixtures.randomNetwork(rnd, 2, 3, Activation.TANH, Placement.BEFORE);
        ReferenceNetwork ref = NetworkFixtures.referenceOf(fast);
        fast.outW.data[1] *= 1.0 + 1e-8;
        double[][] x = NetworkFixtures.randomInputs(rnd, 8, 2, 1.5);
        double[] y = NetworkFixtures.randomLabels(rnd, 8);
        ErrorMeter meter = new ErrorMeter(1e-4);
        compareStep(meter, meter, fast, ref, x, y, 0.5, 1e-3, new RunningStatsRule(Convention.KERAS, 0.9));
        assertThat(meter.worst()).isGreaterThan(TOLERANCE);
    }

    @AfterAll
    static void reportLargestError() {
        System.out.printf("ImplementationsAgreeTest: %d numbers compared, largest error %.3e (%s); "
                + "largest purely relative error (|value| >= 1e-4) %.3e%n",
                OVERALL.compared(), OVERALL.worst(), OVERALL.worstWhere(), OVERALL.worstRelative());
        System.out.printf("ImplementationsAgreeTest: %d structurally-zero dL/db1 compared, largest |difference| %.3e (%s)%n",
                STRUCTURAL_ZEROS.compared(), STRUCTURAL_ZEROS.worst() * 1e-2, STRUCTURAL_ZEROS.worstWhere());
    }

    private static void runCase(Random rnd, Placement placement, Activation activation, Convention convention,
                                ErrorMeter meter, ErrorMeter zeros) {
        int d = 2 + rnd.nextInt(2);
        int h = 1 + rnd.nextInt(5);
        double eps = rnd.nextBoolean() ? 1e-3 : 1e-5;
        double momentum = MOMENTA[rnd.nextInt(MOMENTA.length)];
        RunningStatsRule rule = new RunningStatsRule(convention, momentum);
        Network fast = NetworkFixtures.randomNetwork(rnd, d, h, activation, placement);
        ReferenceNetwork ref = NetworkFixtures.referenceOf(fast);
        int twoRowStep = rnd.nextInt(STEPS);
        for (int t = 0; t < STEPS; t++) {
            int n = t == twoRowStep ? 2 : BATCH_SIZES[rnd.nextInt(BATCH_SIZES.length)];
            double[][] x = NetworkFixtures.randomInputs(rnd, n, d, 1.5);
            double[] y = NetworkFixtures.randomLabels(rnd, n);
            compareStep(meter, zeros, fast, ref, x, y, 0.5, eps, rule);
        }
        compareEval(meter, fast, ref, NetworkFixtures.randomInputs(rnd, 9, d, 2.5), eps);
    }

    private static void compareStep(ErrorMeter meter, ErrorMeter zeros, Network fast, ReferenceNetwork ref, double[][] x, double[] y,
                                    double lr, double eps, RunningStatsRule rule) {
        fast.loadBatch(x, y);
        double fastLoss = fast.trainStep(lr, eps, rule);
        TrainPass pass = ref.trainStep(x, y, lr, eps, rule.convention(), rule.momentum());
        int n = x.length;
        int h = fast.first().width;
        boolean bn = fast.placement.hasBatchNorm();
        meter.compare("loss", fastLoss, pass.loss());
        meter.compare("lastLoss", fast.lastLoss(), pass.loss());
        for (int i = 0; i < n; i++) {
            meter.compare("logit " + i, fast.logit(i), pass.logits().get(i, 0));
            for (int j = 0; j < h; j++) {
                String at = "[" + i + "][" + j + "]";
                meter.compare("z" + at, fast.first().z(j, i), pass.z().get(i, j));
                meter.compare("preBn" + at, fast.first().preBn(j, i), pass.preBn().get(i, j));
                meter.compare("activationIn" + at, fast.first().activationInput(j, i), pass.actIn().get(i, j));
                meter.compare("activationOut" + at, fast.first().activationOutput(j, i), pass.actOut().get(i, j));
                if (bn) {
                    meter.compare("xhat" + at, fast.first().xhat(j, i), pass.xhat().get(i, j));
                    meter.compare("bnOut" + at, fast.first().bnOut(j, i), pass.bnOut().get(i, j));
                }
            }
        }
        for (int j = 0; j < h; j++) {
            meter.compare("batchMean " + j, fast.first().batchMean(j), pass.batchMean().get(0, j));
            meter.compare("batchVar " + j, fast.first().batchVar(j), pass.batchVar().get(0, j));
        }
        ReferenceNetwork.Gradients g = pass.grads();
        compareMatrix(meter, "gradW1", fast.first().gradW, g.w1());
        if (fast.placement == Placement.BEFORE) {
            // BN removes any shift of z, so ∂L/∂b1 is structurally 0: both sides are rounding noise
            for (int j = 0; j < h; j++) {
                zeros.compare("gradB1[" + j + "] (structurally 0)", fast.first().gradB.data[j], g.b1().get(j));
            }
        } else {
            compareMatrix(meter, "gradB1", fast.first().gradB, g.b1());
        }
        compareMatrix(meter, "gradW2", fast.gradOutW, g.w2());
        compareMatrix(meter, "gradB2", fast.gradOutB, g.b2());
        compareMatrix(meter, "W1", fast.first().w, ref.w1());
        compareMatrix(meter, "b1", fast.first().b, ref.b1());
        compareMatrix(meter, "W2", fast.outW, ref.w2());
        meter.compare("b2", fast.outB.data[0], ref.b2());
        if (bn) {
            compareMatrix(meter, "gradGamma", fast.first().gradGamma, g.gamma());
            compareMatrix(meter, "gradBeta", fast.first().gradBeta, g.beta());
            compareMatrix(meter, "gamma", fast.first().gamma, ref.gamma());
            compareMatrix(meter, "beta", fast.first().beta, ref.beta());
            compareMatrix(meter, "runningMean", fast.first().runningMean, ref.runningMean());
            compareMatrix(meter, "runningVar", fast.first().runningVar, ref.runningVar());
        }
    }

    private static void compareEval(ErrorMeter meter, Network fast, ReferenceNetwork ref, double[][] x, double eps) {
        EvalPass pass = new EvalPass();
        pass.run(fast, eps, x);
        ReferenceNetwork.EvalResult expected = ref.eval(x, eps);
        for (int i = 0; i < x.length; i++) {
            meter.compare("eval logit " + i, pass.logit(i), expected.logits().get(i, 0));
            meter.compare("eval probability " + i, pass.probability(i), expected.probability().get(i, 0));
            for (int j = 0; j < fast.first().width; j++) {
                meter.compare("eval preBn[" + i + "][" + j + "]", pass.preBn(0, j, i), expected.preBn().get(i, j));
                meter.compare("eval bnOut[" + i + "][" + j + "]", pass.bnOut(0, j, i), expected.bnOut().get(i, j));
            }
        }
    }

    /** Compares element by element; a fast h×1 column and a reference 1×h row hold the same h values. */
    private static void compareMatrix(ErrorMeter meter, String name, DMatrixRMaj fast, SimpleMatrix ref) {
        assertThat(fast.getNumElements()).as(name + " size").isEqualTo(ref.getNumElements());
        for (int i = 0; i < fast.getNumElements(); i++) {
            meter.compare(name + "[" + i + "]", fast.data[i], ref.get(i));
        }
    }
}
