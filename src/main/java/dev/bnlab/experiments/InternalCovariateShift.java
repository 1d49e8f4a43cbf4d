package dev.bnlab.experiments;

import dev.bnlab.core.BnNoise;
import dev.bnlab.core.Network;

/**
 * Internal covariate shift of the output layer (W_out), which has every hidden layer in front of it (Santurkar et
 * al. 2018, Def. 2.1): G = ∂L/∂W_out at step t on batch B, and G′ = ∂L/∂W_out on the same batch B after the
 * hidden layers (W, b, γ, β of each) have moved to step t+1 while W_out and b_out stay at step t.
 */
public final class InternalCovariateShift {

    private InternalCovariateShift() {
    }

    /**
     * @param step      the step t just taken
     * @param beforeStep a copy of the network taken just before step t (only its W_out and b_out are read)
     * @param afterStep the network right after step t on {@code batch}: its gradients are step t's, i.e. G
     * @param batch     the batch of step t
     * @param eps       ε of BN
     * @param nextNoise for a noisy-BN run, the noise of step t+1 (the earlier layer at t+1 includes it), else null
     */
    public static IcsMeasurement measure(long step, Network beforeStep, Network afterStep, BatchRecord batch,
                                         double eps, BnNoise nextNoise) {
        double[] g = afterStep.gradOutW.data.clone();
        // hybrid: every hidden layer's W, b, γ, β of step t+1 ; W_out, b_out of step t
        Network hybrid = afterStep.copy();
        hybrid.outW.setTo(beforeStep.outW);
        hybrid.outB.setTo(beforeStep.outB);
        hybrid.setBnNoise(nextNoise);
        BatchGradient.of(hybrid, batch, eps);
        double[] gShifted = hybrid.gradOutW.data.clone();
        return new IcsMeasurement(step, ParameterVector.distance(g, gShifted), ParameterVector.cosine(g, gShifted),
                ParameterVector.norm(g), ParameterVector.norm(gShifted));
    }
}
