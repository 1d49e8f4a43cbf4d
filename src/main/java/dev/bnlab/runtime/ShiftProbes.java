package dev.bnlab.runtime;

import dev.bnlab.core.Dataset;
import dev.bnlab.core.Network;
import dev.bnlab.core.TestShift;
import dev.bnlab.core.Vec;
import dev.bnlab.experiments.AdaptiveBatchNorm;
import dev.bnlab.experiments.CovariateShiftExperiment;
import dev.bnlab.experiments.ExperimentResult;
import dev.bnlab.experiments.SeriesTable;
import dev.bnlab.experiments.TestSetView;

/** Builds {@link ShiftProbe}s from a live BN network with the experiments package's probes (experiment thread). */
final class ShiftProbes {

    static final String SHIFT_SWEEP = "shift-sweep";
    static final String SCALE_SWEEP = "scale-sweep";

    private ShiftProbes() {
    }

    static ShiftProbe probe(Network net, double eps, Dataset data, ExperimentOptions c, int neuron,
                            ExperimentResult result) {
        TestShift shift = c.testShift();
        TestSetView clean = new TestSetView(data.withTestShift(TestShift.NONE));
        TestSetView shifted = new TestSetView(data.withTestShift(shift));
        Network adapted = AdaptiveBatchNorm.reestimated(net, eps, shifted.rows());
        return new ShiftProbe(shift, neuron, Vec.copyOf(clean.preBn(net, eps, neuron)),
                Vec.copyOf(shifted.preBn(net, eps, neuron)), net.first().runningMean.data[neuron],
                net.first().runningVar.data[neuron], adapted.first().runningMean.data[neuron], adapted.first().runningVar.data[neuron],
                clean.score(net, eps), shifted.score(net, eps), shifted.score(adapted, eps), c.adaBn(),
                sweep(result, SHIFT_SWEEP, "shift", CovariateShiftExperiment.SHIFTS, net, eps, data, false),
                sweep(result, SCALE_SWEEP, "scale", CovariateShiftExperiment.SCALES, net, eps, data, true));
    }

    /** The network the app evaluates the shifted test set with: AdaBN's copy when switched on. */
    static Network evaluated(Network net, double eps, Dataset data, ExperimentOptions c) {
        if (!c.adaBn()) {
            return net;
        }
        return AdaptiveBatchNorm.reestimated(net, eps, new TestSetView(data.withTestShift(c.testShift())).rows());
    }

    /** The experiment's own sweep once it has run, else the same sweep on the live network. */
    private static SeriesTable sweep(ExperimentResult result, String name, String x, double[] grid, Network net,
                                     double eps, Dataset data, boolean scales) {
        for (SeriesTable t : result.series()) {
            if (t.name().equals(name) && t.rowCount() == grid.length) {
                return t;
            }
        }
        SeriesTable.Builder b = SeriesTable.builder(name, x, "accuracy", "accuracy_adabn", "loss", "loss_adabn");
        for (double v : grid) {
            TestShift s = scales ? new TestShift(0, 0, v) : new TestShift(v, v, 1.0);
            TestSetView test = new TestSetView(data.withTestShift(s));
            TestSetView.Score plain = test.score(net, eps);
            TestSetView.Score adapted = test.score(AdaptiveBatchNorm.reestimated(net, eps, test.rows()), eps);
            b.add(v, plain.accuracy(), adapted.accuracy(), plain.loss(), adapted.loss());
        }
        return b.build();
    }
}
