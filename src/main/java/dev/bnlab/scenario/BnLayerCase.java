package dev.bnlab.scenario;

import dev.bnlab.core.RunningStatsRule;
import java.util.List;

/**
 * Input of kind {@code "bn_layer"} (docs/golden-schema.md §4): one batch through one BN layer.
 *
 * @param x               the batch, n×h (row = example, column = feature)
 * @param gamma           scale γ, h
 * @param beta            shift β, h
 * @param eps             ε added to the variance, &gt; 0
 * @param dy              upstream gradient ∂L/∂y, n×h
 * @param runningMeanInit running mean before the batch, h
 * @param runningVarInit  running variance before the batch, h
 * @param runningUpdates  independent running-statistics updates, each applied once to the initial values
 */
public record BnLayerCase(double[][] x, double[] gamma, double[] beta, double eps, double[][] dy,
                          double[] runningMeanInit, double[] runningVarInit,
                          List<RunningStatsRule> runningUpdates) implements Scenario {

    /** Number of features h. */
    public int features() {
        return gamma.length;
    }
}
