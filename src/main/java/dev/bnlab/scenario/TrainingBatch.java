package dev.bnlab.scenario;

/** One SGD step's batch: x is n×d (row = example), y holds n labels 0 or 1; n ≥ 2. */
public record TrainingBatch(double[][] x, double[] y) {

    public int size() {
        return x.length;
    }
}
