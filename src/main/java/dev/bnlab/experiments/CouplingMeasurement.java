package dev.bnlab.experiments;

/**
 * How much scaling the first layer (W1, b1 ← a·W1, a·b1) changes a network's training-mode outputs on a batch.
 *
 * @param factor                   a
 * @param maxActivationInputChange max over neurons and examples of |Δ input of the activation|
 * @param maxOutputChange          max over examples of |Δ p|, p = σ(logit)
 */
public record CouplingMeasurement(double factor, double maxActivationInputChange, double maxOutputChange) {
}
