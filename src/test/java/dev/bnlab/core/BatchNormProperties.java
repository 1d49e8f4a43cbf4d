package dev.bnlab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of batch normalization that hold for every batch (golden README §3.2, §3.6): the train-mode
 * output moments, the zero-sum structure of the input gradient, scale invariance, and eval = train when the
 * running statistics are the batch statistics. Tolerances are rounding bounds derived per case, so a wrong
 * formula (an O(1) error) fails while legitimate rounding in nearly constant columns passes.
 */
class BatchNormProperties {

    private static final double ULP = Math.ulp(1.0);

    /** One neuron's batch v and an upstream gradient g of the same length. */
    record BatchWithUpstream(double[] v, double[] g) {
    }

    @Provide
    Arbitrary<double[]> batches() {
        return Arbitraries.doubles().between(-10, 10).array(double[].class).ofMinSize(2).ofMaxSize(64);
    }

    @Provide
    Arbitrary<BatchWithUpstream> batchesWithUpstream() {
        return Arbitraries.integers().between(2, 64).flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(-10, 10).array(double[].class).ofSize(n),
                Arbitraries.doubles().between(-5, 5).array(double[].class).ofSize(n)).as(BatchWithUpstream::new));
    }

    /** γ ∈ ±[0.1, 3]. */
    @Provide
    Arbitrary<Double> gammas() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0.1, 3), Arbitraries.doubles().between(-3, -0.1));
    }

    @Provide
    Arbitrary<Double> epsilons() {
        return Arbitraries.of(1e-5, 1e-3, 1e-1);
    }

    @Provide
    Arbitrary<Placement> bnPlacements() {
        return Arbitraries.of(Placement.BEFORE, Placement.AFTER);
    }

    // ------------------------------------------------------------------ (a) train-mode moments

    /** Mean of γ·x̂ + β is β; its biased variance is γ²σ²/(σ² + ε). */
    @Property(tries = 500)
    void trainModeOutputHasMeanBetaAndShrunkVariance(@ForAll("batches") double[] v, @ForAll("gammas") double gamma,
                                                     @ForAll @DoubleRange(min = -3, max = 3) double beta,
                                                     @ForAll("epsilons") double eps) {
        Network bn = singleBatchNorm(gamma, beta);
        loadColumn(bn, v);
        bn.forwardTrain(eps);
        int n = v.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = bn.first().bnOut(0, i);
        }
        double sigma2 = variance(v);
        double inv = 1 / Math.sqrt(sigma2 + eps);
        // rounding of μ is at most n·ulp(max|v|); it shifts every x̂ by up to that times 1/√(σ²+ε)
        double shift = 4 * n * ULP * maxAbs(v) * inv;
        assertThat(bn.first().batchMean(0)).isCloseTo(mean(v), within(4 * n * ULP * maxAbs(v)));
        assertThat(bn.first().batchVar(0)).isCloseTo(sigma2, within(1e-12 * (sigma2 + 1e-300) + 1e-28));
        assertThat(mean(out)).isCloseTo(beta, within(
                Math.abs(gamma) * (shift + 1e-14 * Math.sqrt(n)) + 1e-15 * Math.abs(beta)));
        double expectedVar = gamma * gamma * sigma2 / (sigma2 + eps);
        assertThat(variance(out)).isCloseTo(expectedVar, within(
                1e-12 * gamma * gamma + 1e-12 * expectedVar));
    }

    // ------------------------------------------------------------------ (b) gradient structure

    /**
     * For any upstream g: Σ_i ∂L/∂v[i] = 0 and Σ_i ∂L/∂v[i]·x̂[i] = γ·Σ(g·x̂)·ε/((σ²+ε)·√(σ²+ε)), which is 0
     * only as ε → 0 (with ε > 0 the output variance is σ²/(σ²+ε) &lt; 1, so a uniform stretch of x̂ is not
     * fully removed).
     */
    @Property(tries = 500)
    void inputGradientIsOrthogonalToShiftsAndStretches(@ForAll("batchesWithUpstream") BatchWithUpstream b,
                                                       @ForAll("gammas") double gamma,
                                                       @ForAll @DoubleRange(min = -3, max = 3) double beta,
                                                       @ForAll("epsilons") double eps) {
        double[] v = b.v();
        double[] g = b.g();
        int n = v.length;
        double mu = BatchNormKernels.mean(v, 0, n);
        double var = BatchNormKernels.biasedVariance(v, 0, n, mu);
        double inv = 1 / Math.sqrt(var + eps);
        double[] xhat = new double[n];
        double[] y = new double[n];
        BatchNormKernels.normalize(v, 0, n, mu, inv, gamma, beta, xhat, y);
        double[] dv = new double[n];
        double[] sums = new double[2];
        BatchNormKernels.backward(g, xhat, 0, n, gamma, inv, dv, sums);

        double sumG = 0;
        double sumGX = 0;
        double sumXhat = 0;
        double sumXhatSq = 0;
        for (int i = 0; i < n; i++) {
            sumG += g[i];
            sumGX += g[i] * xhat[i];
            sumXhat += xhat[i];
            sumXhatSq += xhat[i] * xhat[i];
        }
        assertThat(sums[0]).as("dγ = Σ g·x̂").isCloseTo(sumGX, within(1e-12 * sumAbsProduct(g, xhat)));
        assertThat(sums[1]).as("dβ = Σ g").isCloseTo(sumG, within(1e-12 * sumAbs(g)));

        // scale of the terms summed: γ·invStd/n · (n|g_i| + |Σg| + |x̂_i|·|Σg·x̂|)
        double termScale = 0;
        double weightedTermScale = 0;
        for (int i = 0; i < n; i++) {
            double t = Math.abs(gamma) * inv / n * (n * Math.abs(g[i]) + Math.abs(sumG) + Math.abs(xhat[i] * sumGX));
            termScale += t;
            weightedTermScale += t * Math.abs(xhat[i]);
        }
        // In floating point the computed x̂ has Σx̂ ≈ 0 and Σx̂² ≈ nσ²/(σ²+ε) only up to the rounding of μ (which
        // matters in nearly constant columns); these are the exact effects of that rounding on the two sums.
        double c = Math.abs(gamma) * inv / n;
        double sumMomentError = c * Math.abs(sumXhat) * Math.abs(sumGX);
        double weightedMomentError = c * (Math.abs(sumXhat) * Math.abs(sumG)
                + Math.abs(sumXhatSq - n * var * inv * inv) * Math.abs(sumGX));

        assertThat(sum(dv)).as("Σ ∂L/∂v")
                .isCloseTo(0.0, within(1e-13 * n * termScale + 1.01 * sumMomentError));

        double sumDvXhat = 0;
        for (int i = 0; i < n; i++) {
            sumDvXhat += dv[i] * xhat[i];
        }
        double expected = gamma * sumGX * eps * inv * inv * inv;
        assertThat(sumDvXhat).as("Σ ∂L/∂v·x̂")
                .isCloseTo(expected, within(1e-12 * n * weightedTermScale + 1.01 * weightedMomentError));
    }

    // ------------------------------------------------------------------ (c) scale invariance of one layer

    /** BN_ε(a·v) = BN_{ε/a²}(v) for a &gt; 0: only ε notices the scale. */
    @Property(tries = 500)
    void scalingTheInputOnlyRescalesEpsilon(@ForAll("batches") double[] v, @ForAll("gammas") double gamma,
                                            @ForAll @DoubleRange(min = -3, max = 3) double beta,
                                            @ForAll("epsilons") double eps,
                                            @ForAll @DoubleRange(min = 0.01, max = 100) double a) {
        int n = v.length;
        double[] scaled = new double[n];
        for (int i = 0; i < n; i++) {
            scaled[i] = a * v[i];
        }
        Network onScaled = singleBatchNorm(gamma, beta);
        loadColumn(onScaled, scaled);
        onScaled.forwardTrain(eps);
        Network onOriginal = singleBatchNorm(gamma, beta);
        loadColumn(onOriginal, v);
        onOriginal.forwardTrain(eps / (a * a));

        double sigma2 = variance(v);
        // rounding of a·v and of μ, relative to the normalizing scale of each side
        double invOriginal = 1 / Math.sqrt(sigma2 + eps / (a * a));
        double roundingOfDeviations = 8 * n * ULP * maxAbs(v) * invOriginal;
        for (int i = 0; i < n; i++) {
            double tolerance = Math.abs(gamma) * (roundingOfDeviations + 1e-13 * (1 + Math.abs(onOriginal.first().xhat(0, i))));
            assertThat(onScaled.first().bnOut(0, i)).as("row %d", i)
                    .isCloseTo(onOriginal.first().bnOut(0, i), within(tolerance));
        }
    }

    // ------------------------------------------------------------------ (d) eval = train at batch statistics

    /**
     * Keras momentum 0 replaces the running statistics by the batch statistics; with lr = 0 nothing else
     * changes, so an eval pass over the same batch reproduces the train-mode BN output and logits.
     */
    @Property(tries = 300)
    void evalEqualsTrainWhenRunningStatisticsAreTheBatchStatistics(
            @ForAll long seed, @ForAll @IntRange(min = 2, max = 64) int n, @ForAll("bnPlacements") Placement placement,
            @ForAll Activation activation, @ForAll("epsilons") double eps) {
        Random rnd = new Random(seed);
        int d = 2 + rnd.nextInt(2);
        int h = 1 + rnd.nextInt(5);
        Network net = NetworkFixtures.randomNetwork(rnd, d, h, activation, placement);
        double[][] x = NetworkFixtures.randomInputs(rnd, n, d, 2.0);
        net.loadBatch(x, NetworkFixtures.randomLabels(rnd, n));
        net.trainStep(0.0, eps, new RunningStatsRule(Convention.KERAS, 0.0));
        for (int j = 0; j < h; j++) {
            assertThat(net.first().runningMean.data[j]).isEqualTo(net.first().batchMean(j));
            assertThat(net.first().runningVar.data[j]).isEqualTo(net.first().batchVar(j));
        }
        EvalPass eval = new EvalPass();
        eval.run(net, eps, x);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < h; j++) {
                assertThat(eval.preBn(0, j, i)).isCloseTo(net.first().preBn(j, i),
                        within(1e-13 * (1 + Math.abs(net.first().preBn(j, i)))));
                assertThat(eval.bnOut(0, j, i)).as("bnOut[%d][%d]", i, j).isCloseTo(net.first().bnOut(j, i),
                        within(1e-12 * (1 + Math.abs(net.first().bnOut(j, i)))));
            }
            assertThat(eval.logit(i)).as("logit %d", i).isCloseTo(net.logit(i),
                    within(1e-11 * (1 + Math.abs(net.logit(i)))));
        }
    }

    // ------------------------------------------------------------------ (e) network-level scale invariance

    /**
     * With BN before the activation, W1, b1 → a·W1, a·b1 scales z by a: the BN output and the loss are those of
     * the original network with ε/a², within the analytic ε-bound of the original with ε, and ∂L/∂W1 scales by 1/a.
     */
    @Property(tries = 300)
    void scalingFirstLayerLeavesBatchNormOutputAndLossUnchanged(
            @ForAll long seed, @ForAll @IntRange(min = 2, max = 64) int n, @ForAll Activation activation,
            @ForAll("epsilons") double eps, @ForAll @DoubleRange(min = 0.05, max = 20) double a) {
        Random rnd = new Random(seed);
        int d = 2 + rnd.nextInt(2);
        int h = 1 + rnd.nextInt(5);
        Network original = NetworkFixtures.randomNetwork(rnd, d, h, activation, Placement.BEFORE);
        double[][] x = NetworkFixtures.randomInputs(rnd, n, d, 2.0);
        double[] y = NetworkFixtures.randomLabels(rnd, n);
        Network scaled = original.copy();
        for (int e = 0; e < scaled.first().w.getNumElements(); e++) {
            scaled.first().w.data[e] *= a;
        }
        for (int j = 0; j < h; j++) {
            scaled.first().b.data[j] *= a;
        }
        RunningStatsRule rule = new RunningStatsRule(Convention.KERAS, 0.9);
        scaled.loadBatch(x, y);
        double scaledLoss = scaled.trainStep(0.0, eps, rule);
        Network sameEps = original.copy();
        sameEps.loadBatch(x, y);
        sameEps.forwardTrain(eps);
        original.loadBatch(x, y);
        double originalLoss = original.trainStep(0.0, eps / (a * a), rule);

        double worstBnError = 0;
        for (int j = 0; j < h; j++) {
            double sigma2 = original.first().batchVar(j);
            double inv = 1 / Math.sqrt(sigma2 + eps / (a * a));
            double rowScale = Math.abs(original.first().b.data[j]);
            for (int k = 0; k < d; k++) {
                rowScale += Math.abs(original.first().w.get(j, k)) * maxAbsColumn(x, k);
            }
            // z is a sum of d + 1 rounded products; its deviations from μ carry that rounding, amplified by 1/√(σ²+ε)
            double roundingOfDeviations = 8 * (d + n + 2) * ULP * rowScale * inv;
            double gammaAbs = Math.abs(original.first().gamma.data[j]);
            // |x̂_ε(a·v) − x̂_ε(v)| = |v−μ|·|1/√(σ²+ε/a²) − 1/√(σ²+ε)| ≤ |v−μ|·ε·|1−1/a²|/(2σ³)
            double epsEffectPerDeviation = eps * Math.abs(1 - 1 / (a * a)) / (2 * sigma2 * Math.sqrt(sigma2));
            for (int i = 0; i < n; i++) {
                double tolerance = gammaAbs * (roundingOfDeviations + 1e-13 * (1 + Math.abs(original.first().xhat(j, i))));
                double err = Math.abs(scaled.first().bnOut(j, i) - original.first().bnOut(j, i));
                worstBnError = Math.max(worstBnError, err / tolerance);
                assertThat(scaled.first().bnOut(j, i)).as("bnOut[%d][%d] vs ε/a²", i, j)
                        .isCloseTo(original.first().bnOut(j, i), within(tolerance));
                if (sigma2 > 0) {
                    double deviation = Math.abs(original.first().preBn(j, i) - original.first().batchMean(j));
                    assertThat(scaled.first().bnOut(j, i)).as("bnOut[%d][%d] vs same ε", i, j)
                            .isCloseTo(sameEps.first().bnOut(j, i), within(
                                    gammaAbs * deviation * epsEffectPerDeviation + 2 * tolerance));
                }
            }
            for (int k = 0; k < d; k++) {
                double g = original.first().gradW.get(j, k) / a;
                assertThat(scaled.first().gradW.get(j, k)).as("∂L/∂(aW1)[%d][%d] = (1/a)·∂L/∂W1", j, k)
                        .isCloseTo(g, within(1e-8 * Math.abs(g) + 1e-12 / a));
            }
            assertThat(scaled.first().gradGamma.data[j]).isCloseTo(original.first().gradGamma.data[j],
                    within(1e-8 * Math.abs(original.first().gradGamma.data[j]) + 1e-12));
        }
        assertThat(worstBnError).isLessThanOrEqualTo(1.0);
        assertThat(scaledLoss).isCloseTo(originalLoss, within(1e-9 * originalLoss));
    }

    // ------------------------------------------------------------------ helpers

    /** d = 1, h = 1, BN before the activation, W1 = 1 and b1 = 0 so the BN input is exactly the batch. */
    private static Network singleBatchNorm(double gamma, double beta) {
        Network net = new Network(1, 1, Activation.SIGMOID, Placement.BEFORE);
        net.first().w.data[0] = 1.0;
        net.first().gamma.data[0] = gamma;
        net.first().beta.data[0] = beta;
        net.outW.data[0] = 1.0;
        return net;
    }

    private static void loadColumn(Network net, double[] v) {
        double[][] x = new double[v.length][1];
        for (int i = 0; i < v.length; i++) {
            x[i][0] = v[i];
        }
        net.loadBatch(x, new double[v.length]);
    }

    private static double mean(double[] v) {
        return sum(v) / v.length;
    }

    /** (1/n) Σ (v − mean)², two passes. */
    private static double variance(double[] v) {
        double mu = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - mu) * (x - mu);
        }
        return s / v.length;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static double sumAbs(double[] v) {
        double s = 0;
        for (double x : v) {
            s += Math.abs(x);
        }
        return s;
    }

    private static double sumAbsProduct(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += Math.abs(a[i] * b[i]);
        }
        return s;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    private static double maxAbsColumn(double[][] x, int k) {
        double m = 0;
        for (double[] row : x) {
            m = Math.max(m, Math.abs(row[k]));
        }
        return m;
    }
}
