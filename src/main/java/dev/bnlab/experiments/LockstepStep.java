package dev.bnlab.experiments;

import java.util.List;

/**
 * One step of {@link LockstepRuns}: every healthy run trained on the same batch.
 *
 * @param step 1 for the first step
 * @param runs per run, in the order the runs were given
 */
public record LockstepStep(long step, List<RunStepResult> runs) {

    public LockstepStep {
        runs = List.copyOf(runs);
    }

    public RunStepResult run(int i) {
        return runs.get(i);
    }

    /** The batch all stepped runs trained on, or null when every run had diverged. */
    public BatchRecord sharedBatch() {
        for (RunStepResult r : runs) {
            if (r.batch() != null) {
                return r.batch();
            }
        }
        return null;
    }
}
