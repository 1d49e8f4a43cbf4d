package dev.bnlab.experiments;

import dev.bnlab.core.Vec;
import java.util.List;

/**
 * The same batch through the network in training mode (batch statistics) and eval mode (running statistics).
 *
 * @param neurons      per hidden neuron, the BN output both ways
 * @param trainOutput  per example, p = σ(logit) in training mode
 * @param evalOutput   per example, p in eval mode
 * @param labels       per example, the label
 */
public record TrainEvalComparison(List<NeuronNormalization> neurons, Vec trainOutput, Vec evalOutput, Vec labels) {

    public TrainEvalComparison {
        neurons = List.copyOf(neurons);
    }

    /** max over examples of |p_train − p_eval|. */
    public double maxOutputDifference() {
        double m = 0;
        for (int i = 0; i < trainOutput.size(); i++) {
            m = Math.max(m, Math.abs(trainOutput.get(i) - evalOutput.get(i)));
        }
        return m;
    }

    /** mean over examples of |p_train − p_eval|. */
    public double meanOutputDifference() {
        double s = 0;
        for (int i = 0; i < trainOutput.size(); i++) {
            s += Math.abs(trainOutput.get(i) - evalOutput.get(i));
        }
        return s / trainOutput.size();
    }
}
