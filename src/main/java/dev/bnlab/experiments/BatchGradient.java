package dev.bnlab.experiments;

import dev.bnlab.core.Convention;
import dev.bnlab.core.Network;
import dev.bnlab.core.RunningStatsRule;

/**
 * The training-mode loss and its gradient on a batch at any parameter values, computed by the network's own
 * forward and backward pass on a throw-away copy (the original is never touched).
 */
public final class BatchGradient {

    /** The copy's running statistics are discarded, so any rule will do. */
    private static final RunningStatsRule IGNORED_RULE = new RunningStatsRule(Convention.KERAS, 0.9);

    /**
     * @param loss     L(θ) on the batch
     * @param gradient ∂L/∂θ in {@link ParameterVector} order
     */
    public record LossAndGradient(double loss, double[] gradient) {
    }

    private BatchGradient() {
    }

    /** L and ∂L/∂θ of {@code template}'s architecture at parameters θ on the batch (batch statistics in BN). */
    public static LossAndGradient at(Network template, double[] theta, BatchRecord batch, double eps) {
        Network copy = template.copy();
        ParameterVector.assign(copy, theta);
        return of(copy, batch, eps);
    }

    /** L and ∂L/∂θ of the network as it is, on the batch; computed on a copy. */
    public static LossAndGradient at(Network net, BatchRecord batch, double eps) {
        return of(net.copy(), batch, eps);
    }

    /** Runs one step with learning rate 0 on a network the caller owns; its gradients are at θ. */
    static LossAndGradient of(Network owned, BatchRecord batch, double eps) {
        batch.loadInto(owned);
        double loss = owned.trainStep(0.0, eps, IGNORED_RULE);
        return new LossAndGradient(loss, ParameterVector.gradient(owned));
    }
}
