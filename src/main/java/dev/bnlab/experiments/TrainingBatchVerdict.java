package dev.bnlab.experiments;

import dev.bnlab.core.Placement;

/** Whether a batch of a given size can be trained in training mode, and why not (issue 4 §2). */
public enum TrainingBatchVerdict {
    /** Two or more examples: BN has a mean and a variance to normalize with. */
    WORKS("Training mode works: BN normalizes each neuron with the batch's mean and variance."),
    /** One example with BN: σ² = 0, so x̂ = 0 whatever the input. */
    ZERO_VARIANCE("Batch size 1 cannot work in training mode: the batch mean μ_B is the example itself and the "
            + "batch variance σ²_B = 0, so x̂ = (x − μ_B)/√(σ²_B + ε) = 0 for every input. The BN output is β "
            + "whatever the input, the network cannot tell examples apart, and no gradient reaches W1. Use eval "
            + "mode (running statistics) for a single example, or a batch of at least 2."),
    /** One example without BN: plain SGD on one example is possible, but the app trains batches of at least 2. */
    ONE_EXAMPLE_WITHOUT_BN("Without BN one example per step is plain stochastic gradient descent and would work, "
            + "but BN Lab trains batches of at least 2 so that BN can be switched on."),
    /** No example at all. */
    EMPTY("A batch needs at least one example.");

    private final String explanation;

    TrainingBatchVerdict(String explanation) {
        this.explanation = explanation;
    }

    /** A sentence or three for the user. */
    public String explanation() {
        return explanation;
    }

    /** The verdict for training a network with this placement on batches of n examples. */
    public static TrainingBatchVerdict of(int n, Placement placement) {
        if (n < 1) {
            return EMPTY;
        }
        if (n == 1) {
            return placement.hasBatchNorm() ? ZERO_VARIANCE : ONE_EXAMPLE_WITHOUT_BN;
        }
        return WORKS;
    }
}
