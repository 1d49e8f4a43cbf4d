package dev.bnlab.core;

import org.ejml.data.DMatrixRMaj;

/**
 * FROZEN COPY of Network.java as it was before the speed work (commit 4d82c18), for
 * FastPathRegressionTest. Do not optimize or edit.
 *
 * <p>The BN Lab network d → h → 1 (golden README §3), trained by plain SGD with fused, allocation-free loops.
 *
 * <p>Storage is EJML {@link DMatrixRMaj}. Batch-shaped work matrices are kept <em>neuron-major</em>
 * (h rows × n columns, row j = neuron j over the batch) so every inner loop runs over one contiguous row,
 * which the JIT can vectorize. They grow when a larger batch arrives and are otherwise reused: a training
 * step allocates nothing.
 *
 * <p>Not thread-safe: one thread owns a network.
 */
final class BaselineNetwork {

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

    // ---- batch work matrices (neuron-major), valid for the last forward pass ----
    private int n;
    /** x of the batch, feature-major (d × n). */
    private final DMatrixRMaj xT;
    /** labels of the batch (1 × n). */
    private final DMatrixRMaj labels;
    /** z = W1·x + b1 (h × n). */
    private final DMatrixRMaj z;
    /** x̂ (h × n), BN placements only. */
    private final DMatrixRMaj xhat;
    /** γ·x̂ + β (h × n), BN placements only. */
    private final DMatrixRMaj bnOut;
    /** act(input of the activation) (h × n). */
    private final DMatrixRMaj actOut;
    /** logits o (1 × n). */
    private final DMatrixRMaj logits;
    /** ∂L/∂o (1 × n). */
    private final DMatrixRMaj gradLogits;
    /** scratch ∂L/∂(something) per neuron (h × n). */
    private final DMatrixRMaj scratch;
    /** μ_B, σ²_B, 1/√(σ²_B+ε), and the γ, β used by the last forward pass (h each). */
    private final double[] batchMean;
    private final double[] batchVar;
    private final double[] invStd;
    private final double[] usedGamma;
    private final double[] usedBeta;
    private final double[] sums = new double[2];
    private double lastLoss = Double.NaN;
    private int lastCorrect;

    BaselineNetwork(int inputs, int hidden, Activation activation, Placement placement) {
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
        xT = new DMatrixRMaj(inputs, 0);
        labels = new DMatrixRMaj(1, 0);
        z = new DMatrixRMaj(hidden, 0);
        xhat = new DMatrixRMaj(hidden, 0);
        bnOut = new DMatrixRMaj(hidden, 0);
        actOut = new DMatrixRMaj(hidden, 0);
        logits = new DMatrixRMaj(1, 0);
        gradLogits = new DMatrixRMaj(1, 0);
        scratch = new DMatrixRMaj(hidden, 0);
        batchMean = new double[hidden];
        batchVar = new double[hidden];
        invStd = new double[hidden];
        usedGamma = new double[hidden];
        usedBeta = new double[hidden];
    }

    // ------------------------------------------------------------------ batch input

    /** Makes room for a batch of n rows; reallocates only when n exceeds every earlier batch. */
    public void resizeBatch(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("a batch needs at least one row, got " + rows);
        }
        n = rows;
        xT.reshape(inputs, rows);
        labels.reshape(1, rows);
        z.reshape(hidden, rows);
        xhat.reshape(hidden, rows);
        bnOut.reshape(hidden, rows);
        actOut.reshape(hidden, rows);
        logits.reshape(1, rows);
        gradLogits.reshape(1, rows);
        scratch.reshape(hidden, rows);
    }

    /** Loads a batch given as rows x[i][k] (example i, feature k) with labels y[i] ∈ {0, 1}. */
    public void loadBatch(double[][] x, double[] y) {
        resizeBatch(x.length);
        double[] xd = xT.data;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < inputs; k++) {
                xd[k * n + i] = x[i][k];
            }
            labels.data[i] = y[i];
        }
    }

    /** Loads rows idx[0..count) of a feature-major data set (d × total) into the batch. */
    public void loadBatch(double[] featureMajor, double[] allLabels, int total, int[] idx, int count) {
        resizeBatch(count);
        double[] xd = xT.data;
        for (int k = 0; k < inputs; k++) {
            int src = k * total;
            int dst = k * count;
            for (int i = 0; i < count; i++) {
                xd[dst + i] = featureMajor[src + idx[i]];
            }
        }
        for (int i = 0; i < count; i++) {
            labels.data[i] = allLabels[idx[i]];
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
        backward();
        if (placement.hasBatchNorm()) {
            runningUpdates++;
            rule.update(runningMean.data, runningVar.data, batchMean, batchVar, hidden, n, runningUpdates);
        }
        applySgd(lr);
        return lastLoss;
    }

    /** Forward pass in training mode with batch statistics and the loss; updates no parameter or statistic. */
    public double forwardTrain(double eps) {
        final int rows = n;
        final double[] x = xT.data;
        final double[] zd = z.data;
        final double[] o = logits.data;
        java.util.Arrays.fill(o, 0, rows, b2.data[0]);
        for (int j = 0; j < hidden; j++) {
            final int off = j * rows;
            // z_j = Σ_k W1[j][k]·x_k + b1[j]
            final double bias = b1.data[j];
            java.util.Arrays.fill(zd, off, off + rows, bias);
            for (int k = 0; k < inputs; k++) {
                final double w = w1.data[j * inputs + k];
                final int xo = k * rows;
                for (int i = 0; i < rows; i++) {
                    zd[off + i] += w * x[xo + i];
                }
            }
            final double[] hiddenOut;
            switch (placement) {
                case BEFORE:
                    // u = BN(z) ; a = act(u)
                    batchNormTrain(j, zd, off, rows, eps);
                    applyActivation(bnOut.data, actOut.data, off, rows);
                    hiddenOut = actOut.data;
                    break;
                case AFTER:
                    // v = act(z) ; a = BN(v)
                    applyActivation(zd, actOut.data, off, rows);
                    batchNormTrain(j, actOut.data, off, rows, eps);
                    hiddenOut = bnOut.data;
                    break;
                default:
                    // a = act(z); μ and σ² of z are kept for display only
                    applyActivation(zd, actOut.data, off, rows);
                    batchMean[j] = BaselineKernels.mean(zd, off, rows);
                    batchVar[j] = BaselineKernels.biasedVariance(zd, off, rows, batchMean[j]);
                    hiddenOut = actOut.data;
                    break;
            }
            // o += W2[j]·a_j
            final double w2j = w2.data[j];
            for (int i = 0; i < rows; i++) {
                o[i] += w2j * hiddenOut[off + i];
            }
        }
        return lossAndLogitGradient();
    }

    private void batchNormTrain(int j, double[] v, int off, int rows, double eps) {
        double mu = BaselineKernels.mean(v, off, rows);
        double var = BaselineKernels.biasedVariance(v, off, rows, mu);
        // invStd = 1/√(σ² + ε)
        double inv = 1.0 / Math.sqrt(var + eps);
        batchMean[j] = mu;
        batchVar[j] = var;
        invStd[j] = inv;
        usedGamma[j] = gamma.data[j];
        usedBeta[j] = beta.data[j];
        BaselineKernels.normalize(v, off, rows, mu, inv, usedGamma[j], usedBeta[j], xhat.data, bnOut.data);
    }

    private void applyActivation(double[] in, double[] out, int off, int rows) {
        switch (activation) {
            case SIGMOID:
                // σ(t) = 1/(1+e^−t)
                for (int i = off, end = off + rows; i < end; i++) {
                    out[i] = 1.0 / (1.0 + Math.exp(-in[i]));
                }
                break;
            case TANH:
                for (int i = off, end = off + rows; i < end; i++) {
                    out[i] = Math.tanh(in[i]);
                }
                break;
            default:
                // relu(t) = max(t, 0)
                for (int i = off, end = off + rows; i < end; i++) {
                    double t = in[i];
                    out[i] = t > 0 ? t : 0.0;
                }
                break;
        }
    }

    /** g ← g ⊙ act'(input), using the stored activation output where the derivative needs it. */
    private void multiplyByActivationDerivative(double[] g, double[] in, double[] out, int off, int rows) {
        switch (activation) {
            case SIGMOID:
                // σ' = σ(1−σ)
                for (int i = off, end = off + rows; i < end; i++) {
                    double s = out[i];
                    g[i] *= s * (1.0 - s);
                }
                break;
            case TANH:
                // tanh' = 1 − tanh²
                for (int i = off, end = off + rows; i < end; i++) {
                    double t = out[i];
                    g[i] *= 1.0 - t * t;
                }
                break;
            default:
                // relu'(t) = 1 if t > 0 else 0
                for (int i = off, end = off + rows; i < end; i++) {
                    if (!(in[i] > 0)) {
                        g[i] = 0.0;
                    }
                }
                break;
        }
    }

    /**
     * loss = (1/n) Σ max(o,0) − o·y + log(1 + e^−|o|)  and  ∂L/∂o = (σ(o) − y)/n, sharing one exp per row.
     */
    private double lossAndLogitGradient() {
        final int rows = n;
        final double[] o = logits.data;
        final double[] y = labels.data;
        final double[] g = gradLogits.data;
        final double invN = 1.0 / rows;
        double sum = 0.0;
        int correct = 0;
        for (int i = 0; i < rows; i++) {
            double oi = o[i];
            double e = Math.exp(-Math.abs(oi));
            double onePlusE = 1.0 + e;
            sum += Math.max(oi, 0.0) - oi * y[i] + Math.log(onePlusE);
            double p = (oi >= 0 ? 1.0 : e) / onePlusE;
            g[i] = (p - y[i]) * invN;
            correct += (oi >= 0) == (y[i] > 0.5) ? 1 : 0;
        }
        lastCorrect = correct;
        lastLoss = sum * invN;
        return lastLoss;
    }

    private void backward() {
        final int rows = n;
        final double[] x = xT.data;
        final double[] gO = gradLogits.data;
        final double[] g = scratch.data;
        double gb2 = 0.0;
        for (int i = 0; i < rows; i++) {
            gb2 += gO[i];
        }
        gradB2.data[0] = gb2;
        for (int j = 0; j < hidden; j++) {
            final int off = j * rows;
            final double w2j = w2.data[j];
            final double[] hiddenOut = placement == Placement.AFTER ? bnOut.data : actOut.data;
            // ∂L/∂W2[j] = Σ_i ∂L/∂o_i · a_ij ;  g = ∂L/∂a_j = ∂L/∂o · W2[j]
            double gw2 = 0.0;
            for (int i = 0; i < rows; i++) {
                gw2 += gO[i] * hiddenOut[off + i];
                g[off + i] = gO[i] * w2j;
            }
            gradW2.data[j] = gw2;
            switch (placement) {
                case BEFORE:
                    // ∂L/∂u = g ⊙ act'(u) ; ∂L/∂z = BN'(∂L/∂u)
                    multiplyByActivationDerivative(g, bnOut.data, actOut.data, off, rows);
                    BaselineKernels.backward(g, xhat.data, off, rows, usedGamma[j], invStd[j], g, sums);
                    gradGamma.data[j] = sums[0];
                    gradBeta.data[j] = sums[1];
                    break;
                case AFTER:
                    // ∂L/∂v = BN'(g) ; ∂L/∂z = ∂L/∂v ⊙ act'(z)
                    BaselineKernels.backward(g, xhat.data, off, rows, usedGamma[j], invStd[j], g, sums);
                    gradGamma.data[j] = sums[0];
                    gradBeta.data[j] = sums[1];
                    multiplyByActivationDerivative(g, z.data, actOut.data, off, rows);
                    break;
                default:
                    // ∂L/∂z = g ⊙ act'(z)
                    multiplyByActivationDerivative(g, z.data, actOut.data, off, rows);
                    break;
            }
            // ∂L/∂b1[j] = Σ_i ∂L/∂z_ij ; ∂L/∂W1[j][k] = Σ_i ∂L/∂z_ij · x_ik
            double gb1 = 0.0;
            for (int i = 0; i < rows; i++) {
                gb1 += g[off + i];
            }
            gradB1.data[j] = gb1;
            for (int k = 0; k < inputs; k++) {
                final int xo = k * rows;
                double s = 0.0;
                for (int i = 0; i < rows; i++) {
                    s += g[off + i] * x[xo + i];
                }
                gradW1.data[j * inputs + k] = s;
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
        return xT.data[k * n + i];
    }

    public double batchLabel(int i) {
        return labels.data[i];
    }

    /** z = W1·x + b1 of neuron j, example i. */
    public double z(int j, int i) {
        return z.data[j * n + i];
    }

    /** The value entering BN (z for "before", act(z) for "after"); z when there is no BN. */
    public double preBn(int j, int i) {
        return placement == Placement.AFTER ? actOut.data[j * n + i] : z.data[j * n + i];
    }

    public double xhat(int j, int i) {
        return xhat.data[j * n + i];
    }

    public double bnOut(int j, int i) {
        return bnOut.data[j * n + i];
    }

    /** Input of the activation: BN output for "before", z otherwise. */
    public double activationInput(int j, int i) {
        return placement == Placement.BEFORE ? bnOut.data[j * n + i] : z.data[j * n + i];
    }

    public double activationOutput(int j, int i) {
        return actOut.data[j * n + i];
    }

    public double logit(int i) {
        return logits.data[i];
    }

    /** Fraction of the last batch whose activation input lies in the saturated region, neuron j. */
    public double saturatedFraction(int j) {
        final int off = j * n;
        final double[] in = placement == Placement.BEFORE ? bnOut.data : z.data;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (activation.isSaturated(in[off + i])) {
                count++;
            }
        }
        return (double) count / n;
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
    public BaselineNetwork copy() {
        BaselineNetwork c = new BaselineNetwork(inputs, hidden, activation, placement);
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

    /** Frozen copy of BatchNormKernels. */
    static final class BaselineKernels {

        private BaselineKernels() {
        }

        /** μ = (1/n) Σ v[i]. */
        public static double mean(double[] v, int off, int n) {
            double s = 0.0;
            for (int i = off, end = off + n; i < end; i++) {
                s += v[i];
            }
            return s / n;
        }

        /** σ² = (1/n) Σ (v[i] − μ)², biased, two-pass. */
        public static double biasedVariance(double[] v, int off, int n, double mu) {
            double s = 0.0;
            for (int i = off, end = off + n; i < end; i++) {
                double c = v[i] - mu;
                s += c * c;
            }
            return s / n;
        }

        /** x̂ = (v − μ)·invStd ; y = γ·x̂ + β, with invStd = 1/√(σ² + ε). */
        public static void normalize(double[] v, int off, int n, double mu, double invStd, double gamma, double beta,
                                     double[] xhat, double[] y) {
            for (int i = off, end = off + n; i < end; i++) {
                double xh = (v[i] - mu) * invStd;
                xhat[i] = xh;
                y[i] = gamma * xh + beta;
            }
        }

        /**
         * Full BN backward for one neuron, given g = ∂L/∂y:
         * ∂L/∂v[i] = γ·invStd/n · (n·g[i] − Σg − x̂[i]·Σ(g·x̂)); writes into dv (may alias g).
         *
         * @return {Σ g·x̂ (= ∂L/∂γ), Σ g (= ∂L/∂β)} stored into sums[0], sums[1]
         */
        public static void backward(double[] g, double[] xhat, int off, int n, double gamma, double invStd,
                                    double[] dv, double[] sums) {
            double sumG = 0.0;
            double sumGX = 0.0;
            for (int i = off, end = off + n; i < end; i++) {
                sumG += g[i];
                sumGX += g[i] * xhat[i];
            }
            double scale = gamma * invStd / n;
            for (int i = off, end = off + n; i < end; i++) {
                dv[i] = scale * (n * g[i] - sumG - xhat[i] * sumGX);
            }
            sums[0] = sumGX;
            sums[1] = sumG;
        }
    }
}
