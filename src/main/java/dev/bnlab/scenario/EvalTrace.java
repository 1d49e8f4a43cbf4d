package dev.bnlab.scenario;

import java.util.List;

/**
 * Eval-mode results for {@code eval_x} (docs/golden-schema.md §3.6); preBn and bnOut are null without BN.
 *
 * @param outputProb σ(logit) per row, m
 * @param preBn      per hidden layer, v per row, m×h_k
 * @param bnOut      per hidden layer, BN_eval(v) with the running statistics, m×h_k
 */
public record EvalTrace(double[] outputProb, List<double[][]> preBn, List<double[][]> bnOut) {
}
