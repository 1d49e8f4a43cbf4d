package dev.bnlab.core;

import dev.bnlab.core.reference.ReferenceNetwork;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/** Random networks and batches for the numeric-core tests, and the copy into the reference implementation. */
final class NetworkFixtures {

    private NetworkFixtures() {
    }

    /**
     * A network with random parameters: W1, W2 ~ N(0, 1), b1, b2 ~ U(−0.5, 0.5), γ ∈ ±[0.5, 2] (away from 1),
     * β ~ U(−1, 1) (away from 0).
     */
    static Network randomNetwork(Random rnd, int inputs, int hidden, Activation activation, Placement placement) {
        return randomNetwork(rnd, inputs, new int[] {hidden}, activation, placement);
    }

    /** Hidden layers of the given widths; W ~ N(0, 1/fan_in) beyond the first layer, γ ∈ ±[0.5, 2], β ∈ [−1, 1]. */
    static Network randomNetwork(Random rnd, int inputs, int[] widths, Activation activation, Placement placement) {
        Network net = new Network(inputs, widths, activation, placement);
        for (int k = 0; k < net.depth(); k++) {
            HiddenLayer layer = net.layer(k);
            fillGaussian(layer.w, rnd);
            if (k > 0) {
                scale(layer.w, 1.0 / Math.sqrt(layer.fanIn));
            }
            fillUniform(layer.b, rnd, -0.5, 0.5);
            for (int j = 0; j < layer.width; j++) {
                double magnitude = 0.5 + 1.5 * rnd.nextDouble();
                layer.gamma.data[j] = rnd.nextBoolean() ? magnitude : -magnitude;
            }
            fillUniform(layer.beta, rnd, -1.0, 1.0);
        }
        fillGaussian(net.outW, rnd);
        fillUniform(net.outB, rnd, -0.5, 0.5);
        return net;
    }

    private static void scale(DMatrixRMaj m, double a) {
        for (int i = 0; i < m.getNumElements(); i++) {
            m.data[i] *= a;
        }
    }

    /** n rows of d features, each ~ N(0, scale²). */
    static double[][] randomInputs(Random rnd, int n, int d, double scale) {
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                x[i][k] = scale * rnd.nextGaussian();
            }
        }
        return x;
    }

    /** n labels 0/1. */
    static double[] randomLabels(Random rnd, int n) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = rnd.nextBoolean() ? 1.0 : 0.0;
        }
        return y;
    }

    /** The reference implementation with this network's parameters and running statistics. */
    static ReferenceNetwork referenceOf(Network net) {
        double[][] w1 = new double[net.first().width][net.inputs];
        for (int j = 0; j < net.first().width; j++) {
            for (int k = 0; k < net.inputs; k++) {
                w1[j][k] = net.first().w.get(j, k);
            }
        }
        ReferenceNetwork ref = new ReferenceNetwork(net.activation, net.placement, w1, net.first().b.data.clone(),
                net.first().gamma.data.clone(), net.first().beta.data.clone(), net.outW.data.clone(), net.outB.data[0]);
        ref.setRunningStatistics(net.first().runningMean.data.clone(), net.first().runningVar.data.clone(), net.runningUpdates());
        return ref;
    }

    private static void fillGaussian(DMatrixRMaj m, Random rnd) {
        for (int i = 0; i < m.getNumElements(); i++) {
            m.data[i] = rnd.nextGaussian();
        }
    }

    private static void fillUniform(DMatrixRMaj m, Random rnd, double lo, double hi) {
        for (int i = 0; i < m.getNumElements(); i++) {
            m.data[i] = lo + (hi - lo) * rnd.nextDouble();
        }
    }
}
