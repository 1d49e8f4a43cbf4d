package dev.bnlab.scenario;

import dev.bnlab.core.RunningStatsRule;

/**
 * {@code input.bn}: how running statistics follow the batch (convention and momentum) and the ε used in
 * training and eval normalization.
 */
public record BnSpec(RunningStatsRule rule, double eps) {
}
