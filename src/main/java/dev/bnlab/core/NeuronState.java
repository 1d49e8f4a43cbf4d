package dev.bnlab.core;

/**
 * Per-step scalars of one hidden neuron.
 *
 * @param batchMean   μ_B of the values entering BN (of z when there is no BN)
 * @param batchVar    biased σ²_B of the same values
 * @param runningMean running mean after this step's update (0 without BN)
 * @param runningVar  running variance after this step's update (1 without BN)
 * @param gamma       γ used by this step's forward pass
 * @param beta        β used by this step's forward pass
 * @param saturation  fraction of the batch whose activation input is in the saturated region
 */
public record NeuronState(double batchMean, double batchVar, double runningMean, double runningVar, double gamma,
                          double beta, double saturation) {
}
