package dev.bnlab.experiments;

import dev.bnlab.i18n.Messages;
import dev.bnlab.core.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * Percentile bands (Ioffe &amp; Szegedy 2015, Fig. 1b–c): per step, the 15th, 50th and 85th percentile over the
 * batch of one hidden neuron's input to the sigmoid, with BN and without, in lockstep.
 */
public final class PercentileBandsExperiment implements Experiment {

    private final int neuron;

    /** @param neuron the hidden neuron to follow (0-based) */
    public PercentileBandsExperiment(int neuron) {
        if (neuron < 0) {
            throw new IllegalArgumentException("neuron index must be ≥ 0, got " + neuron);
        }
        this.neuron = neuron;
    }

    @Override
    public String id() {
        return "percentile-bands";
    }

    @Override
    public String description() {
        return Messages.format("experiments.percentile-bands.description", neuron + 1);
    }

    public int neuron() {
        return neuron;
    }

    @Override
    public ExperimentRun start(ExperimentSettings settings) {
        List<RunSpec> runs = Pairings.bnVsNoBn().runs(settings.seed());
        if (neuron >= runs.get(0).config().hidden()) {
            throw new IllegalArgumentException("neuron " + neuron + " does not exist: the network has "
                    + runs.get(0).config().hidden() + " hidden neurons");
        }
        return new Run(settings, new LockstepRuns(runs));
    }

    private final class Run extends LockstepUnitRun {
        private final SeriesTable.Builder bands;
        private final SeriesTable.Builder loss;

        Run(ExperimentSettings settings, LockstepRuns runs) {
            super(settings, 0, runs);
            List<String> cols = new ArrayList<>();
            List<String> labels = labels();
            for (String l : labels) {
                cols.add("p15_" + l);
                cols.add("p50_" + l);
                cols.add("p85_" + l);
            }
            bands = SeriesTable.builder("percentiles", "step", cols);
            loss = SeriesTable.builder("loss", "step", LockstepExperiment.prefixed("loss_", labels));
        }

        @Override
        protected void trainStep(int step) {
            LockstepStep s = runs.advance();
            double[] row = new double[3 * runs.size()];
            double[] l = new double[runs.size()];
            for (int i = 0; i < runs.size(); i++) {
                l[i] = s.run(i).loss();
                PercentileBand b = s.run(i).stepped() ? band(runs.session(i).network(), 0, neuron) : null;
                row[3 * i] = b == null ? Double.NaN : b.p15();
                row[3 * i + 1] = b == null ? Double.NaN : b.p50();
                row[3 * i + 2] = b == null ? Double.NaN : b.p85();
            }
            bands.add(step, row);
            loss.add(step, l);
        }

        @Override
        public ExperimentResult result() {
            SeriesTable t = bands.build();
            List<Finding> findings = new ArrayList<>();
            for (RunSpec r : runs.specs()) {
                findings.add(describeDrift(t, r.label()));
            }
            return new ExperimentResult(id(), caption(), settings, List.of(t, loss.build()), findings,
                    List.of(lineup()));
        }
    }

    /** The band of neuron j of hidden layer k: its activation input over the network's last batch. */
    public static PercentileBand band(Network net, int k, int j) {
        double[] v = new double[net.batchSize()];
        for (int i = 0; i < v.length; i++) {
            v[i] = net.layer(k).activationInput(j, i);
        }
        return PercentileBand.of(v);
    }

    /** Median and 15–85 width of a run, averaged over the first and the last 10% of steps. */
    static Finding describeDrift(SeriesTable t, String label) {
        int tail = Math.max(1, t.rowCount() / 10);
        double[] p50 = t.column("p50_" + label);
        double[] w = width(t, label);
        return Finding.of("experiments.finding.percentile-drift", label,
                SeriesStats.mean(p50, 0, tail), SeriesStats.meanOfLast(p50, tail),
                SeriesStats.mean(w, 0, tail), SeriesStats.meanOfLast(w, tail));
    }

    /** p85 − p15 per step. */
    static double[] width(SeriesTable t, String label) {
        double[] lo = t.column("p15_" + label);
        double[] hi = t.column("p85_" + label);
        double[] w = new double[lo.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = hi[i] - lo[i];
        }
        return w;
    }
}
