package dev.bnlab.experiments;

import dev.bnlab.core.Placement;
import java.util.List;

/**
 * A single input's path through the network in eval mode, with every intermediate number (docs/experiments.md).
 *
 * @param x           the input (x0, x1)
 * @param label       its label, or NaN when unknown
 * @param placement   where BN sits
 * @param eps         ε used
 * @param neurons     per hidden neuron
 * @param outputBias  b2
 * @param logit       o = Σ_j W2[j]·a_j + b2
 * @param probability p = σ(o)
 */
public record InstancePath(double[] x, double label, Placement placement, double eps, List<NeuronPath> neurons,
                           double outputBias, double logit, double probability) {

    public InstancePath {
        x = x.clone();
        neurons = List.copyOf(neurons);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    /** Predicted class: 1 when p ≥ 0.5. */
    public int predictedClass() {
        return logit >= 0 ? 1 : 0;
    }
}
