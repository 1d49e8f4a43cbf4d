package dev.bnlab.runtime;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Snapshot;
import dev.bnlab.experiments.RunSpec;

/**
 * One run of an experiment as the views see it at a frame (immutable).
 *
 * @param label                legend name
 * @param spec                 the run as it was started (data, seeds and batch size shared with run 0)
 * @param hyperparams          the settings of its next step (hot changes included)
 * @param snapshot             its latest step, with the batch arrays
 * @param sharesInitialWeights whether it started from run 0's W1, b1, W2, b2
 * @param noiseStrength        noise strength of a noisy-BN run for its current step, NaN for a plain run
 */
public record RunState(String label, RunSpec spec, Hyperparams hyperparams, Snapshot snapshot,
                       boolean sharesInitialWeights, double noiseStrength) {

    public boolean noisy() {
        return !Double.isNaN(noiseStrength);
    }
}
