package dev.bnlab.scenario;

import java.util.List;

/**
 * Expected part of an {@code mlp_training} or {@code deep_mlp_training} case (docs/golden-schema.md §5, §8).
 *
 * @param deep         written in the {@code deep_mlp_training} shape (layers as lists)
 * @param steps        one entry per batch, in order
 * @param finalParams  parameters after the last step
 * @param finalRunning per hidden layer, running statistics after the last step; null without BN
 * @param eval         eval-mode results, null when the input has no eval_x
 */
public record MlpTrainingTrace(boolean deep, List<StepTrace> steps, ParameterSet finalParams,
                               List<RunningStats> finalRunning, EvalTrace eval) implements Trace {
}
