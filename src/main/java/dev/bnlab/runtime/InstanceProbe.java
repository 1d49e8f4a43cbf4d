package dev.bnlab.runtime;

import dev.bnlab.experiments.InstancePath;
import dev.bnlab.experiments.SingleExampleBatch;

/**
 * Single-instance inference on the live network: the selected test point's path in eval mode, and, when the user
 * asked for it, what a training step on that point alone would do (batch size 1).
 *
 * @param testPoint  index of the test point
 * @param path       its path through the network in eval mode ({@code SingleInstanceInference})
 * @param batchOfOne the batch-of-one outcome, or null when not asked for
 */
public record InstanceProbe(int testPoint, InstancePath path, SingleExampleBatch.Outcome batchOfOne) {
}
