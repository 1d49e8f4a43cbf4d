package dev.bnlab.core;

/**
 * Forward pass in eval mode (golden README §3.6): BN uses the running statistics and nothing is updated.
 * BN_eval(v) = γ·(v − running_mean)/√(running_var + ε) + β.
 *
 * <p>Results are neuron-major (index j·m + i). A pass keeps its buffers so repeated evaluation of the
 * same number of rows (test set, decision-boundary grid) allocates nothing.
 */
public final class EvalPass {

    /** Mean BCE and accuracy of one evaluation. */
    public record Score(double loss, double accuracy) {
    }

    private int rows;
    /** Per layer k, neuron-major (j·m + i): v entering BN, BN_eval(v) (act(z) without BN), and the layer output. */
    private double[][] preBn = new double[0][];
    private double[][] bnOut = new double[0][];
    private double[][] output = new double[0][];
    private double[] logits = new double[0];

    /** Evaluates rows of a feature-major data set x[k·m + i] (d × m). */
    public void run(Network net, double eps, double[] featureMajor, int m) {
        ensure(net, m);
        rows = m;
        java.util.Arrays.fill(logits, 0, m, net.outB.data[0]);
        double[] in = featureMajor;
        for (int k = 0; k < net.depth(); k++) {
            runLayer(net, k, eps, in, m);
            in = output[k];
        }
    }

    /** One hidden layer on neuron-major input rows in[i′·m + i]; the last one accumulates the logits. */
    private void runLayer(Network net, int k, double eps, double[] in, int m) {
        final HiddenLayer layer = net.layer(k);
        final boolean last = k == net.depth() - 1;
        final int h = layer.width;
        final int d = layer.fanIn;
        final double[] w = layer.w.data;
        final double[] bias = layer.b.data;
        final double[] pre = preBn[k];
        final double[] bo = bnOut[k];
        final double[] out = output[k];
        for (int j = 0; j < h; j++) {
            final int off = j * m;
            final double mean = layer.runningMean.data[j];
            // invStd = 1/√(running_var + ε)
            final double inv = 1.0 / Math.sqrt(layer.runningVar.data[j] + eps);
            final double g = layer.gamma.data[j];
            final double b = layer.beta.data[j];
            final double wOut = last ? net.outW.data[j] : 0.0;
            for (int i = 0; i < m; i++) {
                // z = W·a_{k−1} + b
                double zi = bias[j];
                for (int p = 0; p < d; p++) {
                    zi += w[j * d + p] * in[p * m + i];
                }
                double a;
                switch (net.placement) {
                    case BEFORE: {
                        double u = g * (zi - mean) * inv + b;
                        pre[off + i] = zi;
                        bo[off + i] = u;
                        a = net.activation.apply(u);
                        break;
                    }
                    case AFTER: {
                        double v = net.activation.apply(zi);
                        pre[off + i] = v;
                        a = g * (v - mean) * inv + b;
                        bo[off + i] = a;
                        break;
                    }
                    default:
                        pre[off + i] = zi;
                        a = net.activation.apply(zi);
                        bo[off + i] = a;
                        break;
                }
                out[off + i] = a;
                if (last) {
                    logits[i] += wOut * a;
                }
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

    private void ensure(Network net, int m) {
        if (logits.length < m) {
            logits = new double[m];
        }
        int depth = net.depth();
        if (preBn.length != depth) {
            preBn = new double[depth][0];
            bnOut = new double[depth][0];
            output = new double[depth][0];
        }
        for (int k = 0; k < depth; k++) {
            int size = net.layer(k).width * m;
            if (preBn[k].length < size) {
                preBn[k] = new double[size];
                bnOut[k] = new double[size];
                output[k] = new double[size];
            }
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

    /** v entering BN (z for "before" and "none", act(z) for "after"), layer k, neuron j, row i. */
    public double preBn(int k, int j, int i) {
        return preBn[k][j * rows + i];
    }

    /** BN_eval(v) (for "none": act(z)), layer k, neuron j, row i. */
    public double bnOut(int k, int j, int i) {
        return bnOut[k][j * rows + i];
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
