package dev.bnlab.experiments;

/**
 * One run of an {@link Experiment}, advanced one unit of work at a time (a training step, or the analysis at the
 * end). Not thread-safe: one thread (the app's engine thread) calls {@link #advance()} and {@link #result()};
 * the result is an immutable copy of everything measured so far, which that thread can publish for the UI.
 */
public interface ExperimentRun {

    /** Units of work of the whole run. */
    int plannedUnits();

    /** Units done so far. */
    int unitsDone();

    default boolean finished() {
        return unitsDone() >= plannedUnits();
    }

    /** Does the next unit of work; does nothing once finished. */
    void advance();

    /** Series and details measured so far (immutable). */
    ExperimentResult result();
}
