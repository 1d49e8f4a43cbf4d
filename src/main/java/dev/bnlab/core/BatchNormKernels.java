package dev.bnlab.core;

/**
 * Allocation-free BN kernels on one neuron's batch, stored contiguously as {@code v[off .. off+n)}.
 * Shared by the training network and the single-layer replay, so both compute the same numbers.
 *
 * <p>Speed: element-wise loops index every array with the same {@code i}, so C2 vectorizes them; sums use four
 * interleaved partial sums (a sum over one accumulator is bound by the add latency), which changes the order
 * of the additions but not the accuracy, written as rotating accumulators ({@link RowSums}).
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
        final int whole = off + (n & ~3);
        final int end = off + n;
        for (int i = off; i < whole; i++) {
            // lane i mod 4 += (v − μ)², then rotate (RowSums)
            final double c = v[i] - mu;
            final double t = s0 + c * c;
            s0 = s1;
            s1 = s2;
            s2 = s3;
            s3 = t;
        }
        for (int i = whole; i < end; i++) {
            double c = v[i] - mu;
            s0 += c * c;
        }
        return ((s0 + s1) + (s2 + s3)) / n;
    }

    /**
     * out[0] = (1/n) Σ (v[i] − μ)² as {@link #biasedVariance}, out[1] = Σ w[i] as {@link RowSums#sum}, over
     * [0, n) in one pass (the variance of one neuron and the sum for the next one's mean).
     */
    static void varianceAndSum(double[] v, double mu, double[] w, int n, double[] out) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        double r0 = 0.0;
        double r1 = 0.0;
        double r2 = 0.0;
        double r3 = 0.0;
        final int whole = n & ~3;
        for (int i = 0; i < whole; i++) {
            // lane i mod 4 += (v − μ)², w, then rotate (RowSums)
            final double c = v[i] - mu;
            final double t = s0 + c * c;
            final double r = r0 + w[i];
            s0 = s1;
            s1 = s2;
            s2 = s3;
            s3 = t;
            r0 = r1;
            r1 = r2;
            r2 = r3;
            r3 = r;
        }
        for (int i = whole; i < n; i++) {
            double c = v[i] - mu;
            s0 += c * c;
            r0 += w[i];
        }
        out[0] = ((s0 + s1) + (s2 + s3)) / n;
        out[1] = (r0 + r1) + (r2 + r3);
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
        final int whole = off + (n & ~3);
        final int end = off + n;
        for (int i = off; i < whole; i++) {
            // lane i mod 4 += g, g·x̂, then rotate (RowSums)
            final double tg = g0 + g[i];
            final double tgx = gx0 + g[i] * xhat[i];
            g0 = g1;
            g1 = g2;
            g2 = g3;
            g3 = tg;
            gx0 = gx1;
            gx1 = gx2;
            gx2 = gx3;
            gx3 = tgx;
        }
        for (int i = whole; i < end; i++) {
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
        final int whole = n & ~3;
        for (int i = 0; i < whole; i++) {
            // lane i mod 4 += a·b, g, g·x̂, then rotate (RowSums)
            final double tab = ab0 + a[i] * b[i];
            final double tg = g0 + g[i];
            final double tgx = gx0 + g[i] * ((v[i] - mu) * invStd);
            ab0 = ab1;
            ab1 = ab2;
            ab2 = ab3;
            ab3 = tab;
            g0 = g1;
            g1 = g2;
            g2 = g3;
            g3 = tg;
            gx0 = gx1;
            gx1 = gx2;
            gx2 = gx3;
            gx3 = tgx;
        }
        for (int i = whole; i < n; i++) {
            ab0 += a[i] * b[i];
            g0 += g[i];
            gx0 += g[i] * ((v[i] - mu) * invStd);
        }
        out[0] = (ab0 + ab1) + (ab2 + ab3);
        out[1] = (g0 + g1) + (g2 + g3);
        out[2] = (gx0 + gx1) + (gx2 + gx3);
    }

    /**
     * out[1] = Σ g (= ∂L/∂β), out[2] = Σ g·x̂ (= ∂L/∂γ) over [0, n), in one pass: {@link #dotAndGradientSums}
     * without the dot, for a layer that does not feed the output.
     */
    static void gradientSumsOf(double[] g, double[] v, double mu, double invStd, int n, double[] out) {
        double g0 = 0.0;
        double g1 = 0.0;
        double g2 = 0.0;
        double g3 = 0.0;
        double gx0 = 0.0;
        double gx1 = 0.0;
        double gx2 = 0.0;
        double gx3 = 0.0;
        final int whole = n & ~3;
        for (int i = 0; i < whole; i++) {
            // lane i mod 4 += g, g·x̂, then rotate (RowSums)
            final double tg = g0 + g[i];
            final double tgx = gx0 + g[i] * ((v[i] - mu) * invStd);
            g0 = g1;
            g1 = g2;
            g2 = g3;
            g3 = tg;
            gx0 = gx1;
            gx1 = gx2;
            gx2 = gx3;
            gx3 = tgx;
        }
        for (int i = whole; i < n; i++) {
            g0 += g[i];
            gx0 += g[i] * ((v[i] - mu) * invStd);
        }
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

    // ---- the same, with x̂ read from the row the forward pass stored ----

    /** out[0] = Σ a·b, out[1] = Σ g (= ∂L/∂β), out[2] = Σ g·x̂ (= ∂L/∂γ) over [0, n), in one pass. */
    static void dotAndGradientSumsX(double[] a, double[] b, double[] g, double[] xhat, int n, double[] out) {
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
        final int whole = n & ~3;
        for (int i = 0; i < whole; i++) {
            // lane i mod 4 += a·b, g, g·x̂, then rotate (RowSums)
            final double tab = ab0 + a[i] * b[i];
            final double tg = g0 + g[i];
            final double tgx = gx0 + g[i] * xhat[i];
            ab0 = ab1;
            ab1 = ab2;
            ab2 = ab3;
            ab3 = tab;
            g0 = g1;
            g1 = g2;
            g2 = g3;
            g3 = tg;
            gx0 = gx1;
            gx1 = gx2;
            gx2 = gx3;
            gx3 = tgx;
        }
        for (int i = whole; i < n; i++) {
            ab0 += a[i] * b[i];
            g0 += g[i];
            gx0 += g[i] * xhat[i];
        }
        out[0] = (ab0 + ab1) + (ab2 + ab3);
        out[1] = (g0 + g1) + (g2 + g3);
        out[2] = (gx0 + gx1) + (gx2 + gx3);
    }

    /** out[1] = Σ g (= ∂L/∂β), out[2] = Σ g·x̂ (= ∂L/∂γ) over [0, n), in one pass. */
    static void gradientSumsX(double[] g, double[] xhat, int n, double[] out) {
        double g0 = 0.0;
        double g1 = 0.0;
        double g2 = 0.0;
        double g3 = 0.0;
        double gx0 = 0.0;
        double gx1 = 0.0;
        double gx2 = 0.0;
        double gx3 = 0.0;
        final int whole = n & ~3;
        for (int i = 0; i < whole; i++) {
            // lane i mod 4 += g, g·x̂, then rotate (RowSums)
            final double tg = g0 + g[i];
            final double tgx = gx0 + g[i] * xhat[i];
            g0 = g1;
            g1 = g2;
            g2 = g3;
            g3 = tg;
            gx0 = gx1;
            gx1 = gx2;
            gx2 = gx3;
            gx3 = tgx;
        }
        for (int i = whole; i < n; i++) {
            g0 += g[i];
            gx0 += g[i] * xhat[i];
        }
        out[1] = (g0 + g1) + (g2 + g3);
        out[2] = (gx0 + gx1) + (gx2 + gx3);
    }

    /** dv[i] = γ·invStd/n · (n·g[i] − Σg − x̂[i]·Σ(g·x̂)); dv may alias g. */
    static void inputGradientX(double[] g, double[] xhat, int n, double gamma, double invStd, double sumG,
                               double sumGX, double[] dv) {
        final double scale = gamma * invStd / n;
        final double rows = n;
        for (int i = 0; i < n; i++) {
            dv[i] = scale * (rows * g[i] - sumG - xhat[i] * sumGX);
        }
    }
}
