package dev.bnlab.experiments;

import dev.bnlab.core.EvalPass;
import dev.bnlab.core.HiddenLayer;
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
        if (net.depth() != 1) {
            throw new IllegalArgumentException("the path of one input is traced through one hidden layer, this network"
                    + " has " + net.depth());
        }
        EvalPass eval = new EvalPass();
        eval.run(net, eps, new double[][] {x});
        boolean bn = net.placement.hasBatchNorm();
        HiddenLayer layer = net.first();
        List<NeuronPath> neurons = new ArrayList<>(layer.width);
        for (int j = 0; j < layer.width; j++) {
            // z = W[j]·x + b[j]
            double z = layer.b.data[j];
            for (int k = 0; k < net.inputs; k++) {
                z += layer.w.data[j * net.inputs + k] * x[k];
            }
            double pre = eval.preBn(0, j, 0);
            double mean = bn ? layer.runningMean.data[j] : Double.NaN;
            double var = bn ? layer.runningVar.data[j] : Double.NaN;
            // x̂ = (v − running_mean)/√(running_var + ε)
            double xhat = bn ? (pre - mean) / Math.sqrt(var + eps) : Double.NaN;
            double bnOut = bn ? eval.bnOut(0, j, 0) : Double.NaN;
            double a = net.placement == Placement.BEFORE ? net.activation.apply(bnOut) : eval.bnOut(0, j, 0);
            double wOut = net.outW.data[j];
            neurons.add(new NeuronPath(j, z, pre, mean, var, xhat, bn ? layer.gamma.data[j] : Double.NaN,
                    bn ? layer.beta.data[j] : Double.NaN, bnOut, a, wOut, wOut * a));
        }
        return new InstancePath(x, label, net.placement, eps, neurons, net.outB.data[0], eval.logit(0),
                eval.probability(0));
    }
}
