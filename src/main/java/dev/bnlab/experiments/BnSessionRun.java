package dev.bnlab.experiments;

import dev.bnlab.core.Placement;
import dev.bnlab.core.TrainingSession;

/**
 * The run scaffolding of the one-network experiments: a {@link UnitRun} that trains one session from the
 * experiment defaults with BN before the activation, one {@link TrainingSession#advance()} per training step; the
 * app probes that session live ({@link SessionExperimentRun}).
 */
abstract class BnSessionRun extends UnitRun implements SessionExperimentRun {

    protected final TrainingSession session;

    BnSessionRun(ExperimentSettings settings, int analysisUnits) {
        super(settings, analysisUnits);
        session = new TrainingSession(ExperimentDefaults.config(settings.seed()).withPlacement(Placement.BEFORE),
                ExperimentDefaults.hyperparams());
    }

    @Override
    public TrainingSession session() {
        return session;
    }

    @Override
    protected void trainStep(int step) {
        session.advance();
    }
}
