package dev.bnlab.experiments;

import dev.bnlab.core.Network;
import java.util.Arrays;

/** The inputs and labels of one mini-batch, copied out of a network (immutable). */
public final class BatchRecord {

    private final int inputs;
    /** x[i·d + k] = feature k of example i. */
    private final double[] x;
    private final double[] labels;

    private BatchRecord(int inputs, double[] x, double[] labels) {
        this.inputs = inputs;
        this.x = x;
        this.labels = labels;
    }

    /** The batch the network's last forward pass used. */
    public static BatchRecord copyFrom(Network net) {
        int n = net.batchSize();
        int d = net.inputs;
        double[] x = new double[n * d];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                x[i * d + k] = net.batchInput(i, k);
            }
            y[i] = net.batchLabel(i);
        }
        return new BatchRecord(d, x, y);
    }

    /** A batch from rows x[i][k] and labels y[i] (copied). */
    public static BatchRecord of(double[][] rows, double[] y) {
        if (rows.length != y.length || rows.length == 0) {
            throw new IllegalArgumentException("a batch needs as many labels as rows, and at least one row");
        }
        int d = rows[0].length;
        double[] x = new double[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != d) {
                throw new IllegalArgumentException("every row needs " + d + " features");
            }
            System.arraycopy(rows[i], 0, x, i * d, d);
        }
        return new BatchRecord(d, x, y.clone());
    }

    public int size() {
        return labels.length;
    }

    public int inputs() {
        return inputs;
    }

    public double x(int i, int k) {
        return x[i * inputs + k];
    }

    public double label(int i) {
        return labels[i];
    }

    /** Rows x[i][k] (a copy). */
    public double[][] rows() {
        double[][] r = new double[labels.length][inputs];
        for (int i = 0; i < labels.length; i++) {
            System.arraycopy(x, i * inputs, r[i], 0, inputs);
        }
        return r;
    }

    /** Labels (a copy). */
    public double[] labels() {
        return labels.clone();
    }

    /** Loads this batch into a network (its forward pass will use it). */
    public void loadInto(Network net) {
        net.loadBatch(rows(), labels);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BatchRecord b && b.inputs == inputs && Arrays.equals(b.x, x)
                && Arrays.equals(b.labels, labels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return "BatchRecord[n=" + labels.length + ", d=" + inputs + "]";
    }
}
