package dev.bnlab.scenario;

import java.util.List;

/**
 * Expected part of an {@code mlp_training} case (golden README §5).
 *
 * @param steps        one entry per batch, in order
 * @param finalParams  parameters after the last step
 * @param finalRunning running statistics after the last step, null without BN
 * @param eval         eval-mode results, null when the input has no eval_x
 */
public record MlpTrainingTrace(List<StepTrace> steps, ParameterSet finalParams, RunningStats finalRunning,
                               EvalTrace eval) implements Trace {
}
