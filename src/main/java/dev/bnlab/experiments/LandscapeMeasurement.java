package dev.bnlab.experiments;

/**
 * The loss landscape along the gradient at one step (Santurkar et al. 2018, §3.1), on that step's batch.
 *
 * @param step                    the training step t whose parameters W and batch were probed
 * @param loss                    L(W)
 * @param gradNorm                ‖∇L(W)‖₂
 * @param lossVariation           max − min over the η grid of L(W − η∇L(W))
 * @param gradientPredictiveness  max over η of ‖∇L(W) − ∇L(W − η∇L(W))‖₂
 * @param betaSmoothness          max over η of ‖∇L(W) − ∇L(W − η∇L(W))‖₂ / ‖η∇L(W)‖₂
 */
public record LandscapeMeasurement(long step, double loss, double gradNorm, double lossVariation,
                                   double gradientPredictiveness, double betaSmoothness) {
}
