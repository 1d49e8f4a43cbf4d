package dev.bnlab.experiments;

import dev.bnlab.core.BnNoise;
import dev.bnlab.core.SeededRandom;

/**
 * Santurkar et al.'s "noisy BN": after BN, each activation of each example gets i.i.d. noise with a non-zero
 * mean and a non-unit variance, from a distribution that is re-drawn every step. With strength k ∈ [0, 1]:
 * <ul>
 *   <li>each step t and neuron j draw a noise mean μ_tj ~ U(−{@value #MEAN_RANGE}·k, {@value #MEAN_RANGE}·k) and a
 *   noise scale c_tj = {@value #SCALE_BASE}^u, u ~ U(−k, k);</li>
 *   <li>each example i then gets y′ = s·y + m with s = c_tj·e^(k·{@value #SCALE_JITTER}·ξ) and
 *   m = μ_tj + k·{@value #SHIFT_JITTER}·ξ′, ξ, ξ′ ~ N(0, 1) independent.</li>
 * </ul>
 * k = 0 gives s = 1, m = 0 exactly. The draws of a step are fixed once made, so a second forward pass in the
 * same step (the ICS probe) sees the same noise as training does. Deterministic from the seed.
 *
 * <p>Not thread-safe except {@link #setStrength}, which takes effect at the next step.
 */
public final class NoisyBatchNorm implements BnNoise {

    /** Range of the per-step noise mean, times the strength. */
    public static final double MEAN_RANGE = 2.0;
    /** The per-step noise scale lies in [1/3^k, 3^k]. */
    public static final double SCALE_BASE = 3.0;
    /** Log-normal spread of the per-example scale, times the strength. */
    public static final double SCALE_JITTER = 0.5;
    /** Standard deviation of the per-example shift around μ_tj, times the strength. */
    public static final double SHIFT_JITTER = 1.0;

    private final int hidden;
    private final long seed;
    private volatile double pendingStrength;
    private double strength;
    private long step;
    private SeededRandom rnd;
    private final double[] stepMean;
    private final double[] stepScale;
    /** per-element s and m, neuron-major (j·capacity + i) for rows 0..drawnRows. */
    private double[] scale = new double[0];
    private double[] shift = new double[0];
    private int capacity;
    private int drawnRows;

    public NoisyBatchNorm(int hidden, double strength, long seed) {
        if (hidden < 1) {
            throw new IllegalArgumentException("hidden must be at least 1");
        }
        this.hidden = hidden;
        this.seed = seed;
        this.stepMean = new double[hidden];
        this.stepScale = new double[hidden];
        setStrength(strength);
        restart();
    }

    /** Back to the first step's draws. */
    public void restart() {
        step = 0;
        nextStep();
    }

    /** Strength k ∈ [0, 1]; applies from the next step's draw. Safe from any thread. */
    public void setStrength(double k) {
        if (!(k >= 0 && k <= 1)) {
            throw new IllegalArgumentException("noise strength must be in [0, 1], got " + k);
        }
        pendingStrength = k;
    }

    public double strength() {
        return strength;
    }

    /** Draws the noise distribution of the next step (call once after each training step). */
    public void nextStep() {
        step++;
        strength = pendingStrength;
        rnd = SeededRandom.derived(seed, step);
        double k = strength;
        for (int j = 0; j < hidden; j++) {
            // μ_tj ~ U(−R·k, R·k) ; c_tj = 3^u, u ~ U(−k, k)
            stepMean[j] = rnd.uniform(-MEAN_RANGE * k, MEAN_RANGE * k);
            stepScale[j] = Math.pow(SCALE_BASE, rnd.uniform(-k, k));
        }
        drawnRows = 0;
    }

    /** The current step's noise mean μ_tj of neuron j. */
    public double stepMean(int j) {
        return stepMean[j];
    }

    /** The current step's noise scale c_tj of neuron j. */
    public double stepScale(int j) {
        return stepScale[j];
    }

    /** Draws the per-element noise of rows drawnRows..n−1 (in row order, so the draws depend only on n). */
    private void ensureRows(int n) {
        if (n > capacity) {
            int cap = Math.max(n, 2 * capacity);
            double[] s = new double[hidden * cap];
            double[] m = new double[hidden * cap];
            for (int j = 0; j < hidden; j++) {
                System.arraycopy(scale, j * capacity, s, j * cap, drawnRows);
                System.arraycopy(shift, j * capacity, m, j * cap, drawnRows);
            }
            scale = s;
            shift = m;
            capacity = cap;
        }
        double k = strength;
        for (int i = drawnRows; i < n; i++) {
            for (int j = 0; j < hidden; j++) {
                // s = c·e^(k·0.5·ξ) ; m = μ + k·ξ′
                scale[j * capacity + i] = stepScale[j] * Math.exp(k * SCALE_JITTER * rnd.nextGaussian());
                shift[j * capacity + i] = stepMean[j] + k * SHIFT_JITTER * rnd.nextGaussian();
            }
        }
        drawnRows = Math.max(drawnRows, n);
    }

    @Override
    public void perturb(int j, double[] y, int off, int n) {
        ensureRows(n);
        int base = j * capacity;
        for (int i = 0; i < n; i++) {
            // y′ = s·y + m
            y[off + i] = scale[base + i] * y[off + i] + shift[base + i];
        }
    }

    @Override
    public void backpropagate(int j, double[] g, int off, int n) {
        ensureRows(n);
        int base = j * capacity;
        for (int i = 0; i < n; i++) {
            // ∂L/∂y = s·∂L/∂y′
            g[off + i] *= scale[base + i];
        }
    }
}
