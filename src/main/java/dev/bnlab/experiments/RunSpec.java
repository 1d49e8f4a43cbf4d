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
 */
public record RunSpec(String label, SessionConfig config, Hyperparams hyperparams, double noiseStrength) {

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
        if (noiseStrength > 0 && !config.placement().hasBatchNorm()) {
            throw new IllegalArgumentException("run " + label
                    + ": noise is added after BN, so it needs a BN placement");
        }
    }

    /** A run without noise. */
    public static RunSpec of(String label, SessionConfig config, Hyperparams hyperparams) {
        return new RunSpec(label, config, hyperparams, 0.0);
    }

    public boolean noisy() {
        return noiseStrength > 0;
    }

    public RunSpec withConfig(SessionConfig c) {
        return new RunSpec(label, c, hyperparams, noiseStrength);
    }

    public RunSpec withHyperparams(Hyperparams hp) {
        return new RunSpec(label, config, hp, noiseStrength);
    }
}
