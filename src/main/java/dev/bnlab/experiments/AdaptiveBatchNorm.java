package dev.bnlab.experiments;

import dev.bnlab.core.BatchNormKernels;
import dev.bnlab.core.EvalPass;
import dev.bnlab.core.HiddenLayer;
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
        int m = points.length;
        double[] col = new double[m];
        // layer by layer: layer k's statistics are measured with layers 0 … k−1 already re-estimated
        for (int k = 0; k < copy.depth(); k++) {
            eval.run(copy, eps, points);
            HiddenLayer layer = copy.layer(k);
            for (int j = 0; j < layer.width; j++) {
                for (int i = 0; i < m; i++) {
                    col[i] = eval.preBn(k, j, i);
                }
                // running_mean ← (1/m) Σ v ; running_var ← (1/m) Σ (v − mean)²
                double mean = BatchNormKernels.mean(col, 0, m);
                layer.runningMean.data[j] = mean;
                layer.runningVar.data[j] = BatchNormKernels.biasedVariance(col, 0, m, mean);
            }
        }
        return copy;
    }
}
