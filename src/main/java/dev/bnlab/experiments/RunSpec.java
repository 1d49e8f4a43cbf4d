package dev.bnlab.experiments;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import java.util.regex.Pattern;

/**
 * One run of a side-by-side experiment.
 *
 * @param label         short name, used in legends and CSV column names (letters, digits, '_', '.', '-')
 * @param config        structural settings (network shape, activation, BN placement, data, seeds)
 * @param hyperparams   learning rate, batch size, running-statistics convention and momentum, ε
 * @param noiseStrength 0 for a plain run; in (0, 1] adds {@link NoisyBatchNorm} noise after BN (needs BN)
 * @param restLearningRate learning rate of γ, β and the output layer when it differs from the hidden layers'
 *                      W and b (the split learning rate of docs/experiments.md); NaN: the same
 */
public record RunSpec(String label, SessionConfig config, Hyperparams hyperparams, double noiseStrength,
                      double restLearningRate) {

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_.\\-]+");

    public RunSpec {
        if (label == null || !LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException("run label \"" + label
                    + "\" must use only letters, digits, '_', '.', '-'");
        }
        if (config == null || hyperparams == null) {
            throw new IllegalArgumentException("run " + label + " needs a config and hyperparameters");
        }
        if (!(noiseStrength >= 0 && noiseStrength <= 1)) {
            throw new IllegalArgumentException("noise strength must be in [0, 1], got " + noiseStrength);
        }
        if (!Double.isNaN(restLearningRate) && !(restLearningRate > 0 && Double.isFinite(restLearningRate))) {
            throw new IllegalArgumentException("run " + label + ": the learning rate of γ, β and the output layer "
                    + "must be a finite number > 0, got " + restLearningRate);
        }
        if (noiseStrength > 0 && !config.placement().hasBatchNorm()) {
            throw new IllegalArgumentException("run " + label
                    + ": noise is added after BN, so it needs a BN placement");
        }
    }

    /** A run with noise after BN and one learning rate. */
    public RunSpec(String label, SessionConfig config, Hyperparams hyperparams, double noiseStrength) {
        this(label, config, hyperparams, noiseStrength, Double.NaN);
    }

    /** A run without noise. */
    public static RunSpec of(String label, SessionConfig config, Hyperparams hyperparams) {
        return new RunSpec(label, config, hyperparams, 0.0);
    }

    /**
     * A run whose hidden layers' W and b train at the hyperparameters' learning rate and γ, β and the output
     * layer at {@code restLearningRate}.
     */
    public static RunSpec split(String label, SessionConfig config, Hyperparams hyperparams, double restLearningRate) {
        return new RunSpec(label, config, hyperparams, 0.0, restLearningRate);
    }

    public boolean noisy() {
        return noiseStrength > 0;
    }

    public RunSpec withConfig(SessionConfig c) {
        return new RunSpec(label, c, hyperparams, noiseStrength, restLearningRate);
    }

    public RunSpec withHyperparams(Hyperparams hp) {
        return new RunSpec(label, config, hp, noiseStrength, restLearningRate);
    }
}
