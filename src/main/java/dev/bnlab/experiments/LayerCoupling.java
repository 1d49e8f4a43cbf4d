package dev.bnlab.experiments;

import dev.bnlab.core.HiddenLayer;
import dev.bnlab.core.Network;

/**
 * The γ-β valve (explainer C.3.2): with BN before the activation, z = W1·x + b1 is normalized with its own batch
 * statistics, so scaling W1 and b1 by a &gt; 0 scales z, μ_B and σ_B alike and the BN output
 * γ·a(z − μ_B)/√(a²σ²_B + ε) + β is unchanged up to ε. Without BN (or with BN after the activation) the change
 * passes on to everything downstream.
 */
public final class LayerCoupling {

    private LayerCoupling() {
    }

    /** Compares the network with and without the first layer's W, b scaled by {@code a}, in training mode on the batch. */
    public static CouplingMeasurement scaleFirstLayer(Network net, BatchRecord batch, double eps, double a) {
        if (!(a > 0) || !Double.isFinite(a)) {
            throw new IllegalArgumentException("the scale factor must be a finite number > 0, got " + a);
        }
        Network base = net.copy();
        batch.loadInto(base);
        base.forwardTrain(eps);
        Network scaled = net.copy();
        // W_1 ← a·W_1 ; b_1 ← a·b_1
        HiddenLayer first = scaled.first();
        for (int i = 0; i < first.w.data.length; i++) {
            first.w.data[i] *= a;
        }
        for (int j = 0; j < first.width; j++) {
            first.b.data[j] *= a;
        }
        batch.loadInto(scaled);
        scaled.forwardTrain(eps);
        double actChange = 0;
        double outChange = 0;
        for (int i = 0; i < batch.size(); i++) {
            for (int j = 0; j < first.width; j++) {
                actChange = Math.max(actChange, Math.abs(scaled.first().activationInput(j, i)
                        - base.first().activationInput(j, i)));
            }
            outChange = Math.max(outChange, Math.abs(sigmoid(scaled.logit(i)) - sigmoid(base.logit(i))));
        }
        return new CouplingMeasurement(a, actChange, outChange);
    }

    private static double sigmoid(double o) {
        return 1.0 / (1.0 + Math.exp(-o));
    }
}
