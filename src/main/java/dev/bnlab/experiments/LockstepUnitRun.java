package dev.bnlab.experiments;

import dev.bnlab.core.Network;
import java.util.List;

/**
 * The run scaffolding of the side-by-side experiments: a {@link UnitRun} over {@link LockstepRuns} that exposes
 * them to views ({@link #lockstep()}), with the run labels, pre-step network copies and the run lineup that
 * their steps and results need.
 */
abstract class LockstepUnitRun extends UnitRun implements LockstepExperimentRun {

    protected final LockstepRuns runs;

    LockstepUnitRun(ExperimentSettings settings, int analysisUnits, LockstepRuns runs) {
        super(settings, analysisUnits);
        this.runs = runs;
    }

    @Override
    public final LockstepRuns lockstep() {
        return runs;
    }

    /** The runs' labels, in run order. */
    protected final List<String> labels() {
        return runs.specs().stream().map(RunSpec::label).toList();
    }

    /** Copies of every run's network as it is now (before the next step), in run order. */
    protected final Network[] networkCopies() {
        Network[] copies = new Network[runs.size()];
        for (int i = 0; i < copies.length; i++) {
            copies[i] = runs.session(i).network().copy();
        }
        return copies;
    }

    /** The result detail naming the runs. */
    protected final RunLineup lineup() {
        return new RunLineup(runs.specs());
    }
}
