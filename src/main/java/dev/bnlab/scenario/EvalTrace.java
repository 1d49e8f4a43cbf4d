package dev.bnlab.scenario;

/**
 * Eval-mode results for {@code eval_x} (golden README §3.6); preBn and bnOut are null without BN.
 *
 * @param outputProb σ(logit) per row, m
 * @param preBn      v per row, m×h
 * @param bnOut      BN_eval(v) with the running statistics, m×h
 */
public record EvalTrace(double[] outputProb, double[][] preBn, double[][] bnOut) {
}
