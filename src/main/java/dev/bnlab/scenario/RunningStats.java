package dev.bnlab.scenario;

/** Running mean and running variance per neuron / feature. */
public record RunningStats(double[] mean, double[] var) {
}
