package dev.bnlab.core;

import org.ejml.data.DMatrixRMaj;

/**
 * The BN Lab network d → h → 1 (golden README §3), trained by plain SGD with fused, allocation-free loops.
 *
 * <p>Parameters and gradients are EJML {@link DMatrixRMaj}. Batch-shaped work data is kept <em>neuron-major</em>:
 * one plain row per neuron (row j = neuron j over the batch), so every inner loop runs over contiguous rows that
 * are all indexed by the same i, the shape C2 auto-vectorizes. Element-wise loops are vectorized and kept short
 * (C2 only vectorizes a loop it can unroll), sums use interleaved partial sums ({@link RowSums}), e^x and log
 * are polynomials ({@link FastExp}), and counts are sums of 0/1 flags instead of branches. Rows grow when a
 * larger batch arrives and are otherwise reused: a training step allocates nothing.
 *
 * <p>Numerics: every quantity follows the formulas of the golden README in the same order as the plain
 * loops did, except that sums are added in another order and e^x, log, tanh come within a few ulp of
 * {@link Math}'s; results agree with the plain loops to about 1e−13 relative (FastPathRegressionTest).
 *
 * <p>Not thread-safe: one thread owns a network.
 */
public final class Network {

    /** Inputs d. */
    public final int inputs;
    /** Hidden neurons h. */
    public final int hidden;
    public final Activation activation;
    public final Placement placement;

    /** W1 (h×d): W1[j][k] weight from input k to hidden neuron j. */
    public final DMatrixRMaj w1;
    /** b1 (h×1). */
    public final DMatrixRMaj b1;
    /** γ (h×1), BN scale. */
    public final DMatrixRMaj gamma;
    /** β (h×1), BN shift. */
    public final DMatrixRMaj beta;
    /** W2 (1×h). */
    public final DMatrixRMaj w2;
    /** b2 (1×1). */
    public final DMatrixRMaj b2;
    /** Running (population) mean per neuron, starts at 0. */
    public final DMatrixRMaj runningMean;
    /** Running (population) variance per neuron, starts at 1. */
    public final DMatrixRMaj runningVar;
    private long runningUpdates;

    /** Gradients of the last training step, at the pre-step parameters; same shapes as the parameters. */
    public final DMatrixRMaj gradW1;
    public final DMatrixRMaj gradB1;
    public final DMatrixRMaj gradGamma;
    public final DMatrixRMaj gradBeta;
    public final DMatrixRMaj gradW2;
    public final DMatrixRMaj gradB2;

    // ---- batch work rows, valid for the last forward pass ----
    // Each quantity is one plain array per neuron (h rows of length ≥ n), indexed from 0: loops that index
    // every array with the same i are the ones C2 auto-vectorizes. Rows grow when a larger batch arrives and
    // are otherwise reused, so a training step allocates nothing. x̂ and BN(v) are not stored: they are
    // recomputed from v, μ, 1/√(σ²+ε), γ, β with the same expression, so they come out bit for bit the same.
    private int n;
    private int capacity;
    /** x of the batch, feature-major: x[k][i] = feature k of example i. */
    private double[][] x;
    /** labels of the batch. */
    private double[] labels;
    /** z = W1·x + b1, per neuron. */
    private double[][] z;
    /** act(input of the activation), per neuron. */
    private double[][] actOut;
    /** per neuron scratch: the clamped e^x argument in the forward pass, ∂L/∂(…) in the backward pass. */
    private double[][] grad;
    /** logits o. */
    private double[] logits;
    /** ∂L/∂o. */
    private double[] gradLogits;
    /** scratch row: powers of two for {@link FastExp}, loss terms, BN(v) in the "after" backward pass. */
    private double[] tmp;
    /** scratch row of 0/1 flags, summed into counts without branches. */
    private double[] flags;
    /** μ_B, σ²_B, 1/√(σ²_B+ε), and the γ, β used by the last forward pass (h each). */
    private final double[] batchMean;
    private final double[] batchVar;
    private final double[] invStd;
    private final double[] usedGamma;
    private final double[] usedBeta;
    /** Saturated activation inputs per neuron in the last forward pass (counted while applying act). */
    private final int[] saturatedCount;
    private final double[] sums3 = new double[3];
    /** Σ ∂L/∂o of the last forward pass. */
    private double sumGradLogits;
    private double lastLoss = Double.NaN;
    private int lastCorrect;
    /** Optional train-mode noise after BN (noisy-BN experiment); null = none, and then no cost at all. */
    private BnNoise bnNoise;
    /** With noise: the perturbed BN output y′ = s·y + m per neuron (the fused path recomputes y instead). */
    private double[][] noisyBnOut = new double[0][];
    private final double[] noiseSums = new double[2];

    public Network(int inputs, int hidden, Activation activation, Placement placement) {
        if (inputs < 1) {
            throw new IllegalArgumentException("inputs must be at least 1, got " + inputs);
        }
        if (hidden < 1) {
            throw new IllegalArgumentException("hidden must be at least 1, got " + hidden);
        }
        this.inputs = inputs;
        this.hidden = hidden;
        this.activation = activation;
        this.placement = placement;
        w1 = new DMatrixRMaj(hidden, inputs);
        b1 = new DMatrixRMaj(hidden, 1);
        gamma = new DMatrixRMaj(hidden, 1);
        beta = new DMatrixRMaj(hidden, 1);
        w2 = new DMatrixRMaj(1, hidden);
        b2 = new DMatrixRMaj(1, 1);
        gamma.fill(1.0);
        runningMean = new DMatrixRMaj(hidden, 1);
        runningVar = new DMatrixRMaj(hidden, 1);
        runningVar.fill(1.0);
        gradW1 = new DMatrixRMaj(hidden, inputs);
        gradB1 = new DMatrixRMaj(hidden, 1);
        gradGamma = new DMatrixRMaj(hidden, 1);
        gradBeta = new DMatrixRMaj(hidden, 1);
        gradW2 = new DMatrixRMaj(1, hidden);
        gradB2 = new DMatrixRMaj(1, 1);
        allocateRows(0);
        batchMean = new double[hidden];
        batchVar = new double[hidden];
        invStd = new double[hidden];
        usedGamma = new double[hidden];
        usedBeta = new double[hidden];
        saturatedCount = new int[hidden];
    }

    // ------------------------------------------------------------------ batch input

    /** Makes room for a batch of n rows; reallocates only when n exceeds every earlier batch. */
    public void resizeBatch(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("a batch needs at least one row, got " + rows);
        }
        if (rows > capacity) {
            allocateRows(rows);
        }
        n = rows;
    }

    private void allocateRows(int cap) {
        capacity = cap;
        x = new double[inputs][cap];
        labels = new double[cap];
        z = new double[hidden][cap];
        actOut = new double[hidden][cap];
        grad = new double[hidden][cap];
        logits = new double[cap];
        gradLogits = new double[cap];
        tmp = new double[cap];
        flags = new double[cap];
    }

    /** Loads a batch given as rows x[i][k] (example i, feature k) with labels y[i] ∈ {0, 1}. */
    public void loadBatch(double[][] rowsX, double[] y) {
        resizeBatch(rowsX.length);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < inputs; k++) {
                x[k][i] = rowsX[i][k];
            }
            labels[i] = y[i];
        }
    }

    /** Loads rows idx[0..count) of a feature-major data set (d × total) into the batch. */
    public void loadBatch(double[] featureMajor, double[] allLabels, int total, int[] idx, int count) {
        resizeBatch(count);
        if (inputs == 2) {
            // one pass over idx for both features and the label
            final double[] x0 = x[0];
            final double[] x1 = x[1];
            for (int i = 0; i < count; i++) {
                final int r = idx[i];
                x0[i] = featureMajor[r];
                x1[i] = featureMajor[total + r];
                labels[i] = allLabels[r];
            }
            return;
        }
        for (int k = 0; k < inputs; k++) {
            final double[] xk = x[k];
            final int src = k * total;
            for (int i = 0; i < count; i++) {
                xk[i] = featureMajor[src + idx[i]];
            }
        }
        for (int i = 0; i < count; i++) {
            labels[i] = allLabels[idx[i]];
        }
    }

    // ------------------------------------------------------------------ training

    /**
     * One SGD step on the loaded batch: forward in training mode, loss, full backward, running-statistics
     * update, then θ ← θ − lr·∂L/∂θ for every parameter. Allocates nothing.
     *
     * @return the loss of the batch at the pre-step parameters
     */
    public double trainStep(double lr, double eps, RunningStatsRule rule) {
        forwardTrain(eps);
        if (bnNoise != null && placement.hasBatchNorm()) {
            backwardWithNoise();
        } else {
            backward();
        }
        if (placement.hasBatchNorm()) {
            runningUpdates++;
            rule.update(runningMean.data, runningVar.data, batchMean, batchVar, hidden, n, runningUpdates);
        }
        applySgd(lr);
        return lastLoss;
    }

    /** Forward pass in training mode with batch statistics and the loss; updates no parameter or statistic. */
    public double forwardTrain(double eps) {
        if (bnNoise != null && placement.hasBatchNorm()) {
            return forwardTrainWithNoise(eps);
        }
        final int rows = n;
        final double[] o = logits;
        java.util.Arrays.fill(o, 0, rows, b2.data[0]);
        for (int j = 0; j < hidden; j++) {
            final double[] zj = z[j];
            final double[] aj = actOut[j];
            final double w2j = w2.data[j];
            computeZ(j, zj, rows);
            switch (placement) {
                case BEFORE:
                    // u = BN(z) = γ·x̂ + β ; a = act(u) ; o += W2[j]·a
                    batchStatistics(j, zj, rows, eps);
                    // |x̂| ≤ √(n−1), so |u| ≤ |γ|·(√n + 1) + |β| (with room for rounding)
                    final boolean bounded = Math.abs(usedGamma[j]) * (Math.sqrt(rows) + 1.0) + Math.abs(usedBeta[j])
                            <= ActivationKernels.unclampedLimit(activation);
                    saturatedCount[j] = ActivationKernels.forwardNormalized(activation, zj, batchMean[j], invStd[j],
                            usedGamma[j], usedBeta[j], bounded, aj, rows, tmp, grad[j], flags, o, w2j);
                    break;
                case AFTER:
                    // v = act(z) ; a = BN(v) = γ·x̂ + β ; o += W2[j]·a
                    saturatedCount[j] = ActivationKernels.forward(activation, zj, aj, rows, tmp, grad[j], flags,
                            null, 0.0);
                    batchStatistics(j, aj, rows, eps);
                    final double mu = batchMean[j];
                    final double inv = invStd[j];
                    final double g = usedGamma[j];
                    final double b = usedBeta[j];
                    for (int i = 0; i < rows; i++) {
                        o[i] += w2j * (g * ((aj[i] - mu) * inv) + b);
                    }
                    break;
                default:
                    // a = act(z) ; o += W2[j]·a ; μ and σ² of z are kept for display only
                    saturatedCount[j] = ActivationKernels.forward(activation, zj, aj, rows, tmp, grad[j], flags,
                            o, w2j);
                    batchMean[j] = BatchNormKernels.mean(zj, 0, rows);
                    batchVar[j] = BatchNormKernels.biasedVariance(zj, 0, rows, batchMean[j]);
                    break;
            }
        }
        return lossAndLogitGradient();
    }

    /** z_j = W1[j]·x + b1[j], summed in the order b1, then input 0, 1, …. */
    private void computeZ(int j, double[] zj, int rows) {
        final double bias = b1.data[j];
        final int w = j * inputs;
        final double w0 = w1.data[w];
        final double[] x0 = x[0];
        if (inputs == 2) {
            final double w1j = w1.data[w + 1];
            final double[] x1 = x[1];
            for (int i = 0; i < rows; i++) {
                zj[i] = (bias + w0 * x0[i]) + w1j * x1[i];
            }
            return;
        }
        for (int i = 0; i < rows; i++) {
            zj[i] = bias + w0 * x0[i];
        }
        for (int k = 1; k < inputs; k++) {
            final double wk = w1.data[w + k];
            final double[] xk = x[k];
            for (int i = 0; i < rows; i++) {
                zj[i] += wk * xk[i];
            }
        }
    }

    /** μ, σ² (biased), 1/√(σ² + ε) of the row entering BN, and the γ, β this forward pass uses. */
    private void batchStatistics(int j, double[] v, int rows, double eps) {
        double mu = BatchNormKernels.mean(v, 0, rows);
        double var = BatchNormKernels.biasedVariance(v, 0, rows, mu);
        batchMean[j] = mu;
        batchVar[j] = var;
        // invStd = 1/√(σ² + ε)
        invStd[j] = 1.0 / Math.sqrt(var + eps);
        usedGamma[j] = gamma.data[j];
        usedBeta[j] = beta.data[j];
    }

    /**
     * loss = (1/n) Σ max(o,0) − o·y + log(1 + e^−|o|)  and  ∂L/∂o = (σ(o) − y)/n, sharing one e^−|o| per row,
     * with σ(o) = (o ≥ 0 ? 1 : e^−|o|)/(1 + e^−|o|). Several short loops: C2 vectorizes a loop only when its
     * body is small enough to unroll.
     */
    private double lossAndLogitGradient() {
        final int rows = n;
        final double[] o = logits;
        final double[] y = labels;
        final double[] g = gradLogits;
        final double[] e = tmp;
        final double invN = 1.0 / rows;
        // x = −|o| clamped, parked in g until ∂L/∂o is written
        for (int i = 0; i < rows; i++) {
            double x = Math.max(-Math.abs(o[i]), FastExp.MIN_ARG);
            g[i] = x;
            e[i] = FastExp.magic(x);
        }
        for (int i = 0; i < rows; i++) {
            e[i] = FastExp.scaleOf(e[i]);
        }
        for (int i = 0; i < rows; i++) {
            double ei = FastExp.exp(g[i], e[i]);
            e[i] = ei;
            // o ≥ 0 ? 1 : e  =  max(e, [o &gt; 0]), since e ≤ 1 and e = 1 at o = 0
            g[i] = (Math.max(ei, ActivationKernels.positive(o[i])) / (1.0 + ei) - y[i]) * invN;
        }
        final double[] hit = flags;
        for (int i = 0; i < rows; i++) {
            // hit = [o ≥ 0] == [y &gt; 0.5], i.e. [o &lt; 0] ≠ [y &gt; 0.5]: ([o &lt; 0] − [y &gt; 0.5])², [o &lt; 0] = [−o &gt; 0]
            double d = ActivationKernels.positive(-o[i]) - ActivationKernels.positive(y[i] - 0.5);
            hit[i] = d * d;
        }
        for (int i = 0; i < rows; i++) {
            double oi = o[i];
            e[i] = Math.max(oi, 0.0) - oi * y[i] + FastExp.logOfOneToTwo(1.0 + e[i]);
        }
        // Σ loss terms, Σ hits, and Σ ∂L/∂o (= ∂L/∂b2, kept for the backward pass) in one pass
        RowSums.sum3(e, hit, g, rows, sums3);
        lastLoss = sums3[0] * invN;
        lastCorrect = correctCount(sums3[1], rows);
        sumGradLogits = sums3[2];
        return lastLoss;
    }

    /** The summed hit flags; a NaN logit makes its flag NaN, and then the hits are counted one by one. */
    private int correctCount(double count, int rows) {
        if (count == count) {
            return (int) count;
        }
        int exact = 0;
        for (int i = 0; i < rows; i++) {
            exact += (logits[i] >= 0) == (labels[i] > 0.5) ? 1 : 0;
        }
        return exact;
    }

    private void backward() {
        final int rows = n;
        final double[] gO = gradLogits;
        final double[] s3 = sums3;
        gradB2.data[0] = sumGradLogits;
        for (int j = 0; j < hidden; j++) {
            final double w2j = w2.data[j];
            final double[] g = grad[j];
            final double[] aj = actOut[j];
            switch (placement) {
                case BEFORE:
                    // ∂L/∂u = (∂L/∂o·W2[j]) ⊙ act'(u) ; ∂L/∂W2[j] = Σ ∂L/∂o·a_j ; ∂L/∂β = Σ ∂L/∂u ; ∂L/∂γ = Σ ∂L/∂u·x̂
                    ActivationKernels.scaleByDerivative(activation, gO, w2j, aj, g, rows);
                    BatchNormKernels.dotAndGradientSums(gO, aj, g, z[j], batchMean[j], invStd[j], rows, s3);
                    gradW2.data[j] = s3[0];
                    gradBeta.data[j] = s3[1];
                    gradGamma.data[j] = s3[2];
                    // ∂L/∂z = BN'(∂L/∂u)
                    BatchNormKernels.inputGradientOf(g, z[j], batchMean[j], invStd[j], rows, usedGamma[j], s3[1],
                            s3[2], g);
                    break;
                case AFTER:
                    // ∂L/∂a = ∂L/∂o·W2[j] ; ∂L/∂W2[j] = Σ ∂L/∂o·a_j ; ∂L/∂β = Σ ∂L/∂a ; ∂L/∂γ = Σ ∂L/∂a·x̂
                    final double mu = batchMean[j];
                    final double inv = invStd[j];
                    final double gam = usedGamma[j];
                    final double bet = usedBeta[j];
                    final double[] bn = tmp;
                    for (int i = 0; i < rows; i++) {
                        g[i] = gO[i] * w2j;
                        bn[i] = gam * ((aj[i] - mu) * inv) + bet;
                    }
                    BatchNormKernels.dotAndGradientSums(gO, bn, g, aj, mu, inv, rows, s3);
                    gradW2.data[j] = s3[0];
                    gradBeta.data[j] = s3[1];
                    gradGamma.data[j] = s3[2];
                    // ∂L/∂v = BN'(∂L/∂a) ; ∂L/∂z = ∂L/∂v ⊙ act'(z)
                    BatchNormKernels.inputGradientOf(g, aj, mu, inv, rows, gam, s3[1], s3[2], g);
                    ActivationKernels.scaleByDerivative(activation, g, 1.0, aj, g, rows);
                    break;
                default:
                    // ∂L/∂W2[j] = Σ ∂L/∂o·a_j ; ∂L/∂z = (∂L/∂o·W2[j]) ⊙ act'(z)
                    gradW2.data[j] = RowSums.dot(gO, aj, rows);
                    ActivationKernels.scaleByDerivative(activation, gO, w2j, aj, g, rows);
                    break;
            }
            // ∂L/∂b1[j] = Σ_i ∂L/∂z_ij ; ∂L/∂W1[j][k] = Σ_i ∂L/∂z_ij · x_ik
            if (inputs == 2) {
                RowSums.sumDotDot(g, x[0], x[1], rows, s3);
                gradB1.data[j] = s3[0];
                gradW1.data[2 * j] = s3[1];
                gradW1.data[2 * j + 1] = s3[2];
            } else {
                gradB1.data[j] = RowSums.sum(g, 0, rows);
                for (int k = 0; k < inputs; k++) {
                    gradW1.data[j * inputs + k] = RowSums.dot(g, x[k], rows);
                }
            }
        }
    }

    // ------------------------------------------------------------------ noisy BN (experiments only)

    /**
     * Adds noise after BN in training mode (null removes it): y′ = s·y + m, gradient ×s on the way back.
     * Noisy steps take a plain, unfused path; eval mode never applies the noise. Not copied by {@link #copy()}.
     */
    public void setBnNoise(BnNoise noise) {
        this.bnNoise = noise;
    }

    public BnNoise bnNoise() {
        return bnNoise;
    }

    /** Forward pass with BN noise: y = γ·x̂ + β ; y′ = s·y + m ; then as without noise. */
    private double forwardTrainWithNoise(double eps) {
        final int rows = n;
        if (noisyBnOut.length != hidden || noisyBnOut[0].length < capacity) {
            noisyBnOut = new double[hidden][capacity];
        }
        java.util.Arrays.fill(logits, 0, rows, b2.data[0]);
        for (int j = 0; j < hidden; j++) {
            final double[] zj = z[j];
            final double[] aj = actOut[j];
            final double[] yj = noisyBnOut[j];
            computeZ(j, zj, rows);
            // v = z ("before") or act(z) ("after")
            if (placement == Placement.AFTER) {
                for (int i = 0; i < rows; i++) {
                    aj[i] = activation.apply(zj[i]);
                }
            }
            final double[] v = placement == Placement.AFTER ? aj : zj;
            batchStatistics(j, v, rows, eps);
            // y = γ·(v − μ)·invStd + β, then y′ = s·y + m
            for (int i = 0; i < rows; i++) {
                yj[i] = usedGamma[j] * ((v[i] - batchMean[j]) * invStd[j]) + usedBeta[j];
            }
            bnNoise.perturb(j, yj, 0, rows);
            int saturated = 0;
            for (int i = 0; i < rows; i++) {
                double t = placement == Placement.BEFORE ? yj[i] : zj[i];
                saturated += activation.isSaturated(t) ? 1 : 0;
                if (placement == Placement.BEFORE) {
                    aj[i] = activation.apply(yj[i]);
                }
                // o += W2[j]·(hidden output)
                logits[i] += w2.data[j] * (placement == Placement.BEFORE ? aj[i] : yj[i]);
            }
            saturatedCount[j] = saturated;
        }
        return lossAndLogitGradient();
    }

    /** Backward pass of {@link #forwardTrainWithNoise}: the BN backward sees ∂L/∂y = s·∂L/∂y′. */
    private void backwardWithNoise() {
        final int rows = n;
        final double[] gO = gradLogits;
        final double[] xh = tmp;
        final double[] bnSums = noiseSums;
        gradB2.data[0] = sumGradLogits;
        for (int j = 0; j < hidden; j++) {
            final double[] g = grad[j];
            final double[] aj = actOut[j];
            final double[] yj = noisyBnOut[j];
            final double[] out = placement == Placement.BEFORE ? aj : yj;
            final double[] v = placement == Placement.AFTER ? aj : z[j];
            // ∂L/∂W2[j] = Σ ∂L/∂o·(hidden output) ; g = ∂L/∂(hidden output) = ∂L/∂o·W2[j]
            gradW2.data[j] = RowSums.dot(gO, out, rows);
            for (int i = 0; i < rows; i++) {
                g[i] = gO[i] * w2.data[j];
                if (placement == Placement.BEFORE) {
                    // ∂L/∂y′ = g ⊙ act'(y′)
                    g[i] *= activation.derivative(yj[i], aj[i]);
                }
                xh[i] = (v[i] - batchMean[j]) * invStd[j];
            }
            // ∂L/∂y = s ⊙ ∂L/∂y′ ; then the BN backward through μ and σ²
            bnNoise.backpropagate(j, g, 0, rows);
            BatchNormKernels.backward(g, xh, 0, rows, usedGamma[j], invStd[j], g, bnSums);
            gradGamma.data[j] = bnSums[0];
            gradBeta.data[j] = bnSums[1];
            if (placement == Placement.AFTER) {
                // ∂L/∂z = ∂L/∂v ⊙ act'(z)
                for (int i = 0; i < rows; i++) {
                    g[i] *= activation.derivative(z[j][i], aj[i]);
                }
            }
            // ∂L/∂b1[j] = Σ_i ∂L/∂z_ij ; ∂L/∂W1[j][k] = Σ_i ∂L/∂z_ij · x_ik
            gradB1.data[j] = RowSums.sum(g, 0, rows);
            for (int k = 0; k < inputs; k++) {
                gradW1.data[j * inputs + k] = RowSums.dot(g, x[k], rows);
            }
        }
    }

    /** θ ← θ − lr·∂L/∂θ for W1, b1, γ, β (with BN), W2, b2. */
    private void applySgd(double lr) {
        sgd(w1, gradW1, lr);
        sgd(b1, gradB1, lr);
        if (placement.hasBatchNorm()) {
            sgd(gamma, gradGamma, lr);
            sgd(beta, gradBeta, lr);
        }
        sgd(w2, gradW2, lr);
        sgd(b2, gradB2, lr);
    }

    private static void sgd(DMatrixRMaj param, DMatrixRMaj grad, double lr) {
        double[] p = param.data;
        double[] g = grad.data;
        for (int i = 0, len = param.getNumElements(); i < len; i++) {
            p[i] -= lr * g[i];
        }
    }

    // ------------------------------------------------------------------ state queries

    /** Rows of the last batch. */
    public int batchSize() {
        return n;
    }

    public double lastLoss() {
        return lastLoss;
    }

    /** Fraction of the last batch classified correctly (logit ≥ 0 ⇔ class 1). */
    public double lastAccuracy() {
        return n == 0 ? Double.NaN : (double) lastCorrect / n;
    }

    /** Number of running-statistics updates so far. */
    public long runningUpdates() {
        return runningUpdates;
    }

    /** Restores the running-statistics update counter (for the cumulative convention); used when copying state. */
    public void setRunningUpdates(long count) {
        this.runningUpdates = count;
    }

    public double batchMean(int j) {
        return batchMean[j];
    }

    public double batchVar(int j) {
        return batchVar[j];
    }

    /** γ_j used by the last forward pass (before that step's SGD update). */
    public double usedGamma(int j) {
        return usedGamma[j];
    }

    /** β_j used by the last forward pass (before that step's SGD update). */
    public double usedBeta(int j) {
        return usedBeta[j];
    }

    /** Input feature k of example i of the last batch. */
    public double batchInput(int i, int k) {
        return x[k][i];
    }

    public double batchLabel(int i) {
        return labels[i];
    }

    /** z = W1·x + b1 of neuron j, example i. */
    public double z(int j, int i) {
        return z[j][i];
    }

    /** The value entering BN (z for "before", act(z) for "after"); z when there is no BN. */
    public double preBn(int j, int i) {
        return placement == Placement.AFTER ? actOut[j][i] : z[j][i];
    }

    /** x̂ = (v − μ)/√(σ² + ε) of the value v entering BN (0 without BN). */
    public double xhat(int j, int i) {
        if (!placement.hasBatchNorm()) {
            return 0.0;
        }
        return (preBn(j, i) - batchMean[j]) * invStd[j];
    }

    /** γ·x̂ + β (0 without BN). */
    public double bnOut(int j, int i) {
        if (!placement.hasBatchNorm()) {
            return 0.0;
        }
        if (bnNoise != null && noisyBnOut.length == hidden) {
            return noisyBnOut[j][i];
        }
        return usedGamma[j] * xhat(j, i) + usedBeta[j];
    }

    /** Input of the activation: BN output for "before", z otherwise. */
    public double activationInput(int j, int i) {
        return placement == Placement.BEFORE ? bnOut(j, i) : z[j][i];
    }

    public double activationOutput(int j, int i) {
        return actOut[j][i];
    }

    public double logit(int i) {
        return logits[i];
    }

    /** Fraction of the last batch whose activation input lies in the saturated region, neuron j. */
    public double saturatedFraction(int j) {
        return (double) saturatedCount[j] / n;
    }

    /** True when every parameter and running statistic is finite. */
    public boolean parametersFinite() {
        return allFinite(w1) && allFinite(b1) && allFinite(w2) && allFinite(b2)
                && (!placement.hasBatchNorm()
                    || allFinite(gamma) && allFinite(beta) && allFinite(runningMean) && allFinite(runningVar));
    }

    private static boolean allFinite(DMatrixRMaj m) {
        for (int i = 0, len = m.getNumElements(); i < len; i++) {
            if (!Double.isFinite(m.data[i])) {
                return false;
            }
        }
        return true;
    }

    /** A network of the same shape with copies of all parameters and running statistics. */
    public Network copy() {
        Network c = new Network(inputs, hidden, activation, placement);
        c.w1.setTo(w1);
        c.b1.setTo(b1);
        c.gamma.setTo(gamma);
        c.beta.setTo(beta);
        c.w2.setTo(w2);
        c.b2.setTo(b2);
        c.runningMean.setTo(runningMean);
        c.runningVar.setTo(runningVar);
        c.runningUpdates = runningUpdates;
        return c;
    }
}
