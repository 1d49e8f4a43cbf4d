package dev.bnlab.core;

import java.security.MessageDigest;

/** The network's parameters, gradients and running statistics in a fixed order, for {@link OneLayerFingerprintTest}. */
final class FingerprintParts {

    private FingerprintParts() {
    }

    static void putParametersAndGradients(MessageDigest md, Network net) {
        for (double[] a : new double[][] {net.first().w.data, net.first().b.data, net.first().gamma.data, net.first().beta.data, net.outW.data,
                net.outB.data, net.first().gradW.data, net.first().gradB.data, net.first().gradGamma.data, net.first().gradBeta.data,
                net.gradOutW.data, net.gradOutB.data, net.first().runningMean.data, net.first().runningVar.data}) {
            for (double v : a) {
                OneLayerFingerprintTest.put(md, v);
            }
        }
    }
}
