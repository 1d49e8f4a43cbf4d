package dev.bnlab.core;

/**
 * Allocation-free BN kernels on one neuron's batch, stored contiguously as {@code v[off .. off+n)}.
 * Shared by the training network and the single-layer replay, so both compute the same numbers.
 *
 * <p>Speed: element-wise loops index every array with the same {@code i}, so C2 vectorizes them; sums use four
 * interleaved partial sums (a sum over one accumulator is bound by the add latency), which changes the order
 * of the additions but not the accuracy.
 */
public final class BatchNormKernels {

    private BatchNormKernels() {
    }

    /** μ = (1/n) Σ v[i]. */
    public static double mean(double[] v, int off, int n) {
        return RowSums.sum(v, off, n) / n;
    }

    /** σ² = (1/n) Σ (v[i] − μ)², biased, two-pass. */
    public static double biasedVariance(double[] v, int off, int n, double mu) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int i = off;
        final int end = off + n;
        for (; i + 3 < end; i += 4) {
            double c0 = v[i] - mu;
            double c1 = v[i + 1] - mu;
            double c2 = v[i + 2] - mu;
            double c3 = v[i + 3] - mu;
            s0 += c0 * c0;
            s1 += c1 * c1;
            s2 += c2 * c2;
            s3 += c3 * c3;
        }
        for (; i < end; i++) {
            double c = v[i] - mu;
            s0 += c * c;
        }
        return ((s0 + s1) + (s2 + s3)) / n;
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
        gradientSums(g, xhat, off, n, sums);
        inputGradient(g, xhat, off, n, gamma, invStd, sums[1], sums[0], dv);
    }

    /** sums[0] = Σ g·x̂ (= ∂L/∂γ), sums[1] = Σ g (= ∂L/∂β). */
    private static void gradientSums(double[] g, double[] xhat, int off, int n, double[] sums) {
        double g0 = 0.0;
        double g1 = 0.0;
        double g2 = 0.0;
        double g3 = 0.0;
        double gx0 = 0.0;
        double gx1 = 0.0;
        double gx2 = 0.0;
        double gx3 = 0.0;
        int i = off;
        final int end = off + n;
        for (; i + 3 < end; i += 4) {
            g0 += g[i];
            g1 += g[i + 1];
            g2 += g[i + 2];
            g3 += g[i + 3];
            gx0 += g[i] * xhat[i];
            gx1 += g[i + 1] * xhat[i + 1];
            gx2 += g[i + 2] * xhat[i + 2];
            gx3 += g[i + 3] * xhat[i + 3];
        }
        for (; i < end; i++) {
            g0 += g[i];
            gx0 += g[i] * xhat[i];
        }
        sums[0] = (gx0 + gx1) + (gx2 + gx3);
        sums[1] = (g0 + g1) + (g2 + g3);
    }

    /** dv[i] = γ·invStd/n · (n·g[i] − Σg − x̂[i]·Σ(g·x̂)); dv may alias g. */
    private static void inputGradient(double[] g, double[] xhat, int off, int n, double gamma, double invStd,
                                     double sumG, double sumGX, double[] dv) {
        final double scale = gamma * invStd / n;
        final double rows = n;
        for (int i = off, end = off + n; i < end; i++) {
            dv[i] = scale * (rows * g[i] - sumG - xhat[i] * sumGX);
        }
    }

    // ---- the same, with x̂ = (v − μ)·invStd recomputed from the row v instead of read from a stored row ----

    /** out[0] = Σ a·b, out[1] = Σ g (= ∂L/∂β), out[2] = Σ g·x̂ (= ∂L/∂γ) over [0, n), in one pass. */
    static void dotAndGradientSums(double[] a, double[] b, double[] g, double[] v, double mu, double invStd, int n,
                                   double[] out) {
        double ab0 = 0.0;
        double ab1 = 0.0;
        double ab2 = 0.0;
        double ab3 = 0.0;
        double g0 = 0.0;
        double g1 = 0.0;
        double g2 = 0.0;
        double g3 = 0.0;
        double gx0 = 0.0;
        double gx1 = 0.0;
        double gx2 = 0.0;
        double gx3 = 0.0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            ab0 += a[i] * b[i];
            ab1 += a[i + 1] * b[i + 1];
            ab2 += a[i + 2] * b[i + 2];
            ab3 += a[i + 3] * b[i + 3];
            g0 += g[i];
            g1 += g[i + 1];
            g2 += g[i + 2];
            g3 += g[i + 3];
            gx0 += g[i] * ((v[i] - mu) * invStd);
            gx1 += g[i + 1] * ((v[i + 1] - mu) * invStd);
            gx2 += g[i + 2] * ((v[i + 2] - mu) * invStd);
            gx3 += g[i + 3] * ((v[i + 3] - mu) * invStd);
        }
        for (; i < n; i++) {
            ab0 += a[i] * b[i];
            g0 += g[i];
            gx0 += g[i] * ((v[i] - mu) * invStd);
        }
        out[0] = (ab0 + ab1) + (ab2 + ab3);
        out[1] = (g0 + g1) + (g2 + g3);
        out[2] = (gx0 + gx1) + (gx2 + gx3);
    }

    /** dv[i] = γ·invStd/n · (n·g[i] − Σg − x̂[i]·Σ(g·x̂)) with x̂ = (v − μ)·invStd; dv may alias g. */
    static void inputGradientOf(double[] g, double[] v, double mu, double invStd, int n, double gamma,
                                double sumG, double sumGX, double[] dv) {
        final double scale = gamma * invStd / n;
        final double rows = n;
        for (int i = 0; i < n; i++) {
            dv[i] = scale * (rows * g[i] - sumG - ((v[i] - mu) * invStd) * sumGX);
        }
    }
}
