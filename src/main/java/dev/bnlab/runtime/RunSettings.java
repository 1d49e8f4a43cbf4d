package dev.bnlab.runtime;

import dev.bnlab.core.Convention;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.experiments.ExperimentDefaults;
import dev.bnlab.experiments.RunSpec;

/**
 * The settings of one run of a user-built side-by-side experiment that the user can edit: the rest (data,
 * network shape, batch size, ε) are the app's defaults, shared by all runs.
 *
 * @param label        legend name (letters, digits, '_', '.', '-')
 * @param placement    BN placement (structural: changing it restarts the runs)
 * @param learningRate η (hot)
 * @param convention   running-statistics convention (hot)
 * @param momentum     running-statistics momentum (hot)
 */
public record RunSettings(String label, Placement placement, double learningRate, Convention convention,
                          double momentum) {

    /** The editable part of a run of a built-in pairing. */
    public static RunSettings of(RunSpec spec) {
        Hyperparams hp = spec.hyperparams();
        return new RunSettings(spec.label(), spec.config().placement(), hp.learningRate(), hp.convention(),
                hp.momentum());
    }

    /** The run for a seed: the app's defaults with these settings. */
    public RunSpec spec(long seed) {
        SessionConfig c = ExperimentDefaults.config(seed).withPlacement(placement);
        return RunSpec.of(label, c, hyperparams());
    }

    /** The hot settings, with the default batch size and ε. */
    public Hyperparams hyperparams() {
        return ExperimentDefaults.hyperparams().withLearningRate(learningRate).withConvention(convention)
                .withMomentum(momentum);
    }

    public RunSettings withLabel(String l) {
        return new RunSettings(l, placement, learningRate, convention, momentum);
    }

    public RunSettings withPlacement(Placement p) {
        return new RunSettings(label, p, learningRate, convention, momentum);
    }

    public RunSettings withLearningRate(double lr) {
        return new RunSettings(label, placement, lr, convention, momentum);
    }

    public RunSettings withConvention(Convention c) {
        return new RunSettings(label, placement, learningRate, c, momentum);
    }

    public RunSettings withMomentum(double m) {
        return new RunSettings(label, placement, learningRate, convention, m);
    }
}
