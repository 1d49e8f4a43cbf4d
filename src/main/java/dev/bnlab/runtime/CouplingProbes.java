package dev.bnlab.runtime;

import dev.bnlab.experiments.BatchRecord;
import dev.bnlab.experiments.CouplingMeasurement;
import dev.bnlab.experiments.ExperimentResult;
import dev.bnlab.experiments.LayerCoupling;
import dev.bnlab.experiments.LayerCouplingExperiment;
import dev.bnlab.experiments.LockstepRuns;
import dev.bnlab.experiments.RunSpec;
import dev.bnlab.experiments.SeriesTable;
import java.util.ArrayList;
import java.util.List;

/** Builds {@link CouplingProbe}s from live lockstep runs (experiment thread). */
final class CouplingProbes {

    static final String SERIES = "coupling";

    private CouplingProbes() {
    }

    /** Null before the first step (no batch yet). */
    static CouplingProbe probe(LockstepRuns runs, double a, ExperimentResult result) {
        if (runs.lastStep() == null || runs.lastStep().sharedBatch() == null) {
            return null;
        }
        BatchRecord batch = runs.lastStep().sharedBatch();
        List<CouplingProbe.ScaledRun> scaled = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (runs.lastStep().run(i).stepped()) {
                scaled.add(FirstLayerScaling.of(runs.spec(i).label(), runs.session(i).network(), batch,
                        runs.spec(i).hyperparams().eps(), a));
            }
        }
        return new CouplingProbe(a, scaled, sweep(runs, batch, result));
    }

    /** The experiment's own sweep once it has run, else the same on the live networks and the last batch. */
    private static SeriesTable sweep(LockstepRuns runs, BatchRecord batch, ExperimentResult result) {
        double[] grid = LayerCouplingExperiment.FACTORS;
        for (SeriesTable t : result.series()) {
            if (t.name().equals(SERIES) && t.rowCount() == grid.length) {
                return t;
            }
        }
        List<String> cols = new ArrayList<>();
        for (RunSpec r : runs.specs()) {
            cols.add("activation_input_change_" + r.label());
            cols.add("output_change_" + r.label());
        }
        SeriesTable.Builder b = SeriesTable.builder(SERIES, "a", cols);
        for (double a : grid) {
            double[] row = new double[2 * runs.size()];
            for (int i = 0; i < runs.size(); i++) {
                if (!runs.lastStep().run(i).stepped()) {
                    row[2 * i] = Double.NaN;
                    row[2 * i + 1] = Double.NaN;
                    continue;
                }
                CouplingMeasurement m = LayerCoupling.scaleFirstLayer(runs.session(i).network(), batch,
                        runs.spec(i).hyperparams().eps(), a);
                row[2 * i] = m.maxActivationInputChange();
                row[2 * i + 1] = m.maxOutputChange();
            }
            b.add(a, row);
        }
        return b.build();
    }
}
