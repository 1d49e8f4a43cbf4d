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
 * @param neurons     per hidden neuron of every layer, layer by layer (L·h entries): μ_B, σ²_B, running
 *                    statistics, γ, β, saturation
 * @param parameters  all parameters after this step's update
 * @param batch       per-element arrays of one layer, or null when the caller did not ask for them
 * @param spreads     per hidden layer, the spread of its activation inputs over the batch (empty with no batch)
 * @param eval        the latest eval-mode measurement (test set, population statistics), or null if none yet
 * @param divergence  why training stopped, or null while it is healthy
 */
public record Snapshot(long step, Hyperparams hyperparams, SessionConfig config, double loss, double accuracy,
                       int batchSize, List<NeuronState> neurons, Parameters parameters, BatchArrays batch,
                       List<LayerSpread> spreads, EvalMetrics eval, Divergence divergence) {

    public boolean hasBatch() {
        return batch != null;
    }

    public boolean diverged() {
        return divergence != null;
    }

    /** Neurons h of each hidden layer. */
    public int hidden() {
        return config.hidden();
    }

    /** Hidden layers L. */
    public int layers() {
        return config.layers();
    }

    /** Neuron j of hidden layer k. */
    public NeuronState neuron(int k, int j) {
        return neurons.get(k * config.hidden() + j);
    }

    /** The neurons of hidden layer k. */
    public List<NeuronState> layerNeurons(int k) {
        int h = config.hidden();
        return neurons.subList(k * h, (k + 1) * h);
    }
}
