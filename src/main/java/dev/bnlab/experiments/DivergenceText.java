package dev.bnlab.experiments;

import dev.bnlab.core.Divergence;

/**
 * A core {@link Divergence} as a {@link Finding}, so that "loss became NaN at step 412" is worded in the language
 * current when it is shown. The core's three reasons have messages of their own; any other reason is shown as the
 * core wrote it.
 */
public final class DivergenceText {

    private DivergenceText() {
    }

    public static Finding of(Divergence d) {
        String key = switch (d.what()) {
            case "loss became NaN" -> "experiments.divergence.loss-nan";
            case "loss became infinite" -> "experiments.divergence.loss-infinite";
            case "a weight became NaN or infinite" -> "experiments.divergence.weight";
            default -> null;
        };
        Object what = key == null ? d.what() : Finding.of(key);
        return Finding.of("experiments.divergence.at-step", what, d.step());
    }
}
