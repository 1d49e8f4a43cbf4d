package dev.bnlab.core;

/**
 * Eval-mode results (running statistics in BN) at one step.
 *
 * @param step          the step after which they were measured
 * @param testLoss      mean BCE on the test set
 * @param testAccuracy  accuracy on the test set
 * @param populationMean per neuron, the mean of the values entering BN over the whole training set
 * @param populationVar  per neuron, their biased variance over the whole training set
 */
public record EvalMetrics(long step, double testLoss, double testAccuracy, Vec populationMean, Vec populationVar) {
}
