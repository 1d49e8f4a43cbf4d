package dev.bnlab.core;

/**
 * Seeded initialization: Xavier-uniform for sigmoid/tanh, He-normal for relu; biases 0, γ = 1, β = 0. Layers are
 * drawn in order from one stream (W_1, …, W_L, then W_out), so one hidden layer draws what it always drew.
 */
public final class Initializer {

    private Initializer() {
    }

    public static void initialize(Network net, long seed) {
        SeededRandom rnd = SeededRandom.derived(seed, 0x1417);
        for (int k = 0; k < net.depth(); k++) {
            HiddenLayer layer = net.layer(k);
            fill(layer.w.data, layer.fanIn, layer.width, net.activation, rnd);
        }
        // the output layer feeds a sigmoid: Xavier
        fill(net.outW.data, net.last().width, 1, Activation.SIGMOID, rnd);
        for (int k = 0; k < net.depth(); k++) {
            HiddenLayer layer = net.layer(k);
            layer.b.zero();
            layer.gamma.fill(1.0);
            layer.beta.zero();
            layer.runningMean.zero();
            layer.runningVar.fill(1.0);
        }
        net.outB.zero();
        net.setRunningUpdates(0);
    }

    private static void fill(double[] w, int fanIn, int fanOut, Activation act, SeededRandom rnd) {
        if (act == Activation.RELU) {
            // He: N(0, 2/fan_in)
            double sd = Math.sqrt(2.0 / fanIn);
            for (int i = 0; i < w.length; i++) {
                w[i] = sd * rnd.nextGaussian();
            }
        } else {
            // Xavier: U(−a, a), a = √(6/(fan_in + fan_out))
            double a = Math.sqrt(6.0 / (fanIn + fanOut));
            for (int i = 0; i < w.length; i++) {
                w[i] = rnd.uniform(-a, a);
            }
        }
    }
}
