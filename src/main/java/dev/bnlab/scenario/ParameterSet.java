package dev.bnlab.scenario;

/**
 * One value per network parameter, in the shapes of golden README §2 (also used for gradients).
 * {@code gamma} and {@code beta} are null when the network has no BN.
 *
 * @param w1    h×d, w1[j][k] from input k to hidden neuron j
 * @param b1    h
 * @param gamma h, or null without BN
 * @param beta  h, or null without BN
 * @param w2    1×h
 * @param b2    1
 */
public record ParameterSet(double[][] w1, double[] b1, double[] gamma, double[] beta, double[][] w2, double[] b2) {
}
