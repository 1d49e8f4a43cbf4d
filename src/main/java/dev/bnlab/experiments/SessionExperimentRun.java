package dev.bnlab.experiments;

import dev.bnlab.core.TrainingSession;

/**
 * An {@link ExperimentRun} that trains one network: views can probe its live session (network, data, settings)
 * from the thread that advances the run, as {@link LockstepExperimentRun} lets them reach side-by-side runs.
 */
public interface SessionExperimentRun extends ExperimentRun {

    /** The session the experiment trains (read it only; the experiment owns it). */
    TrainingSession session();
}
