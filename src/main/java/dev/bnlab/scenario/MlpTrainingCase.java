package dev.bnlab.scenario;

import java.util.List;

/**
 * Input of kind {@code "mlp_training"} (golden README §5): an SGD run of the d → h → 1 network.
 *
 * @param network the architecture
 * @param bn      running-statistics rule and ε; null when the placement is {@code none}
 * @param lr      SGD learning rate
 * @param init    initial parameters (γ, β null without BN)
 * @param batches one SGD step per batch, in order
 * @param evalX   m×d inputs for eval mode after the last step, or null when the file has none
 */
public record MlpTrainingCase(NetworkSpec network, BnSpec bn, double lr, ParameterSet init,
                              List<TrainingBatch> batches, double[][] evalX) implements Scenario {

    public boolean hasBatchNorm() {
        return bn != null;
    }
}
