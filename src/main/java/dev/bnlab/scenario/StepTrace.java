package dev.bnlab.scenario;

/**
 * One SGD step of an {@code mlp_training} trace (golden README §5). Without BN the members
 * preBn, batchMean, batchVar and running are null (absent from the JSON).
 *
 * @param loss        loss of the batch at the pre-step parameters
 * @param preBn       v entering BN, n×h (row = example)
 * @param batchMean   μ of preBn, h
 * @param batchVar    biased σ² of preBn, h
 * @param running     running statistics after this step's update
 * @param grads       ∂loss/∂θ at the pre-step parameters
 * @param paramsAfter parameters after this step's SGD update
 */
public record StepTrace(double loss, double[][] preBn, double[] batchMean, double[] batchVar, RunningStats running,
                        ParameterSet grads, ParameterSet paramsAfter) {
}
