package dev.bnlab.experiments;

/**
 * An {@link ExperimentRun} built on {@link LockstepRuns}: views can reach the live sessions (snapshots,
 * decision grids), the hot settings of each run and the noise strength of a noisy run through {@link #lockstep()}
 * (from the thread that advances the run).
 */
public interface LockstepExperimentRun extends ExperimentRun {

    LockstepRuns lockstep();
}
