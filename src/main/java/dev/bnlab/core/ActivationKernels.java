package dev.bnlab.core;

/**
 * The hidden activation on one neuron's batch row {@code [0, n)}, in loops C2 can auto-vectorize: no branch,
 * no call that is not an intrinsic, every array indexed by the same {@code i}.
 *
 * <p>Sigmoid and tanh use {@link FastExp} (within a few ulp of {@link Math#exp}/{@link Math#tanh}); the
 * saturated inputs are counted in the scalar loop that {@link FastExp} needs anyway, so the count is free.
 */
final class ActivationKernels {

    /** tanh(t) rounds to ±1 beyond |t| ≈ 19.06, so clamping t to ±20 changes nothing. */
    private static final double TANH_CLAMP = 20.0;
    /** 2⁶⁰⁰: (t·2⁶⁰⁰)·2⁶⁰⁰ ≥ 1 for every t &gt; 0, even the smallest subnormal. */
    private static final double HUGE = 0x1p600;

    private ActivationKernels() {
    }

    /**
     * out = act(in) on {@code [0, n)}; tmp, arg and flags are scratch of length ≥ n.
     *
     * @return how many inputs lie in the activation's saturated region ({@link Activation#isSaturated})
     */
    static int forward(Activation act, double[] in, double[] out, int n, double[] tmp, double[] arg,
                       double[] flags) {
        switch (act) {
            case SIGMOID:
                sigmoid(in, out, n, tmp, arg, flags);
                break;
            case TANH:
                tanh(in, out, n, tmp, arg, flags);
                break;
            default:
                relu(in, out, n, flags);
                break;
        }
        return saturatedCount(act, in, flags, n);
    }

    /** σ(t) = 1/(1 + e^−t) with the argument x = −t clamped once into arg; flags[i] = [|t| &gt; edge]. */
    private static void sigmoid(double[] in, double[] out, int n, double[] tmp, double[] arg, double[] flags) {
        final double edge = Activation.SIGMOID.saturatedAbove();
        for (int i = 0; i < n; i++) {
            double t = in[i];
            double x = Math.min(Math.max(-t, FastExp.MIN_ARG), FastExp.MAX_ARG);
            arg[i] = x;
            tmp[i] = FastExp.magic(x);
            flags[i] = positive(Math.abs(t) - edge);
        }
        scalePass(tmp, n);
        for (int i = 0; i < n; i++) {
            out[i] = 1.0 / (1.0 + FastExp.exp(arg[i], tmp[i]));
        }
    }

    /**
     * tanh(t) = −m/(2 + m) with m = e^x − 1, x = −2t clamped once into arg (exact near 0, no cancellation);
     * flags[i] = [|t| &gt; edge].
     */
    private static void tanh(double[] in, double[] out, int n, double[] tmp, double[] arg, double[] flags) {
        final double edge = Activation.TANH.saturatedAbove();
        for (int i = 0; i < n; i++) {
            double t = in[i];
            double x = -2.0 * Math.min(Math.max(t, -TANH_CLAMP), TANH_CLAMP);
            arg[i] = x;
            tmp[i] = FastExp.magic(x);
            flags[i] = positive(Math.abs(t) - edge);
        }
        scalePass(tmp, n);
        for (int i = 0; i < n; i++) {
            double m = FastExp.expm1(arg[i], tmp[i]);
            out[i] = -m / (2.0 + m);
        }
    }

    /** relu(t) = max(t, 0); flags[i] = [t ≤ 0] = 1 − [t &gt; 0]. */
    private static void relu(double[] in, double[] out, int n, double[] flags) {
        for (int i = 0; i < n; i++) {
            double t = in[i];
            out[i] = Math.max(t, 0.0);
            flags[i] = 1.0 - positive(t);
        }
    }

    /** The scalar step of {@link FastExp}: tmp[i] ← 2^k from its magic value. */
    private static void scalePass(double[] tmp, int n) {
        for (int i = 0; i < n; i++) {
            tmp[i] = FastExp.scaleOf(tmp[i]);
        }
    }

    /**
     * Σ flags, the branch-free count (a compare-and-count loop mispredicts on every new batch); a NaN input
     * makes its flag NaN, and then the inputs are counted one by one with {@link Activation#isSaturated}.
     */
    private static int saturatedCount(Activation act, double[] in, double[] flags, int n) {
        double count = RowSums.sum(flags, 0, n);
        if (count == count) {
            return (int) count;
        }
        int exact = 0;
        for (int i = 0; i < n; i++) {
            exact += act.isSaturated(in[i]) ? 1 : 0;
        }
        return exact;
    }

    /** [v &gt; 0] without a branch: 1 for v &gt; 0 (even the smallest subnormal), 0 for v ≤ 0, NaN for NaN. */
    static double positive(double v) {
        return Math.min(Math.max((v * HUGE) * HUGE, 0.0), 1.0);
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
                break;
        }
    }
}
