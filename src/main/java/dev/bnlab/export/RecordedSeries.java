package dev.bnlab.export;

import dev.bnlab.core.Activation;
import dev.bnlab.core.HistoryTable;
import dev.bnlab.core.InputTransform;
import dev.bnlab.core.Placement;
import dev.bnlab.core.TrainingSession;

/**
 * Every series a live session recorded: its step history and its eval history (the rows still held), with what
 * is needed to name the columns.
 *
 * @param hidden neurons per hidden layer
 * @param layers hidden layers
 * @param input  the input transform the data was trained with
 */
public record RecordedSeries(int hidden, int layers, InputTransform input, Placement placement,
                             Activation activation, HistoryTable steps, HistoryTable evals) {

    /** Copies the histories of a session (any thread: the histories may be read concurrently). */
    public static RecordedSeries of(TrainingSession s) {
        return new RecordedSeries(s.config().hidden(), s.config().layers(), s.config().data().input(),
                s.config().placement(), s.config().activation(), s.stepHistory().read(0), s.evalHistory().read(0));
    }
}
