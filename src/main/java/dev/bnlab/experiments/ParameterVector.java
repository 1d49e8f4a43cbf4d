package dev.bnlab.experiments;

import dev.bnlab.core.HiddenLayer;
import dev.bnlab.core.Network;
import org.ejml.data.DMatrixRMaj;

/**
 * All trainable parameters of a network as one flat vector θ = (per hidden layer: W row-major, b, γ, β; then
 * W_out, b_out); γ and β only when the network has BN. The same order serves values and gradients.
 */
public final class ParameterVector {

    private ParameterVector() {
    }

    /** Number of trainable parameters. */
    public static int size(Network net) {
        boolean bn = net.placement.hasBatchNorm();
        int size = net.outW.getNumElements() + 1;
        for (int k = 0; k < net.depth(); k++) {
            HiddenLayer layer = net.layer(k);
            size += layer.width * layer.fanIn + layer.width + (bn ? 2 * layer.width : 0);
        }
        return size;
    }

    /** θ. */
    public static double[] values(Network net) {
        double[] out = new double[size(net)];
        int o = 0;
        for (int k = 0; k < net.depth(); k++) {
            HiddenLayer layer = net.layer(k);
            o = take(layer.w, out, o);
            o = take(layer.b, out, o);
            if (net.placement.hasBatchNorm()) {
                o = take(layer.gamma, out, o);
                o = take(layer.beta, out, o);
            }
        }
        o = take(net.outW, out, o);
        take(net.outB, out, o);
        return out;
    }

    /** ∂L/∂θ of the network's last training step (at its pre-step parameters). */
    public static double[] gradient(Network net) {
        double[] out = new double[size(net)];
        int o = 0;
        for (int k = 0; k < net.depth(); k++) {
            HiddenLayer layer = net.layer(k);
            o = take(layer.gradW, out, o);
            o = take(layer.gradB, out, o);
            if (net.placement.hasBatchNorm()) {
                o = take(layer.gradGamma, out, o);
                o = take(layer.gradBeta, out, o);
            }
        }
        o = take(net.gradOutW, out, o);
        take(net.gradOutB, out, o);
        return out;
    }

    /** Sets every trainable parameter from θ. */
    public static void assign(Network net, double[] theta) {
        if (theta.length != size(net)) {
            throw new IllegalArgumentException("expected " + size(net) + " parameters, got " + theta.length);
        }
        int o = 0;
        for (int k = 0; k < net.depth(); k++) {
            HiddenLayer layer = net.layer(k);
            o = put(theta, o, layer.w);
            o = put(theta, o, layer.b);
            if (net.placement.hasBatchNorm()) {
                o = put(theta, o, layer.gamma);
                o = put(theta, o, layer.beta);
            }
        }
        o = put(theta, o, net.outW);
        put(theta, o, net.outB);
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
