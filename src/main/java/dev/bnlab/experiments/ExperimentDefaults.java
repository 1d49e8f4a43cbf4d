package dev.bnlab.experiments;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;

/**
 * The settings every experiment starts from: the app's defaults (XOR, 2048/512 points, 3 sigmoid hidden
 * neurons, BN before the activation, learning rate 1, batch 32, Keras momentum 0.9, ε = 10⁻³) with the
 * experiment's seed in all three seed slots.
 */
public final class ExperimentDefaults {

    /** Training steps of every built-in experiment unless the user asks for others. */
    public static final int STEPS = 300;

    private ExperimentDefaults() {
    }

    public static SessionConfig config(long seed) {
        return SessionConfig.defaults().withSeed(seed);
    }

    public static Hyperparams hyperparams() {
        return Hyperparams.defaults();
    }
}
