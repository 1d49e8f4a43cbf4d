package dev.bnlab.export;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;

/**
 * One run of an exported experiment, with the settings of its next step (hot changes included).
 *
 * @param label         the run's label (the suffix of its CSV columns, e.g. "loss_bn")
 * @param config        network shape, activation, BN placement, data and seeds
 * @param hyperparams   learning rate, batch size, running-statistics convention and momentum, ε
 * @param noiseStrength noise strength k of a noisy-BN run, NaN for a plain run
 */
public record ExportedRun(String label, SessionConfig config, Hyperparams hyperparams, double noiseStrength) {
}
