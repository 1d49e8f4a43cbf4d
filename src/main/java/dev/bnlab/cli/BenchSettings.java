package dev.bnlab.cli;

import dev.bnlab.core.Activation;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;

/**
 * Validated settings of one {@code bench} run.
 *
 * @param hidden     hidden neurons h of every layer (1..64)
 * @param layers     hidden layers L (1..8)
 * @param batch      examples per step n (2..4096)
 * @param placement  BN placement
 * @param activation hidden activation
 * @param seconds    length of the timed part (split into three windows), &gt; 0
 */
public record BenchSettings(int hidden, int layers, int batch, Placement placement, Activation activation, double seconds) {

    public BenchSettings {
        if (hidden < 1 || hidden > SessionConfig.MAX_HIDDEN) {
            throw new IllegalArgumentException("--hidden must be in 1.." + SessionConfig.MAX_HIDDEN + ", got " + hidden);
        }
        if (layers < 1 || layers > SessionConfig.MAX_LAYERS) {
            throw new IllegalArgumentException("--layers must be in 1.." + SessionConfig.MAX_LAYERS + ", got " + layers);
        }
        if (batch < 2 || batch > Hyperparams.MAX_BATCH) {
            throw new IllegalArgumentException("--batch must be in 2.." + Hyperparams.MAX_BATCH + ", got " + batch);
        }
        if (!(seconds > 0) || !Double.isFinite(seconds)) {
            throw new IllegalArgumentException("--seconds must be a finite number > 0, got " + seconds);
        }
        if (placement == null || activation == null) {
            throw new IllegalArgumentException("placement and activation are required");
        }
    }

    /** Parses the command-line texts; any bad value gives an IllegalArgumentException with a one-line message. */
    public static BenchSettings parse(String hidden, String layers, String batch, String placement,
                                      String activation, String seconds) {
        return new BenchSettings(parseInt("--hidden", hidden), parseInt("--layers", layers), parseInt("--batch", batch),
                Placement.fromId(placement), Activation.fromId(activation), parseDouble("--seconds", seconds));
    }

    private static int parseInt(String option, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be an integer, got \"" + text + "\"");
        }
    }

    private static double parseDouble(String option, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, got \"" + text + "\"");
        }
    }
}
