package dev.bnlab.scenario;

import java.util.List;

/**
 * One SGD step of a training trace (docs/golden-schema.md §5, §8). Without BN {@code layers} is null (its members
 * are absent from the JSON).
 *
 * @param loss        loss of the batch at the pre-step parameters
 * @param layers      per hidden layer: the values entering BN, their batch statistics and the running statistics
 * @param grads       ∂loss/∂θ at the pre-step parameters
 * @param paramsAfter parameters after this step's SGD update
 */
public record StepTrace(double loss, List<LayerStep> layers, ParameterSet grads, ParameterSet paramsAfter) {

    /**
     * BN of one hidden layer in one step.
     *
     * @param preBn     v entering BN, n×h (row = example)
     * @param batchMean μ of preBn, h
     * @param batchVar  biased σ² of preBn, h
     * @param running   running statistics after this step's update
     */
    public record LayerStep(double[][] preBn, double[] batchMean, double[] batchVar, RunningStats running) {
    }
}
