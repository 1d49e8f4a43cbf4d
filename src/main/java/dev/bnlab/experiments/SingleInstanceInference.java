package dev.bnlab.experiments;

import dev.bnlab.core.EvalPass;
import dev.bnlab.core.Network;
import dev.bnlab.core.Placement;
import java.util.ArrayList;
import java.util.List;

/**
 * Single-instance inference: one input through the network in eval mode. The BN output, the logit and the
 * probability are the network's own {@link EvalPass}; z and x̂ are filled in for display.
 */
public final class SingleInstanceInference {

    private SingleInstanceInference() {
    }

    /** @param label the input's label for display, or NaN */
    public static InstancePath trace(Network net, double eps, double[] x, double label) {
        if (x.length != net.inputs) {
            throw new IllegalArgumentException("the network takes " + net.inputs + " inputs, got " + x.length);
        }
        EvalPass eval = new EvalPass();
        eval.run(net, eps, new double[][] {x});
        boolean bn = net.placement.hasBatchNorm();
        List<NeuronPath> neurons = new ArrayList<>(net.hidden);
        for (int j = 0; j < net.hidden; j++) {
            // z = W1[j]·x + b1[j]
            double z = net.b1.data[j];
            for (int k = 0; k < net.inputs; k++) {
                z += net.w1.data[j * net.inputs + k] * x[k];
            }
            double pre = eval.preBn(j, 0);
            double mean = bn ? net.runningMean.data[j] : Double.NaN;
            double var = bn ? net.runningVar.data[j] : Double.NaN;
            // x̂ = (v − running_mean)/√(running_var + ε)
            double xhat = bn ? (pre - mean) / Math.sqrt(var + eps) : Double.NaN;
            double bnOut = bn ? eval.bnOut(j, 0) : Double.NaN;
            double a = net.placement == Placement.BEFORE ? net.activation.apply(bnOut) : eval.bnOut(j, 0);
            double w2 = net.w2.data[j];
            neurons.add(new NeuronPath(j, z, pre, mean, var, xhat, bn ? net.gamma.data[j] : Double.NaN,
                    bn ? net.beta.data[j] : Double.NaN, bnOut, a, w2, w2 * a));
        }
        return new InstancePath(x, label, net.placement, eps, neurons, net.b2.data[0], eval.logit(0),
                eval.probability(0));
    }
}
