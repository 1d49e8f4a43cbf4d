package dev.bnlab.core;

/**
 * Forward pass in eval mode (golden README §3.6): BN uses the running statistics and nothing is updated.
 * BN_eval(v) = γ·(v − running_mean)/√(running_var + ε) + β.
 *
 * <p>Results are neuron-major (index j·m + i). A pass keeps its buffers so repeated evaluation of the
 * same number of rows (test set, decision-boundary grid) allocates nothing.
 */
public final class EvalPass {

    private int rows;
    private double[] preBn = new double[0];
    private double[] bnOut = new double[0];
    private double[] logits = new double[0];

    /** Evaluates rows of a feature-major data set x[k·m + i] (d × m). */
    public void run(Network net, double eps, double[] featureMajor, int m) {
        final int h = net.hidden;
        final int d = net.inputs;
        ensure(h, m);
        rows = m;
        final double[] w1 = net.w1.data;
        final double[] b1 = net.b1.data;
        java.util.Arrays.fill(logits, 0, m, net.b2.data[0]);
        for (int j = 0; j < h; j++) {
            final int off = j * m;
            final double mean = net.runningMean.data[j];
            // invStd = 1/√(running_var + ε)
            final double inv = 1.0 / Math.sqrt(net.runningVar.data[j] + eps);
            final double g = net.gamma.data[j];
            final double b = net.beta.data[j];
            final double w2j = net.w2.data[j];
            for (int i = 0; i < m; i++) {
                // z = W1·x + b1
                double zi = b1[j];
                for (int k = 0; k < d; k++) {
                    zi += w1[j * d + k] * featureMajor[k * m + i];
                }
                double a;
                switch (net.placement) {
                    case BEFORE: {
                        double u = g * (zi - mean) * inv + b;
                        preBn[off + i] = zi;
                        bnOut[off + i] = u;
                        a = net.activation.apply(u);
                        break;
                    }
                    case AFTER: {
                        double v = net.activation.apply(zi);
                        preBn[off + i] = v;
                        a = g * (v - mean) * inv + b;
                        bnOut[off + i] = a;
                        break;
                    }
                    default:
                        preBn[off + i] = zi;
                        a = net.activation.apply(zi);
                        bnOut[off + i] = a;
                        break;
                }
                logits[i] += w2j * a;
            }
        }
    }

    /** Evaluates rows given as x[i][k]. */
    public void run(Network net, double eps, double[][] x) {
        int m = x.length;
        double[] fm = new double[net.inputs * m];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < net.inputs; k++) {
                fm[k * m + i] = x[i][k];
            }
        }
        run(net, eps, fm, m);
    }

    private void ensure(int h, int m) {
        if (logits.length < m) {
            logits = new double[m];
        }
        if (preBn.length < h * m) {
            preBn = new double[h * m];
            bnOut = new double[h * m];
        }
    }

    public int rows() {
        return rows;
    }

    public double logit(int i) {
        return logits[i];
    }

    /** p = σ(o). */
    public double probability(int i) {
        return 1.0 / (1.0 + Math.exp(-logits[i]));
    }

    /** v entering BN (z for "before" and "none", act(z) for "after"), neuron j, row i. */
    public double preBn(int j, int i) {
        return preBn[j * rows + i];
    }

    /** BN_eval(v) (for "none": act(z)), neuron j, row i. */
    public double bnOut(int j, int i) {
        return bnOut[j * rows + i];
    }

    /** Mean BCE on logits against labels y[0..m). */
    public double loss(double[] labels) {
        double s = 0.0;
        for (int i = 0; i < rows; i++) {
            double o = logits[i];
            s += Math.max(o, 0.0) - o * labels[i] + Math.log(1.0 + Math.exp(-Math.abs(o)));
        }
        return s / rows;
    }

    /** Fraction of rows with (o ≥ 0) == (label = 1). */
    public double accuracy(double[] labels) {
        int c = 0;
        for (int i = 0; i < rows; i++) {
            if ((logits[i] >= 0) == (labels[i] > 0.5)) {
                c++;
            }
        }
        return (double) c / rows;
    }
}
