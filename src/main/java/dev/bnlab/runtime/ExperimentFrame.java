package dev.bnlab.runtime;

import dev.bnlab.core.Dataset;
import dev.bnlab.core.DecisionGrid;
import dev.bnlab.experiments.ExperimentKind;
import dev.bnlab.experiments.ExperimentResult;
import dev.bnlab.experiments.ExperimentSettings;
import dev.bnlab.i18n.Messages;
import java.util.List;
import java.util.Optional;

/**
 * Everything the experiment views draw from at one moment, published by the experiment thread (immutable).
 *
 * @param choice       the experiment
 * @param settings     its steps and seed
 * @param result       every series and detail measured so far (the experiments package's own result)
 * @param unitsDone    units of work done (training steps, then analysis units)
 * @param plannedUnits units of the whole run
 * @param playing      whether the experiment is playing
 * @param note         a short status note ("" for none)
 * @param options      the user's options this frame was built with
 * @param runs         the live runs (one for the single-network experiments)
 * @param dataset      the data set (null when there are no runs)
 * @param grid         eval-mode decision surface of the probed network, or null
 * @param probes       kind-specific live measurements ({@link InstanceProbe}, {@link ShiftProbe},
 *                     {@link CouplingProbe})
 * @param generation   incremented whenever the experiment restarts
 */
public record ExperimentFrame(ExperimentChoice choice, ExperimentSettings settings, ExperimentResult result,
                              int unitsDone, int plannedUnits, boolean playing, String note,
                              ExperimentOptions options, List<RunState> runs, Dataset dataset, DecisionGrid grid,
                              List<Object> probes, long generation) {

    public ExperimentFrame {
        runs = List.copyOf(runs);
        probes = List.copyOf(probes);
    }

    /** Training steps taken (all runs of a side-by-side experiment take them together). */
    public int trainingStep() {
        return Math.min(unitsDone, settings.steps());
    }

    public boolean finished() {
        return unitsDone >= plannedUnits;
    }

    /** Analysis units after training (sweeps over shifts, scale factors, ...). */
    public int analysisUnits() {
        return plannedUnits - settings.steps();
    }

    public ExperimentKind kind() {
        return choice.kind();
    }

    /** "step 120 / 300", then "analysis 3 / 17", then "done", in the current language. */
    public String progressText() {
        String s = Messages.format("experiments.ui.progress.step", Integer.toString(trainingStep()), Integer.toString(settings.steps()));
        if (analysisUnits() > 0 && unitsDone > settings.steps()) {
            s += " · " + Messages.format("experiments.ui.progress.analysis", Integer.toString(unitsDone - settings.steps()),
                    Integer.toString(analysisUnits()));
        }
        return finished() ? s + " · " + Messages.format("experiments.ui.progress.done") : s;
    }

    /** The first probe of this type, if any. */
    public <T> Optional<T> probe(Class<T> type) {
        return probes.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The selected neuron, clamped to the network's size. */
    public int neuron() {
        int h = runs.isEmpty() ? 1 : runs.get(0).snapshot().hidden();
        return Math.max(0, Math.min(h - 1, options.neuron()));
    }
}
