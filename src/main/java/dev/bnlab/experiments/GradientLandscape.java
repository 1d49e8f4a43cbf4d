package dev.bnlab.experiments;

import dev.bnlab.core.Network;

/**
 * Probes the loss along the gradient direction: at parameters W with gradient g = ∇L(W) on a batch, evaluates
 * L(W − ηg) and ∇L(W − ηg) on the same batch for every step size η of a grid.
 */
public final class GradientLandscape {

    private final double[] stepSizes;

    /** @param stepSizes the η grid (every η &gt; 0) */
    public GradientLandscape(double[] stepSizes) {
        if (stepSizes.length == 0) {
            throw new IllegalArgumentException("the step-size grid is empty");
        }
        for (double eta : stepSizes) {
            if (!(eta > 0) || !Double.isFinite(eta)) {
                throw new IllegalArgumentException("step sizes must be finite and > 0, got " + eta);
            }
        }
        this.stepSizes = stepSizes.clone();
    }

    /** η_i = lo·(hi/lo)^(i/(count−1)), i = 0..count−1. */
    public static double[] geometricGrid(double lo, double hi, int count) {
        if (count < 2 || !(lo > 0) || !(hi > lo)) {
            throw new IllegalArgumentException("a geometric grid needs 0 < lo < hi and at least 2 points");
        }
        double[] g = new double[count];
        for (int i = 0; i < count; i++) {
            g[i] = lo * Math.pow(hi / lo, (double) i / (count - 1));
        }
        g[count - 1] = hi;
        return g;
    }

    public double[] stepSizes() {
        return stepSizes.clone();
    }

    /**
     * @param step the step number to record
     * @param net  the network at W (not modified)
     */
    public LandscapeMeasurement measure(long step, Network net, BatchRecord batch, double eps) {
        double[] w = ParameterVector.values(net);
        BatchGradient.LossAndGradient at = BatchGradient.at(net, w, batch, eps);
        double[] g = at.gradient();
        double gNorm = ParameterVector.norm(g);
        double lossMin = Double.POSITIVE_INFINITY;
        double lossMax = Double.NEGATIVE_INFINITY;
        double predictiveness = 0;
        double beta = 0;
        double[] moved = new double[w.length];
        for (double eta : stepSizes) {
            // W' = W − η·g
            for (int i = 0; i < w.length; i++) {
                moved[i] = w[i] - eta * g[i];
            }
            BatchGradient.LossAndGradient there = BatchGradient.at(net, moved, batch, eps);
            lossMin = Math.min(lossMin, there.loss());
            lossMax = Math.max(lossMax, there.loss());
            // ‖∇L(W) − ∇L(W − ηg)‖ and its ratio to the distance moved ‖ηg‖
            double change = ParameterVector.distance(g, there.gradient());
            predictiveness = Math.max(predictiveness, change);
            beta = Math.max(beta, gNorm == 0 ? 0 : change / (eta * gNorm));
        }
        return new LandscapeMeasurement(step, at.loss(), gNorm, lossMax - lossMin, predictiveness, beta);
    }
}
