package dev.bnlab.export;

/**
 * One exported series: a column of the step or eval history.
 *
 * @param name        e.g. "loss" or "n2_running_var"
 * @param unit        e.g. "nats", "fraction", "v^2" (v = the value entering BN), "1" when dimensionless
 * @param neuron      hidden neuron, 1-based, or 0 for a series of the whole network
 * @param description one line saying what it is
 * @param index       column index in the history row ({@link dev.bnlab.core.HistoryColumns})
 */
public record SeriesColumn(String name, String unit, int neuron, String description, int index) {

    /** The CSV header cell, e.g. "loss [nats]". */
    public String header() {
        return name + " [" + unit + "]";
    }
}
