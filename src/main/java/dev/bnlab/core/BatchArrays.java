package dev.bnlab.core;

import java.util.List;

/**
 * Per-element arrays of one step's batch, copied out of the network (only when a caller asks), for one hidden
 * layer. Lists are per neuron of that layer; each {@link Vec} has the batch's n values in batch order.
 *
 * @param layer           the hidden layer (0-based) the per-neuron lists come from
 * @param x0              feature 0 of each example
 * @param x1              feature 1 of each example (empty when d = 1)
 * @param labels          0/1 labels
 * @param z               W·a + b of the layer
 * @param preBn           values entering BN (z for "before", act(z) for "after"; z with no BN)
 * @param xhat            (v − μ_B)/√(σ²_B + ε) (empty with no BN)
 * @param bnOut           γ·x̂ + β (empty with no BN)
 * @param activationIn    input of the activation
 * @param activationOut   output of the activation
 * @param logits          output logits o
 */
public record BatchArrays(int layer, Vec x0, Vec x1, Vec labels, List<Vec> z, List<Vec> preBn, List<Vec> xhat,
                          List<Vec> bnOut, List<Vec> activationIn, List<Vec> activationOut, Vec logits) {

    public int size() {
        return labels.size();
    }

    static BatchArrays copyFrom(Network net, int k) {
        HiddenLayer layer = net.layer(k);
        int n = net.batchSize();
        int h = layer.width;
        boolean bn = net.placement.hasBatchNorm();
        double[] x0 = new double[n];
        double[] x1 = new double[net.inputs > 1 ? n : 0];
        double[] y = new double[n];
        double[] o = new double[n];
        for (int i = 0; i < n; i++) {
            x0[i] = net.batchInput(i, 0);
            if (net.inputs > 1) {
                x1[i] = net.batchInput(i, 1);
            }
            y[i] = net.batchLabel(i);
            o[i] = net.logit(i);
        }
        Vec[] z = new Vec[h];
        Vec[] pre = new Vec[h];
        Vec[] xh = new Vec[h];
        Vec[] bo = new Vec[h];
        Vec[] ai = new Vec[h];
        Vec[] ao = new Vec[h];
        for (int j = 0; j < h; j++) {
            double[] zz = new double[n];
            double[] pp = new double[n];
            double[] xx = new double[bn ? n : 0];
            double[] bb = new double[bn ? n : 0];
            double[] in = new double[n];
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                zz[i] = layer.z(j, i);
                pp[i] = layer.preBn(j, i);
                if (bn) {
                    xx[i] = layer.xhat(j, i);
                    bb[i] = layer.bnOut(j, i);
                }
                in[i] = layer.activationInput(j, i);
                out[i] = layer.activationOutput(j, i);
            }
            z[j] = Vec.wrap(zz);
            pre[j] = Vec.wrap(pp);
            xh[j] = Vec.wrap(xx);
            bo[j] = Vec.wrap(bb);
            ai[j] = Vec.wrap(in);
            ao[j] = Vec.wrap(out);
        }
        return new BatchArrays(k, Vec.wrap(x0), Vec.wrap(x1), Vec.wrap(y), List.of(z), List.of(pre), List.of(xh),
                List.of(bo), List.of(ai), List.of(ao), Vec.wrap(o));
    }
}
