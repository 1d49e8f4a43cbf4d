package dev.bnlab.core;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * The BN Lab network d → h_1 → … → h_L → 1 (docs/golden-schema.md §3 for L = 1, §8 for L ≥ 1), trained by plain SGD
 * with fused, allocation-free loops. Every hidden layer is {@code Linear → [BN] → activation} (BN before or after
 * the activation, or none) with its own γ, β and running statistics ({@link HiddenLayer}); the output is one
 * logit o = W_out·a_L + b_out, read through a sigmoid and binary cross-entropy.
 *
 * <p>Batch-shaped work data is kept <em>neuron-major</em>: one plain row per neuron (row j = neuron j over the
 * batch), so every inner loop runs over contiguous rows that are all indexed by the same i, the shape C2
 * auto-vectorizes. Element-wise loops are vectorized and kept short (C2 only vectorizes a loop it can unroll),
 * sums use interleaved partial sums ({@link RowSums}), e^x and log are polynomials ({@link FastExp}), and
 * counts are sums of 0/1 flags instead of branches. Work is fused where the per-element operations stay the
 * same: z over four inputs per pass, σ²_j with Σz_{j+1}, x̂ stored by the forward pass for the BN backward,
 * the upstream gradient over four neurons per pass times act' in the same pass, Σg and up to three dots per
 * pass for ∂W. Rows grow when a larger batch arrives and are otherwise
 * reused: a training step allocates nothing.
 *
 * <p>Numerics: every quantity follows the formulas of docs/golden-schema.md in the same order as the plain loops
 * did, except that sums are added in another order and e^x, log, tanh come within a few ulp of {@link Math}'s;
 * results agree with the plain loops to about 1e−13 relative (FastPathRegressionTest). With one hidden layer
 * the numbers are bit for bit those of the one-layer network this class grew from (OneLayerFingerprintTest).
 *
 * <p>Not thread-safe: one thread owns a network.
 */
public final class Network {

    /** Inputs d. */
    public final int inputs;
    public final Activation activation;
    public final Placement placement;
    private final HiddenLayer[] layers;

    /** W_out (1 × h_L). */
    public final DMatrixRMaj outW;
    /** b_out (1 × 1). */
    public final DMatrixRMaj outB;
    /** Gradients of the output layer in the last training step. */
    public final DMatrixRMaj gradOutW;
    public final DMatrixRMaj gradOutB;
    private long runningUpdates;

    // ---- batch work rows, valid for the last forward pass ----
    private int n;
    private int capacity;
    /** x of the batch, feature-major: x[k][i] = feature k of example i. */
    private double[][] x;
    /** labels of the batch. */
    private double[] labels;
    /** logits o. */
    private double[] logits;
    /** ∂L/∂o. */
    private double[] gradLogits;
    /** scratch row: powers of two for {@link FastExp}, loss terms, BN(v) in the "after" backward pass. */
    private double[] tmp;
    /** scratch row of 0/1 flags, summed into counts without branches. */
    private double[] flags;
    /** scratch row: the clamped e^x argument of the activation, one neuron at a time. */
    private double[] arg;
    /** scratch row: x̂ of an activation that is not preceded by BN (not needed afterwards). */
    private double[] xhatScratch;
    /**
     * ∂L/∂z of one neuron at a time when there is one hidden layer (nothing reads it after that neuron's
     * weight gradients); deeper networks keep a row per neuron for the propagation.
     */
    private double[] gradScratch;
    private final double[] sums3 = new double[3];
    private final double[] sums4 = new double[4];
    /** Σ ∂L/∂o of the last forward pass. */
    private double sumGradLogits;
    private double lastLoss = Double.NaN;
    private int lastCorrect;
    /** Optional train-mode noise after BN (noisy-BN experiment, one hidden layer); null = none, at no cost. */
    private BnNoise bnNoise;
    private final double[] noiseSums = new double[2];

    /** A network with one hidden layer of {@code hidden} neurons. */
    public Network(int inputs, int hidden, Activation activation, Placement placement) {
        this(inputs, new int[] {hidden}, activation, placement);
    }

    /** A network with hidden layers of the given widths (h_1, …, h_L), L ≥ 1. */
    public Network(int inputs, int[] widths, Activation activation, Placement placement) {
        if (inputs < 1) {
            throw new IllegalArgumentException("inputs must be at least 1, got " + inputs);
        }
        if (widths.length < 1) {
            throw new IllegalArgumentException("a network needs at least one hidden layer");
        }
        for (int w : widths) {
            if (w < 1) {
                throw new IllegalArgumentException("hidden must be at least 1, got " + w);
            }
        }
        this.inputs = inputs;
        this.activation = activation;
        this.placement = placement;
        layers = new HiddenLayer[widths.length];
        int fanIn = inputs;
        for (int k = 0; k < widths.length; k++) {
            layers[k] = new HiddenLayer(fanIn, widths[k], activation, placement);
            fanIn = widths[k];
        }
        outW = new DMatrixRMaj(1, fanIn);
        outB = new DMatrixRMaj(1, 1);
        gradOutW = new DMatrixRMaj(1, fanIn);
        gradOutB = new DMatrixRMaj(1, 1);
        allocateRows(0);
    }

    /** Hidden layers L. */
    public int depth() {
        return layers.length;
    }

    /** Hidden layer k (0-based: layer 0 reads the inputs, layer L−1 feeds the output). */
    public HiddenLayer layer(int k) {
        return layers[k];
    }

    /** The first hidden layer (the only one in the card's 2 → 3 → 1 network). */
    public HiddenLayer first() {
        return layers[0];
    }

    /** The last hidden layer, which feeds the output. */
    public HiddenLayer last() {
        return layers[layers.length - 1];
    }

    /** Widths h_1 … h_L. */
    public int[] widths() {
        int[] w = new int[layers.length];
        for (int k = 0; k < w.length; k++) {
            w[k] = layers[k].width;
        }
        return w;
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
        for (HiddenLayer layer : layers) {
            layer.allocateRows(cap);
        }
        logits = new double[cap];
        gradLogits = new double[cap];
        tmp = new double[cap];
        flags = new double[cap];
        arg = new double[cap];
        xhatScratch = new double[cap];
        gradScratch = new double[cap];
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

    /**
     * Loads rows idx[0..count) of an example-major data set, (x_0 … x_{d−1}, y) per point, into the batch: one
     * gather per point instead of one per feature and label.
     */
    public void loadBatchPacked(double[] packed, int[] idx, int count) {
        resizeBatch(count);
        final int stride = inputs + 1;
        if (inputs == 2) {
            final double[] x0 = x[0];
            final double[] x1 = x[1];
            final double[] y = labels;
            for (int i = 0; i < count; i++) {
                final int r = 3 * idx[i];
                x0[i] = packed[r];
                x1[i] = packed[r + 1];
                y[i] = packed[r + 2];
            }
            return;
        }
        for (int i = 0; i < count; i++) {
            final int r = stride * idx[i];
            for (int k = 0; k < inputs; k++) {
                x[k][i] = packed[r + k];
            }
            labels[i] = packed[r + inputs];
        }
    }

    // ------------------------------------------------------------------ training

    /**
     * One SGD step on the loaded batch: forward in training mode, loss, full backward, running-statistics
     * update of every layer, then θ ← θ − lr·∂L/∂θ for every parameter. Allocates nothing.
     *
     * @return the loss of the batch at the pre-step parameters
     */
    public double trainStep(double lr, double eps, RunningStatsRule rule) {
        return trainStep(lr, lr, eps, rule);
    }

    /**
     * {@link #trainStep(double, double, RunningStatsRule)} with two learning rates: {@code lrFeedingBn} for the
     * hidden layers' W and b (the weights BN's scale invariance protects), {@code lrRest} for γ, β and the output
     * layer (the split-learning-rate probe of docs/experiments.md).
     */
    public double trainStep(double lrFeedingBn, double lrRest, double eps, RunningStatsRule rule) {
        forwardTrain(eps);
        if (bnNoise != null && placement.hasBatchNorm()) {
            backwardWithNoise();
        } else {
            backward();
        }
        if (placement.hasBatchNorm()) {
            runningUpdates++;
            for (HiddenLayer layer : layers) {
                rule.update(layer.runningMean.data, layer.runningVar.data, layer.batchMean, layer.batchVar,
                        layer.width, n, runningUpdates);
            }
        }
        applySgd(lrFeedingBn, lrRest);
        return lastLoss;
    }

    /** Forward pass in training mode with batch statistics and the loss; updates no parameter or statistic. */
    public double forwardTrain(double eps) {
        if (bnNoise != null && placement.hasBatchNorm()) {
            return forwardTrainWithNoise(eps);
        }
        double[][] in = x;
        for (int k = 0; k < layers.length; k++) {
            boolean last = k == layers.length - 1;
            if (last) {
                Arrays.fill(logits, 0, n, outB.data[0]);
            }
            forwardLayer(layers[k], in, last, eps);
            in = layers[k].output();
        }
        return lossAndLogitGradient();
    }

    /** One hidden layer on input rows {@code in}; the last layer also accumulates o += W_out[j]·a_j. */
    private void forwardLayer(HiddenLayer layer, double[][] in, boolean last, double eps) {
        final int rows = n;
        final double[] o = last ? logits : null;
        layer.rows = rows;
        // with BN before (or none) the statistics are those of z: σ²_j is summed in the same pass as Σ z_{j+1}
        // (two independent sums, each in its own lanes, so each comes out as from its own pass)
        final boolean statsOfZ = placement != Placement.AFTER;
        double nextMean = 0.0;
        if (statsOfZ) {
            computeZ(layer, 0, in, layer.z[0], rows);
            nextMean = BatchNormKernels.mean(layer.z[0], 0, rows);
        }
        for (int j = 0; j < layer.width; j++) {
            final double[] zj = layer.z[j];
            final double[] aj = layer.act[j];
            final double wOut = last ? outW.data[j] : 0.0;
            if (statsOfZ) {
                // μ_j = Σ z_j / n ; σ²_j = Σ (z_j − μ_j)² / n
                final double mu = nextMean;
                final double var;
                if (j + 1 < layer.width) {
                    final double[] zNext = layer.z[j + 1];
                    computeZ(layer, j + 1, in, zNext, rows);
                    BatchNormKernels.varianceAndSum(zj, mu, zNext, rows, sums3);
                    var = sums3[0];
                    nextMean = sums3[1] / rows;
                } else {
                    var = BatchNormKernels.biasedVariance(zj, 0, rows, mu);
                }
                layer.batchMean[j] = mu;
                layer.batchVar[j] = var;
            } else {
                computeZ(layer, j, in, zj, rows);
            }
            switch (placement) {
                case BEFORE:
                    // u = BN(z) = γ·x̂ + β ; a = act(u) ; o += W_out[j]·a
                    useStatistics(layer, j, eps);
                    // |x̂| ≤ √(n−1), so |u| ≤ |γ|·(√n + 1) + |β| (with room for rounding)
                    final boolean bounded = Math.abs(layer.usedGamma[j]) * (Math.sqrt(rows) + 1.0)
                            + Math.abs(layer.usedBeta[j]) <= ActivationKernels.unclampedLimit(activation);
                    layer.saturatedCount[j] = ActivationKernels.forwardNormalized(activation, zj, layer.batchMean[j],
                            layer.invStd[j], layer.usedGamma[j], layer.usedBeta[j], bounded, aj, rows, tmp, arg,
                            layer.xhatRows[j], flags, o, wOut);
                    break;
                case AFTER:
                    // v = act(z) ; a = BN(v) = γ·x̂ + β ; o += W_out[j]·a
                    layer.saturatedCount[j] = ActivationKernels.forward(activation, zj, aj, rows, tmp, arg,
                            xhatScratch, flags, null, 0.0);
                    batchStatistics(layer, j, aj, rows, eps);
                    final double mu = layer.batchMean[j];
                    final double inv = layer.invStd[j];
                    final double g = layer.usedGamma[j];
                    final double b = layer.usedBeta[j];
                    final double[] yj = layer.bnOut[j];
                    for (int i = 0; i < rows; i++) {
                        yj[i] = g * ((aj[i] - mu) * inv) + b;
                    }
                    if (last) {
                        for (int i = 0; i < rows; i++) {
                            o[i] += wOut * yj[i];
                        }
                    }
                    break;
                default:
                    // a = act(z) ; o += W_out[j]·a ; μ and σ² of z are kept for display only
                    layer.saturatedCount[j] = ActivationKernels.forward(activation, zj, aj, rows, tmp, arg,
                            xhatScratch, flags, o, wOut);
                    break;
            }
        }
    }

    /**
     * z_j = W[j]·in + b[j], summed in the order b, then input 0, 1, …: one pass per four inputs (each element
     * sees the same additions in the same order as with one pass per input).
     */
    private static void computeZ(HiddenLayer layer, int j, double[][] in, double[] zj, int rows) {
        final int fanIn = layer.fanIn;
        final double bias = layer.b.data[j];
        final double[] w = layer.w.data;
        final int row = j * fanIn;
        final double w0 = w[row];
        final double[] in0 = in[0];
        switch (Math.min(fanIn, 4)) {
            case 1:
                // z = b + w0·x0
                for (int i = 0; i < rows; i++) {
                    zj[i] = bias + w0 * in0[i];
                }
                break;
            case 2: {
                // z = (b + w0·x0) + w1·x1
                final double w1 = w[row + 1];
                final double[] in1 = in[1];
                for (int i = 0; i < rows; i++) {
                    zj[i] = (bias + w0 * in0[i]) + w1 * in1[i];
                }
                break;
            }
            case 3: {
                // z = ((b + w0·x0) + w1·x1) + w2·x2
                final double w1 = w[row + 1];
                final double w2 = w[row + 2];
                final double[] in1 = in[1];
                final double[] in2 = in[2];
                for (int i = 0; i < rows; i++) {
                    zj[i] = ((bias + w0 * in0[i]) + w1 * in1[i]) + w2 * in2[i];
                }
                break;
            }
            default: {
                // z = (((b + w0·x0) + w1·x1) + w2·x2) + w3·x3
                final double w1 = w[row + 1];
                final double w2 = w[row + 2];
                final double w3 = w[row + 3];
                final double[] in1 = in[1];
                final double[] in2 = in[2];
                final double[] in3 = in[3];
                for (int i = 0; i < rows; i++) {
                    zj[i] = (((bias + w0 * in0[i]) + w1 * in1[i]) + w2 * in2[i]) + w3 * in3[i];
                }
                break;
            }
        }
        for (int k = 4; k < fanIn; k += 4) {
            addInputs(zj, in, w, row, k, Math.min(4, fanIn - k), rows);
        }
    }

    /** z += w_k·x_k + … for inputs k … k + count − 1 (count ≤ 4), added left to right. */
    private static void addInputs(double[] zj, double[][] in, double[] w, int row, int k, int count, int rows) {
        final double wa = w[row + k];
        final double[] ina = in[k];
        switch (count) {
            case 1:
                // z += wa·xa
                for (int i = 0; i < rows; i++) {
                    zj[i] = zj[i] + wa * ina[i];
                }
                break;
            case 2: {
                // z = (z + wa·xa) + wb·xb
                final double wb = w[row + k + 1];
                final double[] inb = in[k + 1];
                for (int i = 0; i < rows; i++) {
                    zj[i] = (zj[i] + wa * ina[i]) + wb * inb[i];
                }
                break;
            }
            case 3: {
                // z = ((z + wa·xa) + wb·xb) + wc·xc
                final double wb = w[row + k + 1];
                final double wc = w[row + k + 2];
                final double[] inb = in[k + 1];
                final double[] inc = in[k + 2];
                for (int i = 0; i < rows; i++) {
                    zj[i] = ((zj[i] + wa * ina[i]) + wb * inb[i]) + wc * inc[i];
                }
                break;
            }
            default: {
                // z = (((z + wa·xa) + wb·xb) + wc·xc) + wd·xd
                final double wb = w[row + k + 1];
                final double wc = w[row + k + 2];
                final double wd = w[row + k + 3];
                final double[] inb = in[k + 1];
                final double[] inc = in[k + 2];
                final double[] ind = in[k + 3];
                for (int i = 0; i < rows; i++) {
                    zj[i] = (((zj[i] + wa * ina[i]) + wb * inb[i]) + wc * inc[i]) + wd * ind[i];
                }
                break;
            }
        }
    }

    /** μ, σ² (biased), 1/√(σ² + ε) of the row entering BN, and the γ, β this forward pass uses. */
    private static void batchStatistics(HiddenLayer layer, int j, double[] v, int rows, double eps) {
        double mu = BatchNormKernels.mean(v, 0, rows);
        double var = BatchNormKernels.biasedVariance(v, 0, rows, mu);
        layer.batchMean[j] = mu;
        layer.batchVar[j] = var;
        useStatistics(layer, j, eps);
    }

    /** 1/√(σ² + ε) of the layer's μ, σ² of neuron j, and the γ, β this forward pass uses. */
    private static void useStatistics(HiddenLayer layer, int j, double eps) {
        // invStd = 1/√(σ² + ε)
        layer.invStd[j] = 1.0 / Math.sqrt(layer.batchVar[j] + eps);
        layer.usedGamma[j] = layer.gamma.data[j];
        layer.usedBeta[j] = layer.beta.data[j];
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
            // (one min per flag; a NaN flag, also from o = +∞, makes correctCount count one by one)
            double d = ActivationKernels.positiveCheap(-o[i]) - ActivationKernels.positiveCheap(y[i] - 0.5);
            hit[i] = d * d;
        }
        for (int i = 0; i < rows; i++) {
            double oi = o[i];
            e[i] = Math.max(oi, 0.0) - oi * y[i] + FastExp.logOfOneToTwo(1.0 + e[i]);
        }
        // Σ loss terms, Σ hits, and Σ ∂L/∂o (= ∂L/∂b_out, kept for the backward pass) in one pass
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
        gradOutB.data[0] = sumGradLogits;
        for (int k = layers.length - 1; k >= 0; k--) {
            HiddenLayer layer = layers[k];
            backwardLayer(layer, k == 0 ? x : layers[k - 1].output(), k == layers.length - 1);
            if (k > 0) {
                propagateToPreviousLayer(layer, layers[k - 1]);
            }
        }
    }

    /**
     * Gradients of one hidden layer from ∂L/∂a: ∂L/∂o·W_out[j] for the last layer; for the others the layer's
     * grad rows already hold ∂L/∂a, or ∂L/∂a ⊙ act' ({@link #propagateToPreviousLayer}). Leaves ∂L/∂z in the
     * layer's grad rows. {@code in} are the layer's input rows.
     */
    private void backwardLayer(HiddenLayer layer, double[][] in, boolean last) {
        final int rows = n;
        final double[] gO = gradLogits;
        final double[] s3 = sums3;
        final boolean timesDerivative = last || !derivativeInPropagation();
        for (int j = 0; j < layer.width; j++) {
            // ∂L/∂a_j = src·w: ∂L/∂o·W_out[j] for the last layer, the grad row (times 1) otherwise
            final double w = last ? outW.data[j] : 1.0;
            final double[] g = layers.length == 1 ? gradScratch : layer.grad[j];
            final double[] src = last ? gO : g;
            final double[] aj = layer.act[j];
            switch (placement) {
                case BEFORE:
                    // ∂L/∂u = ∂L/∂a ⊙ act'(u) ; ∂L/∂W_out[j] = Σ ∂L/∂o·a_j ; ∂L/∂β = Σ ∂L/∂u ; ∂L/∂γ = Σ ∂L/∂u·x̂
                    if (timesDerivative) {
                        ActivationKernels.scaleByDerivative(activation, src, w, aj, g, rows);
                    }
                    final double[] xh = layer.xhatRows[j];
                    if (last) {
                        BatchNormKernels.dotAndGradientSumsX(gO, aj, g, xh, rows, s3);
                        gradOutW.data[j] = s3[0];
                    } else {
                        BatchNormKernels.gradientSumsX(g, xh, rows, s3);
                    }
                    layer.gradBeta.data[j] = s3[1];
                    layer.gradGamma.data[j] = s3[2];
                    // ∂L/∂z = BN'(∂L/∂u)
                    BatchNormKernels.inputGradientX(g, xh, rows, layer.usedGamma[j], layer.invStd[j], s3[1], s3[2], g);
                    break;
                case AFTER:
                    // ∂L/∂y = ∂L/∂a ; ∂L/∂W_out[j] = Σ ∂L/∂o·y_j ; ∂L/∂β = Σ ∂L/∂y ; ∂L/∂γ = Σ ∂L/∂y·x̂
                    final double mu = layer.batchMean[j];
                    final double inv = layer.invStd[j];
                    if (last) {
                        for (int i = 0; i < rows; i++) {
                            g[i] = gO[i] * w;
                        }
                        BatchNormKernels.dotAndGradientSums(gO, layer.bnOut[j], g, aj, mu, inv, rows, s3);
                        gradOutW.data[j] = s3[0];
                    } else {
                        BatchNormKernels.gradientSumsOf(g, aj, mu, inv, rows, s3);
                    }
                    layer.gradBeta.data[j] = s3[1];
                    layer.gradGamma.data[j] = s3[2];
                    // ∂L/∂v = BN'(∂L/∂y) ; ∂L/∂z = ∂L/∂v ⊙ act'(z)
                    BatchNormKernels.inputGradientOf(g, aj, mu, inv, rows, layer.usedGamma[j], s3[1], s3[2], g);
                    ActivationKernels.scaleByDerivative(activation, g, 1.0, aj, g, rows);
                    break;
                default:
                    // ∂L/∂W_out[j] = Σ ∂L/∂o·a_j ; ∂L/∂z = ∂L/∂a ⊙ act'(z)
                    if (last) {
                        gradOutW.data[j] = RowSums.dot(gO, aj, rows);
                    }
                    if (timesDerivative) {
                        ActivationKernels.scaleByDerivative(activation, src, w, aj, g, rows);
                    }
                    break;
            }
            weightGradients(layer, j, in, g, rows);
        }
    }

    /**
     * ∂L/∂b[j] = Σ_i ∂L/∂z_ji ; ∂L/∂W[j][k] = Σ_i ∂L/∂z_ji · in_ki: Σ g and up to three dots in the first pass,
     * then four dots per pass (every sum in its own four lanes, as {@link RowSums} adds them).
     */
    private void weightGradients(HiddenLayer layer, int j, double[][] in, double[] g, int rows) {
        final int fanIn = layer.fanIn;
        final double[] s4 = sums4;
        final double[] gw = layer.gradW.data;
        final int row = j * fanIn;
        switch (Math.min(fanIn, 3)) {
            case 1:
                RowSums.sumDot(g, in[0], rows, s4);
                gw[row] = s4[1];
                break;
            case 2:
                RowSums.sumDotDot(g, in[0], in[1], rows, s4);
                gw[row] = s4[1];
                gw[row + 1] = s4[2];
                break;
            default:
                RowSums.sumDot3(g, in[0], in[1], in[2], rows, s4);
                gw[row] = s4[1];
                gw[row + 1] = s4[2];
                gw[row + 2] = s4[3];
                break;
        }
        layer.gradB.data[j] = s4[0];
        int k = 3;
        for (; k + 3 < fanIn; k += 4) {
            RowSums.dot4(g, in[k], in[k + 1], in[k + 2], in[k + 3], rows, s4);
            gw[row + k] = s4[0];
            gw[row + k + 1] = s4[1];
            gw[row + k + 2] = s4[2];
            gw[row + k + 3] = s4[3];
        }
        for (; k < fanIn; k++) {
            gw[row + k] = RowSums.dot(g, in[k], rows);
        }
    }

    /**
     * Whether {@link #propagateToPreviousLayer} can multiply by act' itself (sigmoid, tanh with BN before or
     * without BN: the derivative comes right after ∂L/∂a in the previous layer's backward pass).
     */
    private boolean derivativeInPropagation() {
        return activation != Activation.RELU && placement != Placement.AFTER;
    }

    /**
     * ∂L/∂a_{k−1}[p] = Σ_j ∂L/∂z_k[j] · W_k[j][p], summed j = 0, 1, … (four neurons per pass), into the previous
     * layer's grad rows; when {@link #derivativeInPropagation} also times act'(·) of the previous layer, in the
     * last pass: g = ∂L/∂a ⊙ act' (the previous layer's backward then starts from there).
     */
    private void propagateToPreviousLayer(HiddenLayer layer, HiddenLayer previous) {
        final int rows = n;
        final double[] w = layer.w.data;
        final int fanIn = layer.fanIn;
        final int width = layer.width;
        final double[][] g = layer.grad;
        final boolean derivative = derivativeInPropagation();
        final boolean tanh = activation == Activation.TANH;
        for (int p = 0; p < fanIn; p++) {
            final double[] up = previous.grad[p];
            final double[] a = previous.act[p];
            for (int j = 0; j < width; j += 4) {
                final int count = Math.min(4, width - j);
                final boolean first = j == 0;
                final boolean times = derivative && j + count == width;
                if (times) {
                    upstreamTimesDerivative(up, g, w, j, count, p, fanIn, first, a, tanh, rows);
                } else {
                    upstreamBlock(up, g, w, j, count, p, fanIn, first, rows);
                }
            }
        }
    }

    /** up (=|+=) g_j·W[j][p] + … for neurons j … j + count − 1 (count ≤ 4), left to right. */
    private static void upstreamBlock(double[] up, double[][] g, double[] w, int j, int count, int p, int fanIn,
                                      boolean first, int rows) {
        final double wa = w[j * fanIn + p];
        final double[] ga = g[j];
        final double wb = count > 1 ? w[(j + 1) * fanIn + p] : 0.0;
        final double[] gb = count > 1 ? g[j + 1] : ga;
        final double wc = count > 2 ? w[(j + 2) * fanIn + p] : 0.0;
        final double[] gc = count > 2 ? g[j + 2] : ga;
        final double wd = count > 3 ? w[(j + 3) * fanIn + p] : 0.0;
        final double[] gd = count > 3 ? g[j + 3] : ga;
        if (first) {
            switch (count) {
                case 1:
                    // up = ga·wa
                    for (int i = 0; i < rows; i++) {
                        up[i] = ga[i] * wa;
                    }
                    return;
                case 2:
                    // up = ga·wa + gb·wb
                    for (int i = 0; i < rows; i++) {
                        up[i] = ga[i] * wa + gb[i] * wb;
                    }
                    return;
                case 3:
                    // up = (ga·wa + gb·wb) + gc·wc
                    for (int i = 0; i < rows; i++) {
                        up[i] = (ga[i] * wa + gb[i] * wb) + gc[i] * wc;
                    }
                    return;
                default:
                    // up = ((ga·wa + gb·wb) + gc·wc) + gd·wd
                    for (int i = 0; i < rows; i++) {
                        up[i] = ((ga[i] * wa + gb[i] * wb) + gc[i] * wc) + gd[i] * wd;
                    }
                    return;
            }
        }
        switch (count) {
            case 1:
                // up += ga·wa
                for (int i = 0; i < rows; i++) {
                    up[i] = up[i] + ga[i] * wa;
                }
                return;
            case 2:
                // up = (up + ga·wa) + gb·wb
                for (int i = 0; i < rows; i++) {
                    up[i] = (up[i] + ga[i] * wa) + gb[i] * wb;
                }
                return;
            case 3:
                // up = ((up + ga·wa) + gb·wb) + gc·wc
                for (int i = 0; i < rows; i++) {
                    up[i] = ((up[i] + ga[i] * wa) + gb[i] * wb) + gc[i] * wc;
                }
                return;
            default:
                // up = (((up + ga·wa) + gb·wb) + gc·wc) + gd·wd
                for (int i = 0; i < rows; i++) {
                    up[i] = (((up[i] + ga[i] * wa) + gb[i] * wb) + gc[i] * wc) + gd[i] * wd;
                }
                return;
        }
    }

    /**
     * {@link #upstreamBlock} for the last neurons, then g = up ⊙ act'(·) from the previous layer's stored output
     * a: σ' = a(1 − a), tanh' = 1 − a²; one pass.
     */
    private static void upstreamTimesDerivative(double[] up, double[][] g, double[] w, int j, int count, int p,
                                                int fanIn, boolean first, double[] a, boolean tanh, int rows) {
        if (count != 3 || !first) {
            upstreamBlock(up, g, w, j, count, p, fanIn, first, rows);
            ActivationKernels.scaleByDerivative(tanh ? Activation.TANH : Activation.SIGMOID, up, 1.0, a, up, rows);
            return;
        }
        final double wa = w[j * fanIn + p];
        final double wb = w[(j + 1) * fanIn + p];
        final double wc = w[(j + 2) * fanIn + p];
        final double[] ga = g[j];
        final double[] gb = g[j + 1];
        final double[] gc = g[j + 2];
        if (tanh) {
            // g = ((ga·wa + gb·wb) + gc·wc)·(1 − a²)
            for (int i = 0; i < rows; i++) {
                final double t = a[i];
                up[i] = ((ga[i] * wa + gb[i] * wb) + gc[i] * wc) * (1.0 - t * t);
            }
        } else {
            // g = ((ga·wa + gb·wb) + gc·wc)·(a(1 − a))
            for (int i = 0; i < rows; i++) {
                final double s = a[i];
                up[i] = ((ga[i] * wa + gb[i] * wb) + gc[i] * wc) * (s * (1.0 - s));
            }
        }
    }

    // ------------------------------------------------------------------ noisy BN (experiments only)

    /**
     * Adds noise after BN in training mode (null removes it): y′ = s·y + m, gradient ×s on the way back.
     * Noisy steps take a plain, unfused path; eval mode never applies the noise. Not copied by {@link #copy()}.
     * Only for one hidden layer.
     */
    public void setBnNoise(BnNoise noise) {
        if (noise != null && layers.length != 1) {
            throw new IllegalStateException("BN noise is defined for one hidden layer, this network has "
                    + layers.length);
        }
        this.bnNoise = noise;
        if (noise == null) {
            layers[0].noisyBnOut = null;
        }
    }

    public BnNoise bnNoise() {
        return bnNoise;
    }

    /** Forward pass with BN noise: y = γ·x̂ + β ; y′ = s·y + m ; then as without noise. */
    private double forwardTrainWithNoise(double eps) {
        final int rows = n;
        final HiddenLayer layer = layers[0];
        final int hidden = layer.width;
        if (layer.noisyBnOut == null || layer.noisyBnOut[0].length < capacity) {
            layer.noisyBnOut = new double[hidden][capacity];
        }
        layer.rows = rows;
        Arrays.fill(logits, 0, rows, outB.data[0]);
        for (int j = 0; j < hidden; j++) {
            final double[] zj = layer.z[j];
            final double[] aj = layer.act[j];
            final double[] yj = layer.noisyBnOut[j];
            computeZ(layer, j, x, zj, rows);
            // v = z ("before") or act(z) ("after")
            if (placement == Placement.AFTER) {
                for (int i = 0; i < rows; i++) {
                    aj[i] = activation.apply(zj[i]);
                }
            }
            final double[] v = placement == Placement.AFTER ? aj : zj;
            batchStatistics(layer, j, v, rows, eps);
            // y = γ·(v − μ)·invStd + β, then y′ = s·y + m
            for (int i = 0; i < rows; i++) {
                yj[i] = layer.usedGamma[j] * ((v[i] - layer.batchMean[j]) * layer.invStd[j]) + layer.usedBeta[j];
            }
            bnNoise.perturb(j, yj, 0, rows);
            int saturated = 0;
            for (int i = 0; i < rows; i++) {
                double t = placement == Placement.BEFORE ? yj[i] : zj[i];
                saturated += activation.isSaturated(t) ? 1 : 0;
                if (placement == Placement.BEFORE) {
                    aj[i] = activation.apply(yj[i]);
                }
                // o += W_out[j]·(hidden output)
                logits[i] += outW.data[j] * (placement == Placement.BEFORE ? aj[i] : yj[i]);
            }
            layer.saturatedCount[j] = saturated;
        }
        return lossAndLogitGradient();
    }

    /** Backward pass of {@link #forwardTrainWithNoise}: the BN backward sees ∂L/∂y = s·∂L/∂y′. */
    private void backwardWithNoise() {
        final int rows = n;
        final HiddenLayer layer = layers[0];
        final double[] gO = gradLogits;
        final double[] xh = tmp;
        final double[] bnSums = noiseSums;
        gradOutB.data[0] = sumGradLogits;
        for (int j = 0; j < layer.width; j++) {
            final double[] g = layer.grad[j];
            final double[] aj = layer.act[j];
            final double[] yj = layer.noisyBnOut[j];
            final double[] out = placement == Placement.BEFORE ? aj : yj;
            final double[] v = placement == Placement.AFTER ? aj : layer.z[j];
            // ∂L/∂W_out[j] = Σ ∂L/∂o·(hidden output) ; g = ∂L/∂(hidden output) = ∂L/∂o·W_out[j]
            gradOutW.data[j] = RowSums.dot(gO, out, rows);
            for (int i = 0; i < rows; i++) {
                g[i] = gO[i] * outW.data[j];
                if (placement == Placement.BEFORE) {
                    // ∂L/∂y′ = g ⊙ act'(y′)
                    g[i] *= activation.derivative(yj[i], aj[i]);
                }
                xh[i] = (v[i] - layer.batchMean[j]) * layer.invStd[j];
            }
            // ∂L/∂y = s ⊙ ∂L/∂y′ ; then the BN backward through μ and σ²
            bnNoise.backpropagate(j, g, 0, rows);
            BatchNormKernels.backward(g, xh, 0, rows, layer.usedGamma[j], layer.invStd[j], g, bnSums);
            layer.gradGamma.data[j] = bnSums[0];
            layer.gradBeta.data[j] = bnSums[1];
            if (placement == Placement.AFTER) {
                // ∂L/∂z = ∂L/∂v ⊙ act'(z)
                for (int i = 0; i < rows; i++) {
                    g[i] *= activation.derivative(layer.z[j][i], aj[i]);
                }
            }
            // ∂L/∂b[j] = Σ_i ∂L/∂z_ji ; ∂L/∂W[j][k] = Σ_i ∂L/∂z_ji · x_ik
            layer.gradB.data[j] = RowSums.sum(g, 0, rows);
            for (int k = 0; k < inputs; k++) {
                layer.gradW.data[j * inputs + k] = RowSums.dot(g, x[k], rows);
            }
        }
    }

    /** θ ← θ − lr·∂L/∂θ: lrFeedingBn for every W_k, b_k; lrRest for γ, β (with BN) and W_out, b_out. */
    private void applySgd(double lrFeedingBn, double lrRest) {
        for (HiddenLayer layer : layers) {
            sgd(layer.w, layer.gradW, lrFeedingBn);
            sgd(layer.b, layer.gradB, lrFeedingBn);
            if (placement.hasBatchNorm()) {
                sgd(layer.gamma, layer.gradGamma, lrRest);
                sgd(layer.beta, layer.gradBeta, lrRest);
            }
        }
        sgd(outW, gradOutW, lrRest);
        sgd(outB, gradOutB, lrRest);
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

    /** Number of running-statistics updates so far (one per step, shared by every layer). */
    public long runningUpdates() {
        return runningUpdates;
    }

    /** Restores the running-statistics update counter (for the cumulative convention); used when copying state. */
    public void setRunningUpdates(long count) {
        this.runningUpdates = count;
    }

    /** Input feature k of example i of the last batch. */
    public double batchInput(int i, int k) {
        return x[k][i];
    }

    public double batchLabel(int i) {
        return labels[i];
    }

    public double logit(int i) {
        return logits[i];
    }

    /** True when every parameter and running statistic is finite. */
    public boolean parametersFinite() {
        for (HiddenLayer layer : layers) {
            if (!layer.parametersFinite()) {
                return false;
            }
        }
        return HiddenLayer.allFinite(outW) && HiddenLayer.allFinite(outB);
    }

    /** A network of the same shape with copies of all parameters and running statistics. */
    public Network copy() {
        Network c = new Network(inputs, widths(), activation, placement);
        for (int k = 0; k < layers.length; k++) {
            c.layers[k].copyParametersFrom(layers[k]);
        }
        c.outW.setTo(outW);
        c.outB.setTo(outB);
        c.runningUpdates = runningUpdates;
        return c;
    }
}
