package dev.bnlab.ui.experiments;

import dev.bnlab.core.HiddenLayer;
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
        return new CouplingProbe.ScaledRun(label, net.placement, net.first().width, batch.size(), at1, atA,
                LayerCoupling.scaleFirstLayer(net, batch, eps, a));
    }

    /** Activation inputs of the first layer, neuron-major, of a copy with W_1 ← a·W_1, b_1 ← a·b_1. */
    static Vec activationInputs(Network net, BatchRecord batch, double eps, double a) {
        Network c = net.copy();
        HiddenLayer first = c.first();
        for (int i = 0; i < first.w.data.length; i++) {
            first.w.data[i] *= a;
        }
        for (int j = 0; j < first.width; j++) {
            first.b.data[j] *= a;
        }
        batch.loadInto(c);
        c.forwardTrain(eps);
        int n = batch.size();
        double[] out = new double[first.width * n];
        for (int j = 0; j < first.width; j++) {
            for (int i = 0; i < n; i++) {
                out[j * n + i] = first.activationInput(j, i);
            }
        }
        return Vec.copyOf(out);
    }
}
