package dev.bnlab.experiments;

import dev.bnlab.core.Placement;
import dev.bnlab.i18n.Messages;
import java.util.Locale;

/** Whether a batch of a given size can be trained in training mode, and why not (docs/experiments.md). */
public enum TrainingBatchVerdict {
    /** Two or more examples: BN has a mean and a variance to normalize with. */
    WORKS,
    /** One example with BN: σ² = 0, so x̂ = 0 whatever the input. */
    ZERO_VARIANCE,
    /** One example without BN: plain SGD on one example is possible, but the app trains batches of at least 2. */
    ONE_EXAMPLE_WITHOUT_BN,
    /** No example at all. */
    EMPTY;

    /** The message key of the explanation, e.g. "experiments.batch-verdict.zero-variance". */
    public String key() {
        return "experiments.batch-verdict." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A sentence or three for the user, in the current language. */
    public String explanation() {
        return Messages.get(key());
    }

    /** The explanation as a finding (worded when shown). */
    public Finding explanationFinding() {
        return Finding.of(key());
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
