package dev.bnlab.experiments;

import dev.bnlab.core.HiddenLayer;
import dev.bnlab.core.Network;
import dev.bnlab.core.Vec;

/**
 * Shows with numbers why batch size 1 cannot work in training mode: one forward and backward pass of a copy
 * of the network on a one-example batch (the network itself is untouched, and nothing crashes).
 */
public final class SingleExampleBatch {

    /**
     * @param verdict    the verdict for n = 1 and this placement
     * @param batchVar   per neuron, σ²_B of the one example (0)
     * @param xhat       per neuron, x̂ (0 with BN)
     * @param bnOut      per neuron, γ·x̂ + β (= β with BN)
     * @param gradW1Norm ‖∂L/∂W1‖₂ (0 with BN before the activation: nothing reaches the first layer)
     */
    public record Outcome(TrainingBatchVerdict verdict, Vec batchVar, Vec xhat, Vec bnOut, double gradW1Norm) {

        public String explanation() {
            return verdict.explanation();
        }
    }

    private SingleExampleBatch() {
    }

    public static Outcome demonstrate(Network net, double eps, double[] x, double label) {
        Network one = net.copy();
        one.loadBatch(new double[][] {x.clone()}, new double[] {label});
        BatchGradient.LossAndGradient lg = BatchGradient.of(one, BatchRecord.copyFrom(one), eps);
        boolean bn = net.placement.hasBatchNorm();
        // the first hidden layer
        HiddenLayer first = one.first();
        double[] var = new double[first.width];
        double[] xh = new double[first.width];
        double[] out = new double[first.width];
        for (int j = 0; j < first.width; j++) {
            var[j] = first.batchVar(j);
            xh[j] = bn ? first.xhat(j, 0) : Double.NaN;
            out[j] = bn ? first.bnOut(j, 0) : Double.NaN;
        }
        double gw1 = ParameterVector.norm(first.gradW.data);
        if (!Double.isFinite(lg.loss())) {
            gw1 = Double.NaN;
        }
        return new Outcome(TrainingBatchVerdict.of(1, net.placement), Vec.copyOf(var), Vec.copyOf(xh), Vec.copyOf(out),
                gw1);
    }
}
