package dev.bnlab.experiments;

import dev.bnlab.core.Dataset;
import dev.bnlab.core.EvalPass;
import dev.bnlab.core.Network;

/** The test set of a {@link Dataset} as rows, and eval-mode accuracy and loss on it. */
public final class TestSetView {

    private final double[][] rows;
    private final double[] labels;

    public TestSetView(Dataset data) {
        int m = data.testSize();
        rows = new double[m][data.inputs()];
        labels = new double[m];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < data.inputs(); k++) {
                rows[i][k] = data.testX(i, k);
            }
            labels[i] = data.testLabel(i);
        }
    }

    /** Rows x[i][k] (a copy). */
    public double[][] rows() {
        double[][] r = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            r[i] = rows[i].clone();
        }
        return r;
    }

    public int size() {
        return labels.length;
    }

    /**
     * @param accuracy fraction classified correctly in eval mode
     * @param loss     mean BCE in eval mode
     */
    public record Score(double accuracy, double loss) {
    }

    /** Eval-mode accuracy and loss of the network on these points. */
    public Score score(Network net, double eps) {
        EvalPass eval = new EvalPass();
        eval.run(net, eps, rows);
        return new Score(eval.accuracy(labels), eval.loss(labels));
    }

    /** The values entering BN of neuron j of the first hidden layer for every point, in eval mode. */
    public double[] preBn(Network net, double eps, int j) {
        EvalPass eval = new EvalPass();
        eval.run(net, eps, rows);
        double[] v = new double[rows.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = eval.preBn(0, j, i);
        }
        return v;
    }
}
