package dev.bnlab.experiments;

/**
 * An {@link ExperimentRun} made of training steps followed by some analysis units; subclasses say what a step
 * and an analysis unit do and how to build the result.
 */
abstract class UnitRun implements ExperimentRun {

    protected final ExperimentSettings settings;
    private final int analysisUnits;
    private int done;

    UnitRun(ExperimentSettings settings, int analysisUnits) {
        this.settings = settings;
        this.analysisUnits = analysisUnits;
    }

    @Override
    public final int plannedUnits() {
        return settings.steps() + analysisUnits;
    }

    @Override
    public final int unitsDone() {
        return done;
    }

    @Override
    public final void advance() {
        if (finished()) {
            return;
        }
        if (done < settings.steps()) {
            trainStep(done + 1);
        } else {
            analyze(done - settings.steps());
        }
        done++;
    }

    /** Training step {@code step} (1-based). */
    protected abstract void trainStep(int step);

    /** Analysis unit {@code unit} (0-based), after all training steps. */
    protected void analyze(int unit) {
    }
}
