package dev.bnlab.export;

import dev.bnlab.core.Activation;
import dev.bnlab.core.HistoryTable;
import dev.bnlab.core.Placement;
import dev.bnlab.core.TrainingSession;

/**
 * Every series a live session recorded: its step history and its eval history (the rows still held), with what
 * is needed to name the columns.
 */
public record RecordedSeries(int hidden, Placement placement, Activation activation, HistoryTable steps,
                             HistoryTable evals) {

    /** Copies the histories of a session (any thread: the histories may be read concurrently). */
    public static RecordedSeries of(TrainingSession s) {
        return new RecordedSeries(s.config().hidden(), s.config().placement(), s.config().activation(),
                s.stepHistory().read(0), s.evalHistory().read(0));
    }
}
