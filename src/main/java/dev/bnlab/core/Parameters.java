package dev.bnlab.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A copy of every parameter (after a step's update): one {@link LayerParameters} per hidden layer, then the
 * output layer W_out (1 × h_L) and b_out.
 */
public record Parameters(int inputs, List<LayerParameters> layers, Vec outW, double outB) {

    public Parameters {
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("parameters need at least one hidden layer");
        }
    }

    static Parameters copyFrom(Network net) {
        List<LayerParameters> layers = new ArrayList<>(net.depth());
        for (int k = 0; k < net.depth(); k++) {
            layers.add(LayerParameters.copyFrom(net.layer(k)));
        }
        return new Parameters(net.inputs, layers, Vec.copyOf(net.outW.data), net.outB.data[0]);
    }

    /** Hidden layers L. */
    public int depth() {
        return layers.size();
    }

    public LayerParameters layer(int k) {
        return layers.get(k);
    }

    /** The first hidden layer. */
    public LayerParameters first() {
        return layers.get(0);
    }

    /** Writes these parameters into a network of the same shape (running statistics untouched). */
    void copyInto(Network net) {
        for (int k = 0; k < layers.size(); k++) {
            layers.get(k).copyInto(net.layer(k));
        }
        outW.copyInto(net.outW.data);
        net.outB.data[0] = outB;
    }
}
