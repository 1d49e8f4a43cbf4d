package dev.bnlab.scenario;

import java.util.List;

/**
 * One value per network parameter, in the shapes of docs/golden-schema.md (also used for gradients): the
 * hidden layers, then the output layer.
 *
 * @param layers per hidden layer k: W (h_k × h_{k−1}), b, γ, β
 * @param outW   1 × h_L
 * @param outB   1
 */
public record ParameterSet(List<Layer> layers, double[][] outW, double[] outB) {

    /**
     * The parameters of one hidden layer; {@code gamma} and {@code beta} are null when the network has no BN.
     *
     * @param w     h_k × h_{k−1}, w[j][i] from input i to neuron j
     * @param b     h_k
     * @param gamma h_k, or null without BN
     * @param beta  h_k, or null without BN
     */
    public record Layer(double[][] w, double[] b, double[] gamma, double[] beta) {
    }
}
