package dev.bnlab.scenario;

import java.util.List;

/**
 * Expected part of a {@code bn_layer} case (docs/golden-schema.md §4).
 *
 * @param y              BN output in training mode, n×h
 * @param batchMean      μ, h
 * @param batchVar       biased σ², h
 * @param dx             ∂L/∂x with L = Σ dy·y, n×h
 * @param dgamma         ∂L/∂γ, h
 * @param dbeta          ∂L/∂β, h
 * @param runningUpdates one result per input update, each from the initial running statistics
 */
public record BnLayerTrace(double[][] y, double[] batchMean, double[] batchVar, double[][] dx, double[] dgamma,
                           double[] dbeta, List<RunningStats> runningUpdates) implements Trace {
}
