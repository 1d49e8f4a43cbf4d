package dev.bnlab.experiments;

import dev.bnlab.core.BatchNormKernels;
import dev.bnlab.core.EvalPass;
import dev.bnlab.core.Network;

/**
 * Adaptive BN ("AdaBN", Li et al. 2016): re-estimates the population statistics on the data the network is
 * evaluated on. The values entering BN are computed in eval mode (they do not depend on the running statistics),
 * and their per-neuron mean and biased variance replace running_mean and running_var — on a copy.
 */
public final class AdaptiveBatchNorm {

    private AdaptiveBatchNorm() {
    }

    /** A copy of the network whose running statistics are those of the given points (rows x[i][k]). */
    public static Network reestimated(Network net, double eps, double[][] points) {
        if (!net.placement.hasBatchNorm()) {
            throw new IllegalArgumentException("AdaBN needs a network with BN");
        }
        Network copy = net.copy();
        EvalPass eval = new EvalPass();
        eval.run(net, eps, points);
        int m = points.length;
        double[] col = new double[m];
        for (int j = 0; j < net.hidden; j++) {
            for (int i = 0; i < m; i++) {
                col[i] = eval.preBn(j, i);
            }
            // running_mean ← (1/m) Σ v ; running_var ← (1/m) Σ (v − mean)²
            double mean = BatchNormKernels.mean(col, 0, m);
            copy.runningMean.data[j] = mean;
            copy.runningVar.data[j] = BatchNormKernels.biasedVariance(col, 0, m, mean);
        }
        return copy;
    }
}
