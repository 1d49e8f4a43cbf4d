package dev.bnlab.experiments;

import dev.bnlab.core.Network;
import org.ejml.data.DMatrixRMaj;

/**
 * All trainable parameters of a network as one flat vector θ = (W1 row-major, b1, γ, β, W2, b2); γ and β only
 * when the network has BN. The same order serves values and gradients.
 */
public final class ParameterVector {

    private ParameterVector() {
    }

    /** Number of trainable parameters. */
    public static int size(Network net) {
        int h = net.hidden;
        int bn = net.placement.hasBatchNorm() ? 2 * h : 0;
        return h * net.inputs + h + bn + h + 1;
    }

    /** θ. */
    public static double[] values(Network net) {
        return gather(net, net.w1, net.b1, net.gamma, net.beta, net.w2, net.b2);
    }

    /** ∂L/∂θ of the network's last training step (at its pre-step parameters). */
    public static double[] gradient(Network net) {
        return gather(net, net.gradW1, net.gradB1, net.gradGamma, net.gradBeta, net.gradW2, net.gradB2);
    }

    /** Sets every trainable parameter from θ. */
    public static void assign(Network net, double[] theta) {
        if (theta.length != size(net)) {
            throw new IllegalArgumentException("expected " + size(net) + " parameters, got " + theta.length);
        }
        int o = 0;
        o = put(theta, o, net.w1);
        o = put(theta, o, net.b1);
        if (net.placement.hasBatchNorm()) {
            o = put(theta, o, net.gamma);
            o = put(theta, o, net.beta);
        }
        o = put(theta, o, net.w2);
        put(theta, o, net.b2);
    }

    private static double[] gather(Network net, DMatrixRMaj w1, DMatrixRMaj b1, DMatrixRMaj gamma, DMatrixRMaj beta,
                                   DMatrixRMaj w2, DMatrixRMaj b2) {
        double[] out = new double[size(net)];
        int o = 0;
        o = take(w1, out, o);
        o = take(b1, out, o);
        if (net.placement.hasBatchNorm()) {
            o = take(gamma, out, o);
            o = take(beta, out, o);
        }
        o = take(w2, out, o);
        take(b2, out, o);
        return out;
    }

    private static int take(DMatrixRMaj m, double[] out, int o) {
        int len = m.getNumElements();
        System.arraycopy(m.data, 0, out, o, len);
        return o + len;
    }

    private static int put(double[] theta, int o, DMatrixRMaj m) {
        int len = m.getNumElements();
        System.arraycopy(theta, o, m.data, 0, len);
        return o + len;
    }

    /** ‖v‖₂. */
    public static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /** ‖a − b‖₂. */
    public static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /** cos(a, b) = a·b / (‖a‖‖b‖); NaN when either is zero. */
    public static double cosine(double[] a, double[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        double den = norm(a) * norm(b);
        return den == 0 ? Double.NaN : dot / den;
    }
}
