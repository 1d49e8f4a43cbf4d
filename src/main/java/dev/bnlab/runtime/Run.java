package dev.bnlab.runtime;

/**
 * What the {@link RunEngine} advances and shows: the live lab's training session, or an experiment (one network or
 * several in lockstep). The engine thread owns it: every method runs there, between units of work.
 *
 * @param <F> the immutable frame it publishes for the views
 */
public interface Run<F> {

    /** Does one unit of work (a training step, or an analysis unit); false when there was nothing to do. */
    boolean advance();

    /** Whether playing must stop: the run has finished or diverged. */
    boolean stopped();

    /** Back to step 0 with the same settings. */
    void reset();

    /** Play was pressed: a finished experiment starts over; the live lab does nothing. */
    default void beforePlay() {
    }

    /** A unit of work threw: remember why for the next frame (the engine has paused the run). */
    void failed(RuntimeException e);

    /** An immutable picture of the current state, built on the engine thread. */
    F frame(RunStatus status);
}
