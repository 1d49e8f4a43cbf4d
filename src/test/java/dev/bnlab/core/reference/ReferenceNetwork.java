package dev.bnlab.core.reference;

import dev.bnlab.core.Activation;
import dev.bnlab.core.Convention;
import dev.bnlab.core.Placement;
import org.ejml.simple.SimpleMatrix;
import org.ejml.simple.SimpleOperations.ElementOpReal;

/**
 * A second, deliberately plain implementation of the BN Lab network (golden README §3), written for
 * reading and for checking the fast {@code dev.bnlab.core.Network} against, not for speed.
 *
 * <p>Layout is the README's: batch matrices are n×h (row i = example i, column j = neuron j), built from
 * whole-matrix {@link SimpleMatrix} operations. Column statistics are written as products with a ones
 * vector, μ = (1/n)·1ᵀV, and broadcasting back to n rows as 1·μ. The BN backward pass goes step by step
 * through x̂, σ² and μ (the computational graph), not through the closed form the fast network uses, and
 * the activations, the loss and the running-statistics rules are written out here again, so the two
 * implementations share no numeric code.
 *
 * <p>Parameter shapes: W1 h×d, b1 1×h, γ 1×h, β 1×h, W2 1×h, b2 1×1; running statistics 1×h.
 */
public final class ReferenceNetwork {

    /** ∂loss/∂θ for every parameter, each shaped like its parameter. */
    public record Gradients(SimpleMatrix w1, SimpleMatrix b1, SimpleMatrix gamma, SimpleMatrix beta,
                            SimpleMatrix w2, SimpleMatrix b2) {
    }

    /**
     * Everything one training-mode pass computes (n×h matrices unless noted).
     *
     * @param loss      mean BCE at the parameters used
     * @param z         x·W1ᵀ + b1
     * @param preBn     v, the matrix entering BN (z for "before", act(z) for "after", z for "none")
     * @param batchMean μ (1×h) of preBn
     * @param batchVar  biased σ² (1×h) of preBn
     * @param xhat      (v − μ)/√(σ² + ε) (zeros for "none")
     * @param bnOut     γ·x̂ + β (zeros for "none")
     * @param actIn     input of the activation
     * @param actOut    output of the activation
     * @param logits    o (n×1)
     * @param grads     gradients at the parameters used
     */
    public record TrainPass(double loss, SimpleMatrix z, SimpleMatrix preBn, SimpleMatrix batchMean,
                            SimpleMatrix batchVar, SimpleMatrix xhat, SimpleMatrix bnOut, SimpleMatrix actIn,
                            SimpleMatrix actOut, SimpleMatrix logits, Gradients grads) {
    }

    /**
     * Eval-mode pass (running statistics in BN).
     *
     * @param preBn       v (m×h)
     * @param bnOut       γ·(v − running_mean)/√(running_var + ε) + β (m×h); act(z) for "none"
     * @param logits      o (m×1)
     * @param probability σ(o) (m×1)
     */
    public record EvalResult(SimpleMatrix preBn, SimpleMatrix bnOut, SimpleMatrix logits, SimpleMatrix probability) {
    }

    private final Activation activation;
    private final Placement placement;
    private SimpleMatrix w1;
    private SimpleMatrix b1;
    private SimpleMatrix gamma;
    private SimpleMatrix beta;
    private SimpleMatrix w2;
    private SimpleMatrix b2;
    private SimpleMatrix runningMean;
    private SimpleMatrix runningVar;
    private long runningUpdates;

    /**
     * A network with the given parameters (copied), running mean 0 and running variance 1.
     *
     * @param w1    h×d
     * @param b1    length h
     * @param gamma length h
     * @param beta  length h
     * @param w2    length h
     * @param b2    the output bias
     */
    public ReferenceNetwork(Activation activation, Placement placement, double[][] w1, double[] b1, double[] gamma,
                            double[] beta, double[] w2, double b2) {
        int h = w1.length;
        if (b1.length != h || gamma.length != h || beta.length != h || w2.length != h) {
            throw new IllegalArgumentException("every per-neuron parameter needs " + h + " values");
        }
        this.activation = activation;
        this.placement = placement;
        this.w1 = new SimpleMatrix(w1);
        this.b1 = row(b1);
        this.gamma = row(gamma);
        this.beta = row(beta);
        this.w2 = row(w2);
        this.b2 = new SimpleMatrix(new double[][] {{b2}});
        this.runningMean = new SimpleMatrix(1, h);
        this.runningVar = SimpleMatrix.filled(1, h, 1.0);
    }

    /** Sets the running statistics (length h each) and the number of updates already applied to them. */
    public void setRunningStatistics(double[] mean, double[] variance, long updates) {
        this.runningMean = row(mean);
        this.runningVar = row(variance);
        this.runningUpdates = updates;
    }

    // ------------------------------------------------------------------ training

    /**
     * One SGD step: training-mode pass at the current parameters, running-statistics update from its batch
     * statistics, then θ ← θ − lr·∂loss/∂θ for every parameter.
     *
     * @return the pass at the pre-step parameters
     */
    public TrainPass trainStep(double[][] x, double[] y, double lr, double eps, Convention convention,
                               double momentum) {
        TrainPass pass = forwardBackward(x, y, eps);
        if (placement != Placement.NONE) {
            updateRunningStatistics(pass.batchMean(), pass.batchVar(), x.length, convention, momentum);
            gamma = gamma.minus(pass.grads().gamma().scale(lr));
            beta = beta.minus(pass.grads().beta().scale(lr));
        }
        w1 = w1.minus(pass.grads().w1().scale(lr));
        b1 = b1.minus(pass.grads().b1().scale(lr));
        w2 = w2.minus(pass.grads().w2().scale(lr));
        b2 = b2.minus(pass.grads().b2().scale(lr));
        return pass;
    }

    /** Training-mode forward pass, loss and full backward pass; changes nothing. */
    public TrainPass forwardBackward(double[][] xRows, double[] labels, double eps) {
        SimpleMatrix x = new SimpleMatrix(xRows);
        SimpleMatrix y = column(labels);
        int n = x.numRows();
        int h = w1.numRows();
        SimpleMatrix ones = SimpleMatrix.ones(n, 1);

        // ---- forward ----
        // z = x·W1ᵀ + 1·b1
        SimpleMatrix z = x.mult(w1.transpose()).plus(ones.mult(b1));
        SimpleMatrix preBn;
        SimpleMatrix actIn;
        SimpleMatrix actOut;
        SimpleMatrix hiddenOut;
        BatchNormForward bn;
        switch (placement) {
            case BEFORE:
                // v = z ; u = BN(v) ; a = act(u)
                preBn = z;
                bn = batchNormForward(preBn, eps);
                actIn = bn.out;
                actOut = activate(actIn);
                hiddenOut = actOut;
                break;
            case AFTER:
                // v = act(z) ; a = BN(v)
                actIn = z;
                actOut = activate(z);
                preBn = actOut;
                bn = batchNormForward(preBn, eps);
                hiddenOut = bn.out;
                break;
            default:
                // a = act(z); μ and σ² of z only for display
                actIn = z;
                actOut = activate(z);
                preBn = z;
                bn = new BatchNormForward(columnMean(z), columnVariance(z), new SimpleMatrix(n, h),
                        new SimpleMatrix(n, h), null, null);
                hiddenOut = actOut;
                break;
        }
        // o = a·W2ᵀ + b2
        SimpleMatrix logits = hiddenOut.mult(w2.transpose()).plus(b2.get(0, 0));
        double loss = bceLoss(logits, y);

        // ---- backward ----
        // ∂loss/∂o = (σ(o) − y)/n
        SimpleMatrix gradLogits = sigmoid(logits).minus(y).divide(n);
        // ∂loss/∂W2 = (∂loss/∂o)ᵀ·a ; ∂loss/∂b2 = Σ ∂loss/∂o ; ∂loss/∂a = ∂loss/∂o·W2
        SimpleMatrix gradW2 = gradLogits.transpose().mult(hiddenOut);
        SimpleMatrix gradB2 = ones.transpose().mult(gradLogits);
        SimpleMatrix gradHidden = gradLogits.mult(w2);
        SimpleMatrix gradZ;
        BatchNormBackward bnGrad = null;
        switch (placement) {
            case BEFORE:
                // ∂loss/∂u = ∂loss/∂a ⊙ act'(u) ; ∂loss/∂z = BN backward
                bnGrad = batchNormBackward(bn, gradHidden.elementMult(activationDerivative(actIn, actOut)));
                gradZ = bnGrad.gradInput;
                break;
            case AFTER:
                // ∂loss/∂v = BN backward of ∂loss/∂a ; ∂loss/∂z = ∂loss/∂v ⊙ act'(z)
                bnGrad = batchNormBackward(bn, gradHidden);
                gradZ = bnGrad.gradInput.elementMult(activationDerivative(actIn, actOut));
                break;
            default:
                gradZ = gradHidden.elementMult(activationDerivative(actIn, actOut));
                break;
        }
        // ∂loss/∂W1 = (∂loss/∂z)ᵀ·x ; ∂loss/∂b1 = 1ᵀ·∂loss/∂z
        SimpleMatrix gradW1 = gradZ.transpose().mult(x);
        SimpleMatrix gradB1 = ones.transpose().mult(gradZ);
        SimpleMatrix gradGamma = bnGrad == null ? new SimpleMatrix(1, h) : bnGrad.gradGamma;
        SimpleMatrix gradBeta = bnGrad == null ? new SimpleMatrix(1, h) : bnGrad.gradBeta;
        Gradients grads = new Gradients(gradW1, gradB1, gradGamma, gradBeta, gradW2, gradB2);
        return new TrainPass(loss, z, preBn, bn.mean, bn.variance, bn.xhat, bn.out, actIn, actOut, logits, grads);
    }

    /** Training-mode loss at the current parameters (forward only in effect). */
    public double loss(double[][] x, double[] y, double eps) {
        return forwardBackward(x, y, eps).loss();
    }

    // ------------------------------------------------------------------ eval

    /** Eval mode: BN_eval(v) = γ·(v − running_mean)/√(running_var + ε) + β; updates nothing. */
    public EvalResult eval(double[][] xRows, double eps) {
        SimpleMatrix x = new SimpleMatrix(xRows);
        int m = x.numRows();
        SimpleMatrix ones = SimpleMatrix.ones(m, 1);
        // z = x·W1ᵀ + 1·b1
        SimpleMatrix z = x.mult(w1.transpose()).plus(ones.mult(b1));
        SimpleMatrix preBn;
        SimpleMatrix bnOut;
        SimpleMatrix hiddenOut;
        switch (placement) {
            case BEFORE:
                preBn = z;
                bnOut = batchNormEval(preBn, eps);
                hiddenOut = activate(bnOut);
                break;
            case AFTER:
                preBn = activate(z);
                bnOut = batchNormEval(preBn, eps);
                hiddenOut = bnOut;
                break;
            default:
                preBn = z;
                bnOut = activate(z);
                hiddenOut = bnOut;
                break;
        }
        // o = a·W2ᵀ + b2 ; p = σ(o)
        SimpleMatrix logits = hiddenOut.mult(w2.transpose()).plus(b2.get(0, 0));
        return new EvalResult(preBn, bnOut, logits, sigmoid(logits));
    }

    private SimpleMatrix batchNormEval(SimpleMatrix v, double eps) {
        int m = v.numRows();
        SimpleMatrix ones = SimpleMatrix.ones(m, 1);
        // std = √(running_var + ε)
        SimpleMatrix std = runningVar.plus(eps).elementPower(0.5);
        // γ·(v − running_mean)/std + β
        SimpleMatrix normalized = v.minus(ones.mult(runningMean)).elementDiv(ones.mult(std));
        return normalized.elementMult(ones.mult(gamma)).plus(ones.mult(beta));
    }

    // ------------------------------------------------------------------ BN, step by step

    /** Intermediate values of one BN forward pass, kept for the backward pass. */
    private record BatchNormForward(SimpleMatrix mean, SimpleMatrix variance, SimpleMatrix xhat, SimpleMatrix out,
                                    SimpleMatrix centered, SimpleMatrix std) {
    }

    private record BatchNormBackward(SimpleMatrix gradInput, SimpleMatrix gradGamma, SimpleMatrix gradBeta) {
    }

    private BatchNormForward batchNormForward(SimpleMatrix v, double eps) {
        int n = v.numRows();
        SimpleMatrix ones = SimpleMatrix.ones(n, 1);
        // μ = (1/n)·1ᵀv
        SimpleMatrix mean = columnMean(v);
        // c = v − 1·μ
        SimpleMatrix centered = v.minus(ones.mult(mean));
        // σ² = (1/n)·1ᵀ(c ⊙ c)
        SimpleMatrix variance = ones.transpose().mult(centered.elementMult(centered)).divide(n);
        // s = √(σ² + ε)
        SimpleMatrix std = variance.plus(eps).elementPower(0.5);
        // x̂ = c / (1·s)
        SimpleMatrix xhat = centered.elementDiv(ones.mult(std));
        // y = x̂ ⊙ (1·γ) + 1·β
        SimpleMatrix out = xhat.elementMult(ones.mult(gamma)).plus(ones.mult(beta));
        return new BatchNormForward(mean, variance, xhat, out, centered, std);
    }

    /**
     * Backward through the BN graph v → (μ, c = v − μ, σ², s = √(σ²+ε), x̂ = c/s, y = γx̂ + β), given
     * g = ∂loss/∂y, one node at a time.
     */
    private BatchNormBackward batchNormBackward(BatchNormForward f, SimpleMatrix g) {
        int n = g.numRows();
        SimpleMatrix ones = SimpleMatrix.ones(n, 1);
        SimpleMatrix onesT = ones.transpose();
        // ∂loss/∂γ = 1ᵀ(g ⊙ x̂) ; ∂loss/∂β = 1ᵀg
        SimpleMatrix gradGamma = onesT.mult(g.elementMult(f.xhat));
        SimpleMatrix gradBeta = onesT.mult(g);
        // ∂loss/∂x̂ = g ⊙ (1·γ)
        SimpleMatrix gradXhat = g.elementMult(ones.mult(gamma));
        // ∂loss/∂σ² = 1ᵀ(∂loss/∂x̂ ⊙ c) ⊙ (−½)·s⁻³
        SimpleMatrix gradVar = onesT.mult(gradXhat.elementMult(f.centered))
                .elementMult(f.std.elementPower(-3.0)).scale(-0.5);
        // ∂loss/∂c = ∂loss/∂x̂ / (1·s) + (1·∂loss/∂σ²) ⊙ (2/n)·c      (c reaches σ² through (1/n)Σc²)
        SimpleMatrix gradCentered = gradXhat.elementDiv(ones.mult(f.std))
                .plus(ones.mult(gradVar).elementMult(f.centered).scale(2.0 / n));
        // ∂loss/∂μ = −1ᵀ(∂loss/∂c)      (c = v − 1·μ)
        SimpleMatrix gradMean = onesT.mult(gradCentered).scale(-1.0);
        // ∂loss/∂v = ∂loss/∂c + (1/n)·1·∂loss/∂μ      (μ = (1/n)1ᵀv)
        SimpleMatrix gradInput = gradCentered.plus(ones.mult(gradMean).divide(n));
        return new BatchNormBackward(gradInput, gradGamma, gradBeta);
    }

    private static SimpleMatrix columnMean(SimpleMatrix v) {
        // μ = (1/n)·1ᵀv
        return SimpleMatrix.ones(1, v.numRows()).mult(v).divide(v.numRows());
    }

    private static SimpleMatrix columnVariance(SimpleMatrix v) {
        // σ² = (1/n)·1ᵀ((v − 1μ) ⊙ (v − 1μ))
        SimpleMatrix c = v.minus(SimpleMatrix.ones(v.numRows(), 1).mult(columnMean(v)));
        return SimpleMatrix.ones(1, v.numRows()).mult(c.elementMult(c)).divide(v.numRows());
    }

    // ------------------------------------------------------------------ running statistics

    private void updateRunningStatistics(SimpleMatrix mean, SimpleMatrix variance, int n, Convention convention,
                                         double momentum) {
        runningUpdates++;
        switch (convention) {
            case KERAS:
                // running = m·running + (1−m)·batch, biased σ²
                runningMean = runningMean.scale(momentum).plus(mean.scale(1.0 - momentum));
                runningVar = runningVar.scale(momentum).plus(variance.scale(1.0 - momentum));
                break;
            case PYTORCH:
                // running = (1−m)·running + m·batch, unbiased σ²·n/(n−1)
                runningMean = runningMean.scale(1.0 - momentum).plus(mean.scale(momentum));
                runningVar = runningVar.scale(1.0 - momentum).plus(variance.scale((double) n / (n - 1)).scale(momentum));
                break;
            default:
                // cumulative average: at the t-th update running = (1 − 1/t)·running + (1/t)·batch, unbiased σ²
                double t = runningUpdates;
                runningMean = runningMean.scale(1.0 - 1.0 / t).plus(mean.scale(1.0 / t));
                runningVar = runningVar.scale(1.0 - 1.0 / t).plus(variance.scale((double) n / (n - 1)).scale(1.0 / t));
                break;
        }
    }

    // ------------------------------------------------------------------ activation and loss

    private SimpleMatrix activate(SimpleMatrix t) {
        switch (activation) {
            case SIGMOID:
                return sigmoid(t);
            case TANH:
                // tanh(t), elementwise
                return t.elementOp((ElementOpReal) (i, j, value) -> Math.tanh(value));
            default:
                // relu(t) = max(t, 0)
                return t.elementOp((ElementOpReal) (i, j, value) -> Math.max(value, 0.0));
        }
    }

    /** act'(t) as a matrix: σ(1−σ), 1 − tanh², or [t > 0]. */
    private SimpleMatrix activationDerivative(SimpleMatrix input, SimpleMatrix output) {
        switch (activation) {
            case SIGMOID:
                // σ' = σ ⊙ (1 − σ)
                return output.elementMult(output.scale(-1.0).plus(1.0));
            case TANH:
                // tanh' = 1 − tanh ⊙ tanh
                return output.elementMult(output).scale(-1.0).plus(1.0);
            default:
                // relu'(t) = 1 if t > 0 else 0
                return input.elementOp((ElementOpReal) (i, j, value) -> value > 0 ? 1.0 : 0.0);
        }
    }

    private static SimpleMatrix sigmoid(SimpleMatrix t) {
        // σ(t) = 1/(1 + e^−t)
        return t.scale(-1.0).elementExp().plus(1.0).elementPower(-1.0);
    }

    /** loss = (1/n) Σ max(o, 0) − o·y + log(1 + e^−|o|). */
    private static double bceLoss(SimpleMatrix logits, SimpleMatrix y) {
        double sum = 0.0;
        for (int i = 0; i < logits.numRows(); i++) {
            double o = logits.get(i, 0);
            sum += Math.max(o, 0.0) - o * y.get(i, 0) + Math.log1p(Math.exp(-Math.abs(o)));
        }
        return sum / logits.numRows();
    }

    // ------------------------------------------------------------------ state

    private static SimpleMatrix row(double[] values) {
        return new SimpleMatrix(1, values.length, true, values);
    }

    private static SimpleMatrix column(double[] values) {
        return new SimpleMatrix(values.length, 1, true, values);
    }

    public Activation activation() {
        return activation;
    }

    public Placement placement() {
        return placement;
    }

    /** Copies of the current parameters and statistics (h×d or 1×h). */
    public SimpleMatrix w1() {
        return w1.copy();
    }

    public SimpleMatrix b1() {
        return b1.copy();
    }

    public SimpleMatrix gamma() {
        return gamma.copy();
    }

    public SimpleMatrix beta() {
        return beta.copy();
    }

    public SimpleMatrix w2() {
        return w2.copy();
    }

    public double b2() {
        return b2.get(0, 0);
    }

    public SimpleMatrix runningMean() {
        return runningMean.copy();
    }

    public SimpleMatrix runningVar() {
        return runningVar.copy();
    }

    public long runningUpdates() {
        return runningUpdates;
    }
}
