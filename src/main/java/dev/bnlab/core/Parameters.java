package dev.bnlab.core;

/**
 * A copy of every parameter (after a step's update), flattened: w1 is h×d row-major.
 */
public record Parameters(int inputs, int hidden, Vec w1, Vec b1, Vec gamma, Vec beta, Vec w2, double b2) {

    static Parameters copyFrom(Network net) {
        return new Parameters(net.inputs, net.hidden, Vec.copyOf(net.w1.data), Vec.copyOf(net.b1.data),
                Vec.copyOf(net.gamma.data), Vec.copyOf(net.beta.data), Vec.copyOf(net.w2.data), net.b2.data[0]);
    }

    /** W1[j][k]. */
    public double w1(int j, int k) {
        return w1.get(j * inputs + k);
    }
}
