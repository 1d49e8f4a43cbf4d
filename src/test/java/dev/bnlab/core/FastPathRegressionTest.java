package dev.bnlab.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The optimized {@link Network} must compute what the straightforward pre-optimization code computed
 * ({@link BaselineNetwork}, a frozen copy): every placement × activation, several widths and batch sizes
 * (odd sizes exercise loop tails), all parameters, gradients, running statistics and batch accessors.
 */
class FastPathRegressionTest {

    /** Batch sizes cycled through the steps: tiny, odd, vector-width multiples, and larger than the last. */
    private static final int[] BATCHES = {2, 3, 16, 17, 64, 5, 333, 31, 128, 7};
    private static final int STEPS = 50;
    /**
     * One step from identical parameters. Summation order differs (partial sums), so a value that is itself
     * the result of cancellation (a mean near 0, ∂L/∂b1 under BN, which is 0 up to rounding) can only agree
     * to an absolute level; everything agrees to |Δ| ≤ 1e-13 + 1e-10·|v| element by element, and the loss,
     * parameters and gradients also normwise to 1e-12 of the largest entry of their array.
     */
    private static final Tolerance ONE_STEP = new Tolerance(1e-13, 1e-10, 1e-12);
    /** 50 free steps (moderate learning rates, so the dynamics do not amplify rounding differences). */
    private static final Tolerance TRAJECTORY = new Tolerance(1e-11, 1e-9, 1e-10);

    /** |Δ| ≤ abs + rel·|v| element by element; |Δ| ≤ abs + norm·max|v| for parameters and gradients. */
    record Tolerance(double abs, double rel, double norm) {
    }

    static Stream<Arguments> variants() {
        List<Arguments> out = new ArrayList<>();
        for (Placement p : Placement.values()) {
            for (Activation a : Activation.values()) {
                out.add(Arguments.of(p, a, 3, 0.3, Convention.KERAS));
                out.add(Arguments.of(p, a, 7, 0.5, Convention.PYTORCH));
            }
        }
        out.add(Arguments.of(Placement.BEFORE, Activation.SIGMOID, 1, 0.3, Convention.PYTORCH_CUMULATIVE));
        out.add(Arguments.of(Placement.AFTER, Activation.TANH, 64, 0.1, Convention.KERAS));
        return out.stream();
    }

    /** Large learning rates: saturating and chaotic runs, compared step by step only. */
    static Stream<Arguments> harshVariants() {
        List<Arguments> out = new ArrayList<>();
        for (Placement p : Placement.values()) {
            for (Activation a : Activation.values()) {
                out.add(Arguments.of(p, a, 7, 2.5, Convention.PYTORCH));
            }
        }
        out.add(Arguments.of(Placement.AFTER, Activation.TANH, 64, 0.5, Convention.KERAS));
        out.add(Arguments.of(Placement.NONE, Activation.SIGMOID, 64, 8.0, Convention.KERAS));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} h={2} lr={3} {4}, lock-step")
    @MethodSource({"variants", "harshVariants"})
    void everyStepFromTheSameParametersAgrees(Placement p, Activation a, int hidden, double lr, Convention conv) {
        Fixture f = new Fixture(p, a, hidden, conv);
        for (int s = 0; s < STEPS; s++) {
            f.step(s, lr);
            f.assertAgree(ONE_STEP, "step " + (s + 1));
            f.syncBaselineToFast();
        }
    }

    @ParameterizedTest(name = "{0} {1} h={2} lr={3} {4}, 50 free steps")
    @MethodSource("variants")
    void fiftyStepTrajectoriesAgree(Placement p, Activation a, int hidden, double lr, Convention conv) {
        Fixture f = new Fixture(p, a, hidden, conv);
        for (int s = 0; s < STEPS; s++) {
            f.step(s, lr);
        }
        f.assertAgree(TRAJECTORY, "after " + STEPS + " steps");
    }

    @Test
    void forwardOnlyAndRowMajorLoadingAgree() {
        for (Placement p : Placement.values()) {
            for (Activation a : Activation.values()) {
                Fixture f = new Fixture(p, a, 5, Convention.KERAS);
                int n = 37;
                double[][] x = new double[n][2];
                double[] y = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i][0] = f.data.trainX(i, 0);
                    x[i][1] = f.data.trainX(i, 1);
                    y[i] = f.data.trainLabel(i);
                }
                f.fast.loadBatch(x, y);
                f.base.loadBatch(x, y);
                double lf = f.fast.forwardTrain(1e-3);
                double lb = f.base.forwardTrain(1e-3);
                assertThat(Math.abs(lf - lb)).as("%s %s loss %s vs %s", p, a, lf, lb).isLessThanOrEqualTo(1e-12 * Math.abs(lb));
                f.assertBatchAgrees(ONE_STEP, p + " " + a + " forward only");
            }
        }
    }

    @Test
    void largeGammaTakesTheClampedExpPathAndStillAgrees() {
        for (Activation a : new Activation[] {Activation.SIGMOID, Activation.TANH}) {
            Fixture f = new Fixture(Placement.BEFORE, a, 4, Convention.KERAS);
            for (int j = 0; j < 4; j++) {
                // |γ|·(√n + 1) + |β| far above the unclamped limit, so some |u| exceed it
                f.fast.gamma.data[j] = 150.0 + 100.0 * j;
                f.fast.beta.data[j] = -40.0 + 30.0 * j;
            }
            f.syncBaselineToFast();
            for (int s = 0; s < 12; s++) {
                f.step(s, 0.01);
                f.assertAgree(ONE_STEP, a + " step " + (s + 1));
                f.syncBaselineToFast();
            }
        }
    }

    @Test
    void countsOverNonFiniteValuesMatchTheBaseline() {
        for (Placement p : Placement.values()) {
            for (Activation a : Activation.values()) {
                Fixture f = new Fixture(p, a, 3, Convention.KERAS);
                // z overflows to ±∞ (and ∞ − ∞ = NaN downstream): the branch-free counts must fall back
                f.fast.w1.data[0] = 1e308;
                f.fast.w1.data[1] = -1e308;
                f.fast.w1.data[2] = 1e308;
                f.fast.w1.data[3] = 1e308;
                f.fast.w2.data[0] = 1.0;
                f.fast.w2.data[1] = -1.0;
                f.syncBaselineToFast();
                int n = 33;
                f.sampler.next(f.idx, n);
                f.fast.loadBatch(f.data.trainFeatureMajor(), f.data.trainLabels(), f.data.trainSize(), f.idx, n);
                f.base.loadBatch(f.data.trainFeatureMajor(), f.data.trainLabels(), f.data.trainSize(), f.idx, n);
                double lf = f.fast.forwardTrain(1e-3);
                double lb = f.base.forwardTrain(1e-3);
                String what = p + " " + a;
                assertThat(Double.isNaN(lf)).as(what + " loss NaN-ness").isEqualTo(Double.isNaN(lb));
                assertThat(f.fast.lastAccuracy()).as(what + " accuracy").isEqualTo(f.base.lastAccuracy());
                for (int j = 0; j < 3; j++) {
                    assertThat(f.fast.saturatedFraction(j)).as(what + " saturation " + j)
                            .isEqualTo(f.base.saturatedFraction(j));
                }
                // and a full step: which parameters and gradients end up NaN or ±∞ must match too
                f.fast.trainStep(0.1, 1e-3, f.rule);
                f.base.trainStep(0.1, 1e-3, f.rule);
                assertThat(nonFinitePattern(f.fast.gradW1.data, f.fast.gradB1.data, f.fast.gradW2.data,
                        f.fast.gradB2.data, f.fast.w1.data, f.fast.b1.data, f.fast.w2.data, f.fast.b2.data))
                        .as(what + " non-finite pattern")
                        .isEqualTo(nonFinitePattern(f.base.gradW1.data, f.base.gradB1.data, f.base.gradW2.data,
                                f.base.gradB2.data, f.base.w1.data, f.base.b1.data, f.base.w2.data, f.base.b2.data));
                assertThat(f.fast.parametersFinite()).as(what + " finite").isEqualTo(f.base.parametersFinite());
            }
        }
    }

    /** "F" for a finite entry, "N" for NaN, "I" for ±∞, over all arrays in order. */
    private static String nonFinitePattern(double[]... arrays) {
        StringBuilder sb = new StringBuilder();
        for (double[] a : arrays) {
            for (double v : a) {
                sb.append(Double.isNaN(v) ? 'N' : Double.isInfinite(v) ? 'I' : 'F');
            }
            sb.append('|');
        }
        return sb.toString();
    }

    @Test
    void theComparisonCanFail() {
        Fixture f = new Fixture(Placement.BEFORE, Activation.TANH, 3, Convention.KERAS);
        f.step(0, 0.3);
        f.base.w1.data[0] += 1e-9;
        f.step(1, 0.3);
        List<String> diffs = f.differences(ONE_STEP);
        assertThat(diffs).isNotEmpty();
    }

    // ------------------------------------------------------------------ fixture

    private static final class Fixture {
        final Dataset data;
        final Network fast;
        final BaselineNetwork base;
        final MiniBatchSampler sampler;
        final int[] idx = new int[Hyperparams.MAX_BATCH];
        final RunningStatsRule rule;
        final Placement placement;
        double lastFast;
        double lastBase;

        Fixture(Placement p, Activation a, int hidden, Convention conv) {
            placement = p;
            data = Dataset.generate(DataConfig.defaults().withKind(DatasetKind.MOONS).withSeed(7));
            fast = new Network(2, hidden, a, p);
            Initializer.initialize(fast, 11);
            for (int j = 0; j < hidden; j++) {
                // start γ, β away from 1, 0 so they matter
                fast.gamma.data[j] = 0.6 + 0.15 * j;
                fast.beta.data[j] = 0.25 - 0.1 * j;
                fast.b1.data[j] = 0.05 * (j % 3) - 0.05;
            }
            base = new BaselineNetwork(2, hidden, a, p);
            syncBaselineToFast();
            sampler = new MiniBatchSampler(data.trainSize(), 3);
            rule = new RunningStatsRule(conv, conv == Convention.KERAS ? 0.9 : 0.1);
        }

        void syncBaselineToFast() {
            base.w1.setTo(fast.w1);
            base.b1.setTo(fast.b1);
            base.gamma.setTo(fast.gamma);
            base.beta.setTo(fast.beta);
            base.w2.setTo(fast.w2);
            base.b2.setTo(fast.b2);
            base.runningMean.setTo(fast.runningMean);
            base.runningVar.setTo(fast.runningVar);
            base.setRunningUpdates(fast.runningUpdates());
        }

        void step(int s, double lr) {
            int n = BATCHES[s % BATCHES.length];
            sampler.next(idx, n);
            fast.loadBatch(data.trainFeatureMajor(), data.trainLabels(), data.trainSize(), idx, n);
            base.loadBatch(data.trainFeatureMajor(), data.trainLabels(), data.trainSize(), idx, n);
            lastFast = fast.trainStep(lr, 1e-3, rule);
            lastBase = base.trainStep(lr, 1e-3, rule);
        }

        void assertAgree(Tolerance tol, String when) {
            assertThat(differences(tol)).as(when).isEmpty();
        }

        void assertBatchAgrees(Tolerance tol, String when) {
            List<String> d = new ArrayList<>();
            compareBatch(tol, d);
            assertThat(d).as(when).isEmpty();
        }

        List<String> differences(Tolerance tol) {
            List<String> d = new ArrayList<>();
            result("loss", new double[] {lastFast}, new double[] {lastBase}, tol, d);
            result("lastLoss", new double[] {fast.lastLoss()}, new double[] {base.lastLoss()}, tol, d);
            if (fast.lastAccuracy() != base.lastAccuracy()) {
                d.add("accuracy " + fast.lastAccuracy() + " vs " + base.lastAccuracy());
            }
            if (fast.parametersFinite() != base.parametersFinite()) {
                d.add("parametersFinite differs");
            }
            result("w1", fast.w1.data, base.w1.data, tol, d);
            result("b1", fast.b1.data, base.b1.data, tol, d);
            result("gamma", fast.gamma.data, base.gamma.data, tol, d);
            result("beta", fast.beta.data, base.beta.data, tol, d);
            result("w2", fast.w2.data, base.w2.data, tol, d);
            result("b2", fast.b2.data, base.b2.data, tol, d);
            result("runningMean", fast.runningMean.data, base.runningMean.data, tol, d);
            result("runningVar", fast.runningVar.data, base.runningVar.data, tol, d);
            result("gradW1", fast.gradW1.data, base.gradW1.data, tol, d);
            result("gradB1", fast.gradB1.data, base.gradB1.data, tol, d);
            if (placement.hasBatchNorm()) {
                result("gradGamma", fast.gradGamma.data, base.gradGamma.data, tol, d);
                result("gradBeta", fast.gradBeta.data, base.gradBeta.data, tol, d);
            }
            result("gradW2", fast.gradW2.data, base.gradW2.data, tol, d);
            result("gradB2", fast.gradB2.data, base.gradB2.data, tol, d);
            compareBatch(tol, d);
            return d;
        }

        void compareBatch(Tolerance tol, List<String> d) {
            int n = base.batchSize();
            int h = base.hidden;
            if (fast.batchSize() != n) {
                d.add("batch size " + fast.batchSize() + " vs " + n);
                return;
            }
            double[] lf = new double[n];
            double[] lb = new double[n];
            for (int i = 0; i < n; i++) {
                lf[i] = fast.logit(i);
                lb[i] = base.logit(i);
                if (fast.batchInput(i, 0) != base.batchInput(i, 0) || fast.batchLabel(i) != base.batchLabel(i)) {
                    d.add("batch input/label differs at " + i);
                }
            }
            array("logits", lf, lb, tol, d);
            for (int j = 0; j < h; j++) {
                scalar("batchMean[" + j + "]", fast.batchMean(j), base.batchMean(j), tol, d);
                scalar("batchVar[" + j + "]", fast.batchVar(j), base.batchVar(j), tol, d);
                if (placement.hasBatchNorm()) {
                    scalar("usedGamma[" + j + "]", fast.usedGamma(j), base.usedGamma(j), tol, d);
                    scalar("usedBeta[" + j + "]", fast.usedBeta(j), base.usedBeta(j), tol, d);
                }
                if (fast.saturatedFraction(j) != base.saturatedFraction(j)) {
                    d.add("saturatedFraction[" + j + "] " + fast.saturatedFraction(j) + " vs "
                            + base.saturatedFraction(j));
                }
                double[][] f = new double[6][n];
                double[][] b = new double[6][n];
                for (int i = 0; i < n; i++) {
                    f[0][i] = fast.z(j, i);
                    b[0][i] = base.z(j, i);
                    f[1][i] = fast.preBn(j, i);
                    b[1][i] = base.preBn(j, i);
                    f[2][i] = fast.activationInput(j, i);
                    b[2][i] = base.activationInput(j, i);
                    f[3][i] = fast.activationOutput(j, i);
                    b[3][i] = base.activationOutput(j, i);
                    if (placement.hasBatchNorm()) {
                        f[4][i] = fast.xhat(j, i);
                        b[4][i] = base.xhat(j, i);
                        f[5][i] = fast.bnOut(j, i);
                        b[5][i] = base.bnOut(j, i);
                    }
                }
                String[] names = {"z", "preBn", "activationInput", "activationOutput", "xhat", "bnOut"};
                for (int q = 0; q < names.length; q++) {
                    array(names[q] + "[" + j + "]", f[q], b[q], tol, d);
                }
            }
        }

        /** A parameter, gradient or the loss: element by element, and normwise against its largest entry. */
        private void result(String name, double[] f, double[] b, Tolerance tol, List<String> d) {
            double scale = 0.0;
            for (double v : b) {
                scale = Math.max(scale, Math.abs(v));
            }
            // under BN, ∂L/∂b1 is 0 up to rounding: only the absolute check applies
            boolean noise = name.equals("gradB1") && placement.hasBatchNorm();
            for (int k = 0; k < b.length; k++) {
                if (!close(f[k], b[k], tol) || !noise && Math.abs(f[k] - b[k]) > tol.norm() * scale + tol.abs()) {
                    d.add(name + "[" + k + "] " + f[k] + " vs " + b[k] + " (largest " + scale + ")");
                    return;
                }
            }
        }

        /** A batch quantity: element by element. */
        private static void array(String name, double[] f, double[] b, Tolerance tol, List<String> d) {
            for (int k = 0; k < b.length; k++) {
                if (!close(f[k], b[k], tol)) {
                    d.add(name + "[" + k + "] " + f[k] + " vs " + b[k]);
                    return;
                }
            }
        }

        private static void scalar(String name, double f, double b, Tolerance tol, List<String> d) {
            if (!close(f, b, tol)) {
                d.add(name + " " + f + " vs " + b);
            }
        }
    }

    /** |f − b| ≤ abs + rel·|b| (NaN only matches NaN). */
    static boolean close(double f, double b, Tolerance tol) {
        if (Double.isNaN(b) || Double.isNaN(f)) {
            return Double.isNaN(b) && Double.isNaN(f);
        }
        return Math.abs(f - b) <= tol.abs() + tol.rel() * Math.abs(b);
    }
}
