package dev.bnlab.core;

import java.util.List;

/**
 * A {@link StepWalkthrough}: the stages of one neuron's forward and backward pass for one training step.
 *
 * @param step        the step walked through (the one {@link TrainingSession#advance()} takes next)
 * @param layer       hidden layer, 0-based
 * @param neuron      neuron of that layer, 0-based
 * @param batchSize   n
 * @param placement   where BN sits
 * @param activation  the hidden activation
 * @param hyperparams learning rate, ε, running-statistics convention and momentum of the step
 * @param stages      in order, forward then backward
 */
public record Walkthrough(long step, int layer, int neuron, int batchSize, Placement placement,
                         Activation activation, Hyperparams hyperparams, List<WalkthroughStage> stages) {

    public Walkthrough {
        stages = List.copyOf(stages);
    }

    /** The stage with this id. */
    public WalkthroughStage stage(String id) {
        for (WalkthroughStage s : stages) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("the walkthrough has no stage " + id);
    }
}
