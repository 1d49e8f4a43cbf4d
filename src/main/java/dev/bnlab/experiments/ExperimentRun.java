package dev.bnlab.experiments;

/**
 * One run of an {@link Experiment}, advanced one unit of work at a time (a training step, or the analysis at the
 * end) by one thread. {@link #result()} returns an immutable copy of everything measured so far, so a trainer
 * thread can advance and publish while the UI draws the last published result.
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
