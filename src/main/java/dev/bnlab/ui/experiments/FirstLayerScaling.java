package dev.bnlab.ui.experiments;

import dev.bnlab.core.Network;
import dev.bnlab.core.Vec;
import dev.bnlab.experiments.BatchRecord;
import dev.bnlab.experiments.LayerCoupling;

/**
 * The per-example numbers behind {@link LayerCoupling#scaleFirstLayer}: the activation inputs of every neuron and
 * example on a batch in training mode, with W1 and b1 as they are and scaled by a. Runs the network's own forward
 * pass on copies (the network is not touched). Experiment thread.
 */
final class FirstLayerScaling {

    private FirstLayerScaling() {
    }

    static CouplingProbe.ScaledRun of(String label, Network net, BatchRecord batch, double eps, double a) {
        Vec at1 = activationInputs(net, batch, eps, 1.0);
        Vec atA = activationInputs(net, batch, eps, a);
        return new CouplingProbe.ScaledRun(label, net.placement, net.hidden, batch.size(), at1, atA,
                LayerCoupling.scaleFirstLayer(net, batch, eps, a));
    }

    /** Activation inputs, neuron-major, of a copy with W1 ← a·W1, b1 ← a·b1. */
    static Vec activationInputs(Network net, BatchRecord batch, double eps, double a) {
        Network c = net.copy();
        for (int i = 0; i < c.w1.data.length; i++) {
            c.w1.data[i] *= a;
        }
        for (int j = 0; j < c.hidden; j++) {
            c.b1.data[j] *= a;
        }
        batch.loadInto(c);
        c.forwardTrain(eps);
        int n = batch.size();
        double[] out = new double[c.hidden * n];
        for (int j = 0; j < c.hidden; j++) {
            for (int i = 0; i < n; i++) {
                out[j * n + i] = c.activationInput(j, i);
            }
        }
        return Vec.copyOf(out);
    }
}
