package dev.bnlab.experiments;

import dev.bnlab.core.Vec;

/**
 * One neuron of a batch normalized two ways: with the batch's own statistics (training mode) and with the
 * running (population) statistics (eval mode).
 *
 * @param batchMean          μ_B of the values entering BN
 * @param batchVar           σ²_B (biased)
 * @param runningMean        running mean
 * @param runningVar         running variance
 * @param preBn              per example, the value v entering BN
 * @param withBatchStats     per example, γ·(v − μ_B)/√(σ²_B + ε) + β
 * @param withPopulationStats per example, γ·(v − running_mean)/√(running_var + ε) + β
 */
public record NeuronNormalization(double batchMean, double batchVar, double runningMean, double runningVar, Vec preBn,
                                  Vec withBatchStats, Vec withPopulationStats) {

    /** max over examples of |with batch stats − with population stats|. */
    public double maxDifference() {
        double m = 0;
        for (int i = 0; i < preBn.size(); i++) {
            m = Math.max(m, Math.abs(withBatchStats.get(i) - withPopulationStats.get(i)));
        }
        return m;
    }
}
