package dev.bnlab.core;

import java.util.List;

/**
 * Everything a view needs about one training step; immutable.
 *
 * @param step        steps done so far (0 before the first)
 * @param hyperparams the settings this step used
 * @param config      the session's structural settings
 * @param loss        batch loss at the pre-step parameters (train mode); NaN before the first step
 * @param accuracy    batch accuracy (train mode)
 * @param batchSize   n of this step's batch
 * @param neurons     per hidden neuron: μ_B, σ²_B, running statistics, γ, β, saturation
 * @param parameters  all parameters after this step's update
 * @param batch       per-element arrays, or null when the caller did not ask for them
 * @param eval        the latest eval-mode measurement (test set, population statistics), or null if none yet
 * @param divergence  why training stopped, or null while it is healthy
 */
public record Snapshot(long step, Hyperparams hyperparams, SessionConfig config, double loss, double accuracy,
                       int batchSize, List<NeuronState> neurons, Parameters parameters, BatchArrays batch,
                       EvalMetrics eval, Divergence divergence) {

    public boolean hasBatch() {
        return batch != null;
    }

    public boolean diverged() {
        return divergence != null;
    }

    public int hidden() {
        return neurons.size();
    }
}
