package dev.bnlab.core;

import java.security.MessageDigest;

/** The network's parameters, gradients and running statistics in a fixed order, for {@link OneLayerFingerprintTest}. */
final class FingerprintParts {

    private FingerprintParts() {
    }

    static void putParametersAndGradients(MessageDigest md, Network net) {
        for (double[] a : new double[][] {net.w1.data, net.b1.data, net.gamma.data, net.beta.data, net.w2.data,
                net.b2.data, net.gradW1.data, net.gradB1.data, net.gradGamma.data, net.gradBeta.data,
                net.gradW2.data, net.gradB2.data, net.runningMean.data, net.runningVar.data}) {
            for (double v : a) {
                OneLayerFingerprintTest.put(md, v);
            }
        }
    }
}
