package dev.bnlab.core;

/**
 * The parameters of one hidden layer, flattened: W is width × fanIn row-major.
 *
 * @param fanIn inputs of the layer (d for the first layer, h_{k−1} otherwise)
 * @param width neurons h_k
 * @param w     W[j][i] at j·fanIn + i
 * @param b     biases
 * @param gamma BN scale γ (1 without BN)
 * @param beta  BN shift β (0 without BN)
 */
public record LayerParameters(int fanIn, int width, Vec w, Vec b, Vec gamma, Vec beta) {

    public LayerParameters {
        if (w.size() != width * fanIn || b.size() != width || gamma.size() != width || beta.size() != width) {
            throw new IllegalArgumentException("the parameter arrays do not have the shapes of a " + fanIn + " → "
                    + width + " layer");
        }
    }

    static LayerParameters copyFrom(HiddenLayer layer) {
        return new LayerParameters(layer.fanIn, layer.width, Vec.copyOf(layer.w.data), Vec.copyOf(layer.b.data),
                Vec.copyOf(layer.gamma.data), Vec.copyOf(layer.beta.data));
    }

    /** W[j][i]: weight from input i to neuron j. */
    public double w(int j, int i) {
        return w.get(j * fanIn + i);
    }

    void copyInto(HiddenLayer layer) {
        w.copyInto(layer.w.data);
        b.copyInto(layer.b.data);
        gamma.copyInto(layer.gamma.data);
        beta.copyInto(layer.beta.data);
    }
}
