package dev.bnlab.core;

import java.util.Arrays;

/**
 * Everything a {@link TrainingSession} carries from one step to the next beyond its settings: with it, a fresh
 * session of the same {@link SessionConfig} continues bit for bit where the captured one was
 * ({@link TrainingSession#captureState()}, {@link TrainingSession#restoreState(SessionState)}).
 *
 * @param step           steps done
 * @param runningUpdates running-statistics updates done (the n of the cumulative convention's 1/n)
 * @param parameters     W, b, γ, β of every hidden layer, W_out, b_out
 * @param runningMean    per hidden neuron of every layer, layer by layer
 * @param runningVar     per hidden neuron of every layer, layer by layer
 * @param sampler        position in the mini-batch order
 * @param divergence     why training stopped, or null
 * @param stepHistory    every kept row of the step history (columns: {@link HistoryColumns})
 * @param evalHistory    every kept row of the eval history; its last row is the latest evaluation
 */
public record SessionState(long step, long runningUpdates, Parameters parameters, Vec runningMean, Vec runningVar,
                           SamplerState sampler, Divergence divergence, HistoryTable stepHistory,
                           HistoryTable evalHistory) {

    public SessionState {
        if (step < 0 || runningUpdates < 0) {
            throw new IllegalArgumentException("step and runningUpdates must be ≥ 0, got " + step + " and "
                    + runningUpdates);
        }
        if (parameters == null || runningMean == null || runningVar == null || sampler == null
                || stepHistory == null || evalHistory == null) {
            throw new IllegalArgumentException("parameters, running statistics, sampler and histories are required");
        }
    }

    /** Null when this state fits a session of {@code config}, else the first mismatch in words. */
    public String mismatch(SessionConfig config) {
        int h = config.hidden();
        int layers = config.layers();
        if (parameters.depth() != layers) {
            return "the parameters are for " + parameters.depth() + " hidden layers, the settings say " + layers;
        }
        int fanIn = 2;
        for (int k = 0; k < layers; k++) {
            LayerParameters p = parameters.layer(k);
            if (p.width() != h) {
                return "the parameters are for " + p.width() + " hidden neurons, the settings say " + h;
            }
            if (p.fanIn() != fanIn) {
                return "the parameter arrays do not have the shapes of a 2 → " + h + " → 1 network";
            }
            fanIn = h;
        }
        if (parameters.inputs() != 2 || parameters.outW().size() != h) {
            return "the parameter arrays do not have the shapes of a 2 → " + h + " → 1 network";
        }
        int neurons = config.neuronCount();
        if (runningMean.size() != neurons || runningVar.size() != neurons) {
            return "the running statistics must have " + neurons + " entries";
        }
        if (sampler.order().length != config.data().trainSize()) {
            return "the sampler order has " + sampler.order().length + " indices, the training set "
                    + config.data().trainSize() + " points";
        }
        if (stepHistory.width() != HistoryColumns.stepWidth(neurons)) {
            return "the step history has " + stepHistory.width() + " columns, expected "
                    + HistoryColumns.stepWidth(neurons);
        }
        if (evalHistory.width() != HistoryColumns.evalWidth(neurons)) {
            return "the eval history has " + evalHistory.width() + " columns, expected "
                    + HistoryColumns.evalWidth(neurons);
        }
        String rows = rowsProblem("step", stepHistory);
        if (rows == null) {
            rows = rowsProblem("eval", evalHistory);
        }
        if (rows != null) {
            return rows;
        }
        if (stepHistory.endRow() != step) {
            return "the step history has " + stepHistory.endRow() + " rows, but " + step + " steps were done";
        }
        return null;
    }

    /** A history must hold its newest min(endRow, capacity) rows and no more than endRow. */
    private static String rowsProblem(String name, HistoryTable t) {
        long need = Math.min(t.endRow(), TrainingSession.HISTORY_CAPACITY);
        if (t.rows() > t.endRow() || t.rows() < need) {
            return "the " + name + " history counts " + t.endRow() + " rows but holds " + t.rows()
                    + " (expected " + need + ")";
        }
        if (t.values().length < (long) t.rows() * t.width()) {
            return "the " + name + " history holds fewer values than rows × columns";
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionState s && step == s.step && runningUpdates == s.runningUpdates
                && parameters.equals(s.parameters) && runningMean.equals(s.runningMean)
                && runningVar.equals(s.runningVar) && sampler.equals(s.sampler)
                && java.util.Objects.equals(divergence, s.divergence) && sameRows(stepHistory, s.stepHistory)
                && sameRows(evalHistory, s.evalHistory);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(step, runningUpdates, parameters, runningMean, runningVar, sampler);
    }

    /** Same rows, bit for bit (NaN equals NaN), ignoring the unused tail of the arrays. */
    private static boolean sameRows(HistoryTable a, HistoryTable b) {
        int len = a.rows() * a.width();
        return a.endRow() == b.endRow() && a.width() == b.width() && a.rows() == b.rows()
                && Arrays.equals(a.values(), 0, len, b.values(), 0, len);
    }
}
