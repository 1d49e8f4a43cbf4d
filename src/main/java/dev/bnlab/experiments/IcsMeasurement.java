package dev.bnlab.experiments;

/**
 * Internal covariate shift of the output layer at one step (Santurkar et al. 2018, Def. 2.1).
 *
 * @param step        the training step t (1 = first)
 * @param l2          ‖G − G′‖₂
 * @param cosine      cos(G, G′)
 * @param gradNorm    ‖G‖₂
 * @param shiftedNorm ‖G′‖₂
 */
public record IcsMeasurement(long step, double l2, double cosine, double gradNorm, double shiftedNorm) {
}
