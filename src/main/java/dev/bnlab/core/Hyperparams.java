package dev.bnlab.core;

/**
 * Settings that may change between steps without a rebuild.
 *
 * @param learningRate η in θ ← θ − η·∂L/∂θ (&gt; 0)
 * @param batchSize    n, examples per step (≥ 2)
 * @param momentum     m of the running statistics, read as {@code convention} says ([0, 1])
 * @param convention   keras, pytorch or pytorch-cumulative
 * @param eps          ε in x̂ = (v − μ)/√(σ² + ε) (&gt; 0)
 */
public record Hyperparams(double learningRate, int batchSize, double momentum, Convention convention, double eps) {

    public static final int MAX_BATCH = 4096;

    public Hyperparams {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a finite number > 0, got " + learningRate);
        }
        if (batchSize < 2 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("batch size must be in 2.." + MAX_BATCH + " (BN needs two examples to have a variance), got " + batchSize);
        }
        if (!(momentum >= 0 && momentum <= 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1], got " + momentum);
        }
        if (convention == null) {
            throw new IllegalArgumentException("convention is required");
        }
        if (!(eps > 0) || !Double.isFinite(eps)) {
            throw new IllegalArgumentException("eps must be a finite number > 0, got " + eps);
        }
    }

    public static Hyperparams defaults() {
        return new Hyperparams(1.0, 32, 0.9, Convention.KERAS, 1e-3);
    }

    public RunningStatsRule runningRule() {
        return new RunningStatsRule(convention, momentum);
    }

    public Hyperparams withLearningRate(double v) {
        return new Hyperparams(v, batchSize, momentum, convention, eps);
    }

    public Hyperparams withBatchSize(int v) {
        return new Hyperparams(learningRate, v, momentum, convention, eps);
    }

    public Hyperparams withMomentum(double v) {
        return new Hyperparams(learningRate, batchSize, v, convention, eps);
    }

    public Hyperparams withConvention(Convention v) {
        return new Hyperparams(learningRate, batchSize, momentum, v, eps);
    }

    public Hyperparams withEps(double v) {
        return new Hyperparams(learningRate, batchSize, momentum, convention, v);
    }
}
