package dev.bnlab.experiments;

import dev.bnlab.core.Placement;

/**
 * A second, deliberately plain implementation of the training-mode loss of the d → h → 1 sigmoid MLP, written
 * from the formulas (docs/golden-schema.md §3) with loops over examples, for checking the experiments' numbers.
 * Parameters are a flat θ in {@link ParameterVector} order. Optional noise after BN: y′ = s[j][i]·y + m[j][i].
 */
final class ReferenceMlp {

    final int d;
    final int h;
    final Placement placement;
    final double eps;
    double[][] noiseScale;
    double[][] noiseShift;

    ReferenceMlp(int d, int h, Placement placement, double eps) {
        this.d = d;
        this.h = h;
        this.placement = placement;
        this.eps = eps;
    }

    int size() {
        return h * d + h + (placement == Placement.NONE ? 0 : 2 * h) + h + 1;
    }

    static double sigmoid(double t) {
        return 1.0 / (1.0 + Math.exp(-t));
    }

    /** Mean BCE of the batch in training mode at θ. */
    double loss(double[] theta, double[][] x, double[] y) {
        int n = x.length;
        int o = 0;
        double[][] w1 = new double[h][d];
        for (int j = 0; j < h; j++) {
            for (int k = 0; k < d; k++) {
                w1[j][k] = theta[o++];
            }
        }
        double[] b1 = new double[h];
        for (int j = 0; j < h; j++) {
            b1[j] = theta[o++];
        }
        double[] gamma = new double[h];
        double[] beta = new double[h];
        if (placement != Placement.NONE) {
            for (int j = 0; j < h; j++) {
                gamma[j] = theta[o++];
            }
            for (int j = 0; j < h; j++) {
                beta[j] = theta[o++];
            }
        }
        double[] w2 = new double[h];
        for (int j = 0; j < h; j++) {
            w2[j] = theta[o++];
        }
        double b2 = theta[o];
        double[] logits = new double[n];
        for (int i = 0; i < n; i++) {
            logits[i] = b2;
        }
        for (int j = 0; j < h; j++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                double z = b1[j];
                for (int k = 0; k < d; k++) {
                    z += w1[j][k] * x[i][k];
                }
                v[i] = placement == Placement.AFTER ? sigmoid(z) : z;
            }
            double[] a = new double[n];
            if (placement == Placement.NONE) {
                for (int i = 0; i < n; i++) {
                    a[i] = sigmoid(v[i]);
                }
            } else {
                double mu = 0;
                for (double t : v) {
                    mu += t;
                }
                mu /= n;
                double var = 0;
                for (double t : v) {
                    var += (t - mu) * (t - mu);
                }
                var /= n;
                for (int i = 0; i < n; i++) {
                    double yv = gamma[j] * (v[i] - mu) / Math.sqrt(var + eps) + beta[j];
                    if (noiseScale != null) {
                        yv = noiseScale[j][i] * yv + noiseShift[j][i];
                    }
                    a[i] = placement == Placement.BEFORE ? sigmoid(yv) : yv;
                }
            }
            for (int i = 0; i < n; i++) {
                logits[i] += w2[j] * a[i];
            }
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            double p = sigmoid(logits[i]);
            s += -(y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p));
        }
        return s / n;
    }

    /** ∂L/∂θ by central differences, step 1e-6. */
    double[] gradient(double[] theta, double[][] x, double[] y) {
        double[] g = new double[theta.length];
        double step = 1e-6;
        for (int p = 0; p < theta.length; p++) {
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[p] += step;
            down[p] -= step;
            g[p] = (loss(up, x, y) - loss(down, x, y)) / (2 * step);
        }
        return g;
    }

    /** Index of W2[0] in θ. */
    int w2Offset() {
        return h * d + h + (placement == Placement.NONE ? 0 : 2 * h);
    }
}
