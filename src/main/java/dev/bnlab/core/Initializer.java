package dev.bnlab.core;

/** Seeded initialization: Xavier-uniform for sigmoid/tanh, He-normal for relu; biases 0, γ = 1, β = 0. */
public final class Initializer {

    private Initializer() {
    }

    public static void initialize(Network net, long seed) {
        SeededRandom rnd = SeededRandom.derived(seed, 0x1417);
        fill(net.w1.data, net.inputs, net.hidden, net.activation, rnd);
        // the output layer feeds a sigmoid: Xavier
        fill(net.w2.data, net.hidden, 1, Activation.SIGMOID, rnd);
        net.b1.zero();
        net.b2.zero();
        net.gamma.fill(1.0);
        net.beta.zero();
        net.runningMean.zero();
        net.runningVar.fill(1.0);
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
