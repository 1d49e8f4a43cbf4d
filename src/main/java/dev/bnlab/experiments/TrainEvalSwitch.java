package dev.bnlab.experiments;

import dev.bnlab.core.EvalPass;
import dev.bnlab.core.HiddenLayer;
import dev.bnlab.core.Network;
import dev.bnlab.core.Vec;
import java.util.ArrayList;
import java.util.List;

/**
 * The train/eval switch of issue 4 §2: runs one batch through a network both ways, with the network's own passes
 * ({@link Network#forwardTrain} on a copy, {@link EvalPass}), and lines the results up.
 */
public final class TrainEvalSwitch {

    private TrainEvalSwitch() {
    }

    public static TrainEvalComparison compare(Network net, BatchRecord batch, double eps) {
        Network train = net.copy();
        batch.loadInto(train);
        train.forwardTrain(eps);
        EvalPass eval = new EvalPass();
        eval.run(net, eps, batch.rows());
        int n = batch.size();
        boolean bn = net.placement.hasBatchNorm();
        // the first hidden layer
        HiddenLayer first = train.first();
        List<NeuronNormalization> neurons = new ArrayList<>(first.width);
        for (int j = 0; j < first.width; j++) {
            double[] pre = new double[n];
            double[] withBatch = new double[n];
            double[] withPop = new double[n];
            for (int i = 0; i < n; i++) {
                pre[i] = first.preBn(j, i);
                // without BN both modes pass v through unchanged
                withBatch[i] = bn ? first.bnOut(j, i) : pre[i];
                withPop[i] = bn ? eval.bnOut(0, j, i) : eval.preBn(0, j, i);
            }
            neurons.add(new NeuronNormalization(first.batchMean(j), first.batchVar(j),
                    bn ? first.runningMean.data[j] : Double.NaN, bn ? first.runningVar.data[j] : Double.NaN,
                    Vec.copyOf(pre), Vec.copyOf(withBatch), Vec.copyOf(withPop)));
        }
        double[] pTrain = new double[n];
        double[] pEval = new double[n];
        for (int i = 0; i < n; i++) {
            // p = σ(o)
            pTrain[i] = 1.0 / (1.0 + Math.exp(-train.logit(i)));
            pEval[i] = eval.probability(i);
        }
        return new TrainEvalComparison(neurons, Vec.copyOf(pTrain), Vec.copyOf(pEval), Vec.copyOf(batch.labels()));
    }
}
