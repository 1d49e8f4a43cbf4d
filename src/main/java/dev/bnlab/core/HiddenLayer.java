package dev.bnlab.core;

import org.ejml.data.DMatrixRMaj;

/**
 * Hidden layer k of a {@link Network} (docs/golden-schema.md §8): z = W·a_{k−1} + b, then BN and the activation in the
 * order the placement gives, with its own γ, β and running statistics.
 *
 * <p>Parameters and gradients are EJML matrices; the batch work rows are neuron-major (row j = neuron j over
 * the batch) and valid for the network's last forward pass. The rows belong to the owning network, which
 * fills them; this class only answers questions about them.
 */
public final class HiddenLayer {

    /** Neurons h_k of this layer. */
    public final int width;
    /** Inputs of this layer: d for the first layer, h_{k−1} otherwise. */
    public final int fanIn;
    private final Activation activation;
    private final Placement placement;

    /** W (h_k × fanIn): W[j][i] weight from input i to neuron j. */
    public final DMatrixRMaj w;
    /** b (h_k × 1). */
    public final DMatrixRMaj b;
    /** γ (h_k × 1), BN scale. */
    public final DMatrixRMaj gamma;
    /** β (h_k × 1), BN shift. */
    public final DMatrixRMaj beta;
    /** Running (population) mean per neuron, starts at 0. */
    public final DMatrixRMaj runningMean;
    /** Running (population) variance per neuron, starts at 1. */
    public final DMatrixRMaj runningVar;

    /** Gradients of the last training step, at the pre-step parameters; same shapes as the parameters. */
    public final DMatrixRMaj gradW;
    public final DMatrixRMaj gradB;
    public final DMatrixRMaj gradGamma;
    public final DMatrixRMaj gradBeta;

    // ---- batch work rows (h_k rows of length ≥ n), written by the network ----
    /** z = W·a_{k−1} + b. */
    double[][] z;
    /** act(input of the activation). */
    double[][] act;
    /** x̂ = (z − μ)·invStd of the last forward pass, for placement "before" (null otherwise). */
    double[][] xhatRows;
    /** Output a_k of the layer for placement "after": y = γ·x̂ + β of act(z) (the act rows otherwise). */
    double[][] bnOut;
    /**
     * Per neuron scratch: the clamped e^x argument in the forward pass; in the backward pass ∂L/∂a_k (or
     * ∂L/∂a_k ⊙ act'), written by the next layer, then ∂L/∂z.
     */
    double[][] grad;
    /** With BN noise (experiments, one layer only): the perturbed BN output y′ = s·y + m; null otherwise. */
    double[][] noisyBnOut;
    /** Rows of the last forward pass. */
    int rows;
    /** μ_B, σ²_B, 1/√(σ²_B + ε), and the γ, β used by the last forward pass. */
    final double[] batchMean;
    final double[] batchVar;
    final double[] invStd;
    final double[] usedGamma;
    final double[] usedBeta;
    /** Saturated activation inputs per neuron in the last forward pass. */
    final int[] saturatedCount;

    HiddenLayer(int fanIn, int width, Activation activation, Placement placement) {
        if (fanIn < 1 || width < 1) {
            throw new IllegalArgumentException("a layer needs at least one input and one neuron, got " + fanIn
                    + " → " + width);
        }
        this.fanIn = fanIn;
        this.width = width;
        this.activation = activation;
        this.placement = placement;
        w = new DMatrixRMaj(width, fanIn);
        b = new DMatrixRMaj(width, 1);
        gamma = new DMatrixRMaj(width, 1);
        beta = new DMatrixRMaj(width, 1);
        gamma.fill(1.0);
        runningMean = new DMatrixRMaj(width, 1);
        runningVar = new DMatrixRMaj(width, 1);
        runningVar.fill(1.0);
        gradW = new DMatrixRMaj(width, fanIn);
        gradB = new DMatrixRMaj(width, 1);
        gradGamma = new DMatrixRMaj(width, 1);
        gradBeta = new DMatrixRMaj(width, 1);
        batchMean = new double[width];
        batchVar = new double[width];
        invStd = new double[width];
        usedGamma = new double[width];
        usedBeta = new double[width];
        saturatedCount = new int[width];
        allocateRows(0);
    }

    void allocateRows(int capacity) {
        z = new double[width][capacity];
        act = new double[width][capacity];
        xhatRows = placement == Placement.BEFORE ? new double[width][capacity] : null;
        bnOut = placement == Placement.AFTER ? new double[width][capacity] : act;
        grad = new double[width][capacity];
    }

    /** The rows the next layer (or the logit) reads: BN(act(z)) for "after", act(·) otherwise. */
    double[][] output() {
        return bnOut;
    }

    // ------------------------------------------------------------------ queries about the last forward pass

    /** μ_B of neuron j (of z when there is no BN: kept for display). */
    public double batchMean(int j) {
        return batchMean[j];
    }

    /** Biased σ²_B of neuron j. */
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

    /** z = W·a_{k−1} + b of neuron j, example i. */
    public double z(int j, int i) {
        return z[j][i];
    }

    /** The value entering BN (z for "before", act(z) for "after"); z when there is no BN. */
    public double preBn(int j, int i) {
        return placement == Placement.AFTER ? act[j][i] : z[j][i];
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
        if (noisyBnOut != null) {
            return noisyBnOut[j][i];
        }
        if (placement == Placement.AFTER) {
            return bnOut[j][i];
        }
        return usedGamma[j] * xhat(j, i) + usedBeta[j];
    }

    /** Input of the activation: BN output for "before", z otherwise. */
    public double activationInput(int j, int i) {
        return placement == Placement.BEFORE ? bnOut(j, i) : z[j][i];
    }

    public double activationOutput(int j, int i) {
        return act[j][i];
    }

    /** What this layer hands on (a_k): BN(act(z)) for "after", act(·) otherwise. */
    public double output(int j, int i) {
        return bnOut[j][i];
    }

    /** Fraction of the last batch whose activation input lies in the saturated region, neuron j. */
    public double saturatedFraction(int j) {
        return (double) saturatedCount[j] / rows;
    }

    Activation activation() {
        return activation;
    }

    boolean parametersFinite() {
        return allFinite(w) && allFinite(b) && (!placement.hasBatchNorm()
                || allFinite(gamma) && allFinite(beta) && allFinite(runningMean) && allFinite(runningVar));
    }

    static boolean allFinite(DMatrixRMaj m) {
        for (int i = 0, len = m.getNumElements(); i < len; i++) {
            if (!Double.isFinite(m.data[i])) {
                return false;
            }
        }
        return true;
    }

    void copyParametersFrom(HiddenLayer o) {
        w.setTo(o.w);
        b.setTo(o.b);
        gamma.setTo(o.gamma);
        beta.setTo(o.beta);
        runningMean.setTo(o.runningMean);
        runningVar.setTo(o.runningVar);
    }
}
