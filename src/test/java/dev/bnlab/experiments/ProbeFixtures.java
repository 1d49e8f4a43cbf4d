package dev.bnlab.experiments;

import dev.bnlab.core.Activation;
import dev.bnlab.core.Network;
import dev.bnlab.core.Placement;

/** A small network with every parameter away from its default, and a small batch. */
final class ProbeFixtures {

    static final double EPS = 1e-3;

    private ProbeFixtures() {
    }

    static Network network(Placement placement) {
        Network net = new Network(2, 3, Activation.SIGMOID, placement);
        double[] w1 = {0.8, -0.5, 0.3, 0.9, -1.1, 0.4};
        System.arraycopy(w1, 0, net.first().w.data, 0, 6);
        net.first().b.data[0] = 0.1;
        net.first().b.data[1] = -0.2;
        net.first().b.data[2] = 0.05;
        net.first().gamma.data[0] = 1.3;
        net.first().gamma.data[1] = 0.7;
        net.first().gamma.data[2] = -0.9;
        net.first().beta.data[0] = 0.2;
        net.first().beta.data[1] = -0.4;
        net.first().beta.data[2] = 0.6;
        net.outW.data[0] = 1.2;
        net.outW.data[1] = -0.8;
        net.outW.data[2] = 0.5;
        net.outB.data[0] = -0.1;
        return net;
    }

    static BatchRecord batch() {
        return BatchRecord.of(new double[][] {{0.5, -1.2}, {1.5, 0.3}, {-0.7, 0.9}, {-1.8, -0.4}, {0.2, 1.7},
                {1.1, -0.9}}, new double[] {1, 0, 1, 0, 0, 1});
    }

    static ReferenceMlp reference(Network net) {
        return new ReferenceMlp(net.inputs, net.first().width, net.placement, EPS);
    }

    /** Reads s and m of a noise for the batch size out of its public perturb: m = perturb(0), s = perturb(1) − m. */
    static void copyNoise(NoisyBatchNorm noise, ReferenceMlp ref, int n) {
        ref.noiseScale = new double[ref.h][n];
        ref.noiseShift = new double[ref.h][n];
        for (int j = 0; j < ref.h; j++) {
            double[] zeros = new double[n];
            double[] ones = new double[n];
            java.util.Arrays.fill(ones, 1.0);
            noise.perturb(j, zeros, 0, n);
            noise.perturb(j, ones, 0, n);
            for (int i = 0; i < n; i++) {
                ref.noiseShift[j][i] = zeros[i];
                ref.noiseScale[j][i] = ones[i] - zeros[i];
            }
        }
    }

    /** max_i |a_i − b_i| / max(1, |b_i|). */
    static double maxRelativeError(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]) / Math.max(1.0, Math.abs(b[i])));
        }
        return m;
    }
}
