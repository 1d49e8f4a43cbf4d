package dev.bnlab.experiments;

import dev.bnlab.core.Divergence;

/**
 * What one run did in one lockstep step.
 *
 * @param label      the run's label
 * @param stepped    false when the run had already diverged and took no step
 * @param loss       batch loss at the pre-step parameters (NaN when not stepped)
 * @param accuracy   batch accuracy (NaN when not stepped)
 * @param batch      the batch this run trained on (null when not stepped)
 * @param divergence why the run stopped, or null
 */
public record RunStepResult(String label, boolean stepped, double loss, double accuracy, BatchRecord batch,
                            Divergence divergence) {
}
