package dev.bnlab.scenario;

import java.util.List;

/**
 * Input of kind {@code "mlp_training"} (docs/golden-schema.md §5, one hidden layer) or {@code "deep_mlp_training"}
 * (§8, L hidden layers): an SGD run of the d → h_1 → … → h_L → 1 network.
 *
 * @param deep    the file's kind is {@code deep_mlp_training}
 * @param network the architecture
 * @param bn      running-statistics rule and ε; null when the placement is {@code none}
 * @param lr      SGD learning rate
 * @param init    initial parameters (γ, β null without BN)
 * @param batches one SGD step per batch, in order
 * @param evalX   m×d inputs for eval mode after the last step, or null when the file has none
 */
public record MlpTrainingCase(boolean deep, NetworkSpec network, BnSpec bn, double lr, ParameterSet init,
                              List<TrainingBatch> batches, double[][] evalX) implements Scenario {

    public boolean hasBatchNorm() {
        return bn != null;
    }
}
