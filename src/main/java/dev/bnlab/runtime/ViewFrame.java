package dev.bnlab.runtime;

import dev.bnlab.core.Dataset;
import dev.bnlab.core.DecisionGrid;
import dev.bnlab.core.HistoryTable;
import dev.bnlab.core.NeuronState;
import dev.bnlab.core.Snapshot;

/**
 * What every view draws from: one immutable snapshot (with per-element batch arrays), the step and eval
 * histories up to it, the data set, the eval-mode decision grid, and the neuron selected for detail views.
 * All numbers come from the core; views compute no model numbers of their own.
 *
 * @param snapshot       the latest step (its {@code batch} is non-null)
 * @param steps          step history (columns: {@link dev.bnlab.core.HistoryColumns})
 * @param evals          eval history (test loss/accuracy, population statistics)
 * @param dataset        training and test points
 * @param grid           eval-mode probability of class 1 over the data plane (may be null)
 * @param selectedNeuron hidden neuron chosen by the user (0-based)
 */
public record ViewFrame(Snapshot snapshot, HistoryTable steps, HistoryTable evals, Dataset dataset, DecisionGrid grid,
                        int selectedNeuron) {

    /** The hidden layer the per-neuron views show: the one whose batch arrays the snapshot holds. */
    public int shownLayer() {
        return snapshot.batch() == null ? 0 : snapshot.batch().layer();
    }

    /** Neuron j of the shown layer. */
    public NeuronState neuron(int j) {
        return snapshot.neuron(shownLayer(), j);
    }

    /** Index of neuron j of the shown layer among the neurons of all layers (the history's neuron columns). */
    public int historyNeuron(int j) {
        return shownLayer() * snapshot.hidden() + j;
    }

    public ViewFrame withSelectedNeuron(int j) {
        return new ViewFrame(snapshot, steps, evals, dataset, grid, j);
    }
}
