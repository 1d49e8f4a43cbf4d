package dev.bnlab.core;

/**
 * The hidden activation on one neuron's batch row {@code [0, n)}, in loops C2 can auto-vectorize: no branch,
 * no call that is not an intrinsic, every array indexed by the same {@code i}, bodies small enough to unroll.
 *
 * <p>The activation input is u = γ·((v − μ)·invStd) + β, the BN output computed on the fly from the row v it
 * normalizes (so x̂ and BN(v) need not be stored), or u = v. Sigmoid and tanh use {@link FastExp} (within a few
 * ulp of {@link Math#exp}/{@link Math#tanh}). The saturated inputs are counted from 0/1 flags summed without
 * a branch (a compare-and-count loop mispredicts on every new batch). When {@code logits} is given, the last
 * loop also accumulates o += w·act(u).
 */
final class ActivationKernels {

    /** tanh(t) rounds to ±1 beyond |t| ≈ 19.06; the clamp only keeps e^(−2t) finite. */
    static final double TANH_CLAMP = 350.0;
    /** |u| below which σ(u) needs no clamp of its exp argument (inside [MIN_ARG, MAX_ARG] with room). */
    static final double SIGMOID_UNCLAMPED = 700.0;
    /** 2⁶⁰⁰: (t·2⁶⁰⁰)·2⁶⁰⁰ ≥ 1 for every t &gt; 0, even the smallest subnormal. */
    private static final double HUGE = 0x1p600;

    private ActivationKernels() {
    }

    /**
     * out = act(v) on {@code [0, n)}, and o += w·out when logits is not null; tmp, arg, xhat and flags are
     * scratch of length ≥ n.
     *
     * @return how many inputs lie in the activation's saturated region ({@link Activation#isSaturated})
     */
    static int forward(Activation act, double[] v, double[] out, int n, double[] tmp, double[] arg, double[] xhat,
                       double[] flags, double[] logits, double w) {
        return forwardNormalized(act, v, 0.0, 1.0, 1.0, 0.0, false, out, n, tmp, arg, xhat, flags, logits, w);
    }

    /** Largest |u| for which {@link #forwardNormalized} may skip clamping: the caller guarantees |u| ≤ this. */
    static double unclampedLimit(Activation act) {
        return act == Activation.TANH ? TANH_CLAMP : SIGMOID_UNCLAMPED;
    }

    /**
     * out = act(u) with u = γ·x̂ + β, x̂ = (v − μ)·invStd (with μ = 0, invStd = γ = 1, β = 0 this is u = v up to
     * the sign of a zero), x̂ kept in {@code xhat} for the backward pass, and o += w·out when logits is not null. With {@code bounded} the caller guarantees
     * |u| ≤ {@link #unclampedLimit}, and the exp argument is not clamped (a clamp costs as much as the rest of
     * the first loop).
     *
     * @return how many u lie in the activation's saturated region ({@link Activation#isSaturated})
     */
    static int forwardNormalized(Activation act, double[] v, double mu, double invStd, double gamma, double beta,
                                 boolean bounded, double[] out, int n, double[] tmp, double[] arg, double[] xhat,
                                 double[] flags, double[] logits, double w) {
        final double count;
        switch (act) {
            case SIGMOID:
                if (bounded) {
                    sigmoidPrepareBounded(v, mu, invStd, gamma, beta, n, tmp, xhat, flags);
                    count = scaleAndCount(tmp, flags, n);
                    sigmoidFinishBounded(xhat, gamma, beta, tmp, out, n, logits, w);
                } else {
                    sigmoidPrepare(v, mu, invStd, gamma, beta, n, tmp, arg, xhat, flags);
                    count = scaleAndCount(tmp, flags, n);
                    sigmoidFinish(arg, tmp, out, n, logits, w);
                }
                break;
            case TANH:
                if (bounded) {
                    tanhPrepareBounded(v, mu, invStd, gamma, beta, n, tmp, xhat, flags);
                    count = scaleAndCount(tmp, flags, n);
                    tanhFinishBounded(xhat, gamma, beta, tmp, out, n, logits, w);
                } else {
                    tanhPrepare(v, mu, invStd, gamma, beta, n, tmp, arg, xhat, flags);
                    count = scaleAndCount(tmp, flags, n);
                    tanhFinish(arg, tmp, out, n, logits, w);
                }
                break;
            default:
                relu(v, mu, invStd, gamma, beta, n, out, xhat, flags);
                count = RowSums.sum(flags, 0, n);
                if (count != count) {
                    // a NaN u: max(NaN, 0) is NaN, relu(NaN) is 0 in the scalar definition t &gt; 0 ? t : 0
                    for (int i = 0; i < n; i++) {
                        double u = gamma * ((v[i] - mu) * invStd) + beta;
                        out[i] = u > 0 ? u : 0.0;
                    }
                }
                if (logits != null) {
                    for (int i = 0; i < n; i++) {
                        logits[i] += w * out[i];
                    }
                }
                break;
        }
        if (count == count) {
            return (int) count;
        }
        // a NaN input made its flag NaN: count one by one
        int exact = 0;
        for (int i = 0; i < n; i++) {
            exact += act.isSaturated(gamma * ((v[i] - mu) * invStd) + beta) ? 1 : 0;
        }
        return exact;
    }

    /** arg = −u clamped for {@link FastExp#exp}, tmp = its magic value, flags = [|u| &gt; edge]. */
    private static void sigmoidPrepare(double[] v, double mu, double invStd, double gamma, double beta, int n,
                                       double[] tmp, double[] arg, double[] xhat, double[] flags) {
        final double edge = Activation.SIGMOID.saturatedAbove();
        for (int i = 0; i < n; i++) {
            // x̂ = (v − μ)·invStd ; u = γ·x̂ + β
            final double xh = (v[i] - mu) * invStd;
            xhat[i] = xh;
            double u = gamma * xh + beta;
            double x = Math.min(Math.max(-u, FastExp.MIN_ARG), FastExp.MAX_ARG);
            arg[i] = x;
            tmp[i] = FastExp.magic(x);
            flags[i] = aboveEdge(Math.abs(u) - edge);
        }
    }

    /**
     * {@link #sigmoidPrepare} for |u| ≤ {@link #SIGMOID_UNCLAMPED}, without the argument row: −u is computed again
     * from x̂ by {@link #sigmoidFinishBounded} (the same operations, so the same double).
     */
    private static void sigmoidPrepareBounded(double[] v, double mu, double invStd, double gamma, double beta,
                                              int n, double[] tmp, double[] xhat, double[] flags) {
        final double edge = Activation.SIGMOID.saturatedAbove();
        for (int i = 0; i < n; i++) {
            // x̂ = (v − μ)·invStd ; u = γ·x̂ + β
            final double xh = (v[i] - mu) * invStd;
            xhat[i] = xh;
            double u = gamma * xh + beta;
            tmp[i] = FastExp.magic(-u);
            flags[i] = aboveEdge(Math.abs(u) - edge);
        }
    }

    /** σ(u) = 1/(1 + e^−u) with u = γ·x̂ + β recomputed from x̂. */
    private static void sigmoidFinishBounded(double[] xhat, double gamma, double beta, double[] tmp, double[] out,
                                             int n, double[] logits, double w) {
        if (logits == null) {
            for (int i = 0; i < n; i++) {
                out[i] = 1.0 / (1.0 + FastExp.exp(-(gamma * xhat[i] + beta), tmp[i]));
            }
        } else {
            for (int i = 0; i < n; i++) {
                double a = 1.0 / (1.0 + FastExp.exp(-(gamma * xhat[i] + beta), tmp[i]));
                out[i] = a;
                logits[i] += w * a;
            }
        }
    }

    /** σ(u) = 1/(1 + e^−u). */
    private static void sigmoidFinish(double[] arg, double[] tmp, double[] out, int n, double[] logits, double w) {
        if (logits == null) {
            for (int i = 0; i < n; i++) {
                out[i] = 1.0 / (1.0 + FastExp.exp(arg[i], tmp[i]));
            }
        } else {
            for (int i = 0; i < n; i++) {
                double a = 1.0 / (1.0 + FastExp.exp(arg[i], tmp[i]));
                out[i] = a;
                logits[i] += w * a;
            }
        }
    }

    /** arg = −2u clamped for {@link FastExp#expm1}, tmp = its magic value, flags = [|u| &gt; edge]. */
    private static void tanhPrepare(double[] v, double mu, double invStd, double gamma, double beta, int n,
                                    double[] tmp, double[] arg, double[] xhat, double[] flags) {
        final double edge = Activation.TANH.saturatedAbove();
        for (int i = 0; i < n; i++) {
            // x̂ = (v − μ)·invStd ; u = γ·x̂ + β
            final double xh = (v[i] - mu) * invStd;
            xhat[i] = xh;
            double u = gamma * xh + beta;
            double x = -2.0 * Math.min(Math.max(u, -TANH_CLAMP), TANH_CLAMP);
            arg[i] = x;
            tmp[i] = FastExp.magic(x);
            flags[i] = aboveEdge(Math.abs(u) - edge);
        }
    }

    /**
     * {@link #tanhPrepare} for |u| ≤ {@link #TANH_CLAMP}, without the argument row: −2u is computed again from x̂
     * by {@link #tanhFinishBounded} (the same operations, so the same double).
     */
    private static void tanhPrepareBounded(double[] v, double mu, double invStd, double gamma, double beta, int n,
                                           double[] tmp, double[] xhat, double[] flags) {
        final double edge = Activation.TANH.saturatedAbove();
        for (int i = 0; i < n; i++) {
            // x̂ = (v − μ)·invStd ; u = γ·x̂ + β
            final double xh = (v[i] - mu) * invStd;
            xhat[i] = xh;
            double u = gamma * xh + beta;
            tmp[i] = FastExp.magic(-2.0 * u);
            flags[i] = aboveEdge(Math.abs(u) - edge);
        }
    }

    /** tanh(u) = −m/(2 + m) with m = e^(−2u) − 1 and u = γ·x̂ + β recomputed from x̂. */
    private static void tanhFinishBounded(double[] xhat, double gamma, double beta, double[] tmp, double[] out, int n,
                                          double[] logits, double w) {
        if (logits == null) {
            for (int i = 0; i < n; i++) {
                double m = FastExp.expm1(-2.0 * (gamma * xhat[i] + beta), tmp[i]);
                out[i] = -m / (2.0 + m);
            }
        } else {
            for (int i = 0; i < n; i++) {
                double m = FastExp.expm1(-2.0 * (gamma * xhat[i] + beta), tmp[i]);
                double a = -m / (2.0 + m);
                out[i] = a;
                logits[i] += w * a;
            }
        }
    }

    /** tanh(u) = −m/(2 + m) with m = e^(−2u) − 1 (exact near 0, no cancellation). */
    private static void tanhFinish(double[] arg, double[] tmp, double[] out, int n, double[] logits, double w) {
        if (logits == null) {
            for (int i = 0; i < n; i++) {
                double m = FastExp.expm1(arg[i], tmp[i]);
                out[i] = -m / (2.0 + m);
            }
        } else {
            for (int i = 0; i < n; i++) {
                double m = FastExp.expm1(arg[i], tmp[i]);
                double a = -m / (2.0 + m);
                out[i] = a;
                logits[i] += w * a;
            }
        }
    }

    /** relu(u) = max(u, 0); flags = [u ≤ 0] = 1 − [u &gt; 0]. */
    private static void relu(double[] v, double mu, double invStd, double gamma, double beta, int n,
                             double[] out, double[] xhat, double[] flags) {
        for (int i = 0; i < n; i++) {
            // x̂ = (v − μ)·invStd ; u = γ·x̂ + β
            final double xh = (v[i] - mu) * invStd;
            xhat[i] = xh;
            double u = gamma * xh + beta;
            out[i] = Math.max(u, 0.0);
            flags[i] = 1.0 - positiveCheap(u);
        }
    }

    /**
     * The scalar step of {@link FastExp}, tmp[i] ← 2^k from its magic value, which also sums the flags (0/1 or
     * NaN: exact in any order), in four rotating partial sums ({@link RowSums}).
     */
    private static double scaleAndCount(double[] tmp, double[] flags, int n) {
        double c0 = 0.0;
        double c1 = 0.0;
        double c2 = 0.0;
        double c3 = 0.0;
        for (int i = 0; i < n; i++) {
            tmp[i] = FastExp.scaleOf(tmp[i]);
            final double t = c0 + flags[i];
            c0 = c1;
            c1 = c2;
            c2 = c3;
            c3 = t;
        }
        return (c0 + c1) + (c2 + c3);
    }

    /** [v &gt; 0] without a branch: 1 for v &gt; 0 (even the smallest subnormal), 0 for v ≤ 0, NaN for NaN. */
    static double positive(double v) {
        return Math.min(Math.max((v * HUGE) * HUGE, 0.0), 1.0);
    }

    /**
     * [v &gt; 0] with one min instead of max and min (each costs several instructions for Java's NaN and −0
     * rules): v + |v| is 2v or 0. NaN for NaN and for v = −∞ (callers recount exactly when a flag is NaN).
     */
    static double positiveCheap(double v) {
        return Math.min(((v + Math.abs(v)) * HUGE) * HUGE, 1.0);
    }

    /**
     * [d &gt; 0] for d = |u| − edge: a positive d is at least one ulp of the edge (≥ 2⁻⁵³ for edges in [1, 4)),
     * so 2⁶⁰·(d + |d|) ≥ 1 whenever d &gt; 0. NaN only for NaN.
     */
    private static double aboveEdge(double d) {
        return Math.min((d + Math.abs(d)) * 0x1p60, 1.0);
    }

    /**
     * dst = (src·w)·act'(input), using the stored output: σ' = σ(1−σ), tanh' = 1 − tanh², relu' = [output &gt; 0]
     * (the same as [input &gt; 0], since output = max(input, 0)). dst may be src.
     */
    static void scaleByDerivative(Activation act, double[] src, double w, double[] out, double[] dst, int n) {
        switch (act) {
            case SIGMOID:
                for (int i = 0; i < n; i++) {
                    double s = out[i];
                    dst[i] = (src[i] * w) * (s * (1.0 - s));
                }
                break;
            case TANH:
                for (int i = 0; i < n; i++) {
                    double t = out[i];
                    dst[i] = (src[i] * w) * (1.0 - t * t);
                }
                break;
            default:
                for (int i = 0; i < n; i++) {
                    dst[i] = (src[i] * w) * Math.min((out[i] * HUGE) * HUGE, 1.0);
                }
                double check = RowSums.sum(dst, 0, n);
                if (check != check) {
                    // NaN or ±∞ times 0 made a NaN where relu' = 0 must give exactly 0
                    for (int i = 0; i < n; i++) {
                        dst[i] = out[i] > 0 ? dst[i] : 0.0;
                    }
                }
                break;
        }
    }
}
