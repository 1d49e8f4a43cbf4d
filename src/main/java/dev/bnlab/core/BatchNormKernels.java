package dev.bnlab.core;

/**
 * Allocation-free BN kernels on one neuron's batch, stored contiguously as {@code v[off .. off+n)}.
 * Shared by the training network and the single-layer replay, so both compute the same numbers.
 */
public final class BatchNormKernels {

    private BatchNormKernels() {
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
