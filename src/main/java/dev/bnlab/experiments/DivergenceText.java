package dev.bnlab.experiments;

import dev.bnlab.core.Divergence;

/**
 * A core {@link Divergence} as a {@link Finding}, so that "loss became NaN at step 412" is worded in the language
 * current when it is shown. The core's three reasons have messages of their own; any other reason is shown as the
 * core wrote it. The live lab's banner and curves word it with the same keys ({@code Finding.text()}).
 */
public final class DivergenceText {

    private DivergenceText() {
    }

    public static Finding of(Divergence d) {
        String key = switch (d.what()) {
            case Divergence.LOSS_NAN -> "experiments.divergence.loss-nan";
            case Divergence.LOSS_INFINITE -> "experiments.divergence.loss-infinite";
            case Divergence.WEIGHT_NOT_FINITE -> "experiments.divergence.weight";
            default -> null;
        };
        Object what = key == null ? d.what() : Finding.of(key);
        return Finding.of("experiments.divergence.at-step", what, d.step());
    }
}
