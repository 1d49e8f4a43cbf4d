package dev.bnlab.runtime;

import dev.bnlab.core.Dataset;
import dev.bnlab.core.DecisionGrid;
import dev.bnlab.core.HistoryTable;
import dev.bnlab.core.Snapshot;

/**
 * One published frame of a live run: everything is immutable and belongs to the same step.
 *
 * @param snapshot     the latest step with per-element batch arrays
 * @param steps        step history up to that step
 * @param evals        eval history up to that step
 * @param dataset      the points
 * @param grid         eval-mode decision surface after that step
 * @param generation   increases whenever the session is rebuilt or reset
 * @param stepsPerSecond measured training speed
 * @param playing      whether the run is playing
 * @param status       the last rebuild/reset/error, as data (worded in the current language by {@link #note()})
 */
public record LiveFrame(Snapshot snapshot, HistoryTable steps, HistoryTable evals, Dataset dataset, DecisionGrid grid,
                        long generation, double stepsPerSecond, boolean playing, StatusNote status) {

    /** The one-line status in the current language, e.g. "Rebuilt from seed 1: BN placement changed" (may be empty). */
    public String note() {
        return status.text();
    }
}
