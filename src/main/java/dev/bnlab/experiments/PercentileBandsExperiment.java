package dev.bnlab.experiments;

import dev.bnlab.core.Network;
import dev.bnlab.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Percentile bands (Ioffe &amp; Szegedy 2015, Fig. 1b–c): per step, the 15th, 50th and 85th percentile over the
 * batch of one first-layer neuron's input to the sigmoid, and the saturated share of all first-layer sigmoid
 * inputs, with BN and without, in lockstep.
 */
public final class PercentileBandsExperiment implements Experiment {

    private final String id;
    private final ExperimentSetup setup;
    private final int defaultSteps;
    private final int neuron;

    /**
     * @param setup  network and data
     * @param neuron the first-layer neuron to follow (0-based)
     */
    public PercentileBandsExperiment(String id, ExperimentSetup setup, int defaultSteps, int neuron) {
        if (neuron < 0) {
            throw new IllegalArgumentException("neuron index must be ≥ 0, got " + neuron);
        }
        this.id = id;
        this.setup = setup;
        this.defaultSteps = defaultSteps;
        this.neuron = neuron;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return Messages.format("experiments." + id + ".description", neuron + 1);
    }

    @Override
    public int defaultSteps() {
        return defaultSteps;
    }

    /**
     * "With BN the sigmoid inputs stay spread over the working range": over the last 10 % of the steps, the
     * followed neuron's 15–85 band is narrower and the saturated share of the sigmoid inputs lower with BN.
     */
    @Override
    public Optional<Claim> claim() {
        return Optional.of(new Claim("experiments.rule.bands", r -> {
            Map<String, Double> m = new LinkedHashMap<>();
            SeriesTable bands = r.series("percentiles");
            SeriesTable sat = r.series("saturation");
            int tail = Math.max(1, bands.rowCount() / 10);
            for (String l : new String[] {"bn", "nobn"}) {
                m.put("band_width_" + l, SeriesStats.meanOfLast(width(bands, l), tail));
            }
            for (String l : new String[] {"bn", "nobn"}) {
                m.put("saturated_" + l, SeriesStats.meanOfLast(sat.column("saturation_" + l), tail));
            }
            return m;
        }, m -> m.get("band_width_bn") < m.get("band_width_nobn") && m.get("saturated_bn") < m.get("saturated_nobn")));
    }

    public int neuron() {
        return neuron;
    }

    @Override
    public ExperimentRun start(ExperimentSettings settings) {
        List<RunSpec> runs = Pairings.bnAndNoBn(setup, settings.seed());
        if (neuron >= runs.get(0).config().hidden()) {
            throw new IllegalArgumentException("neuron " + neuron + " does not exist: the network has "
                    + runs.get(0).config().hidden() + " hidden neurons");
        }
        return new Run(settings, new LockstepRuns(runs));
    }

    private final class Run extends LockstepUnitRun {
        private final SeriesTable.Builder bands;
        private final SeriesTable.Builder saturation;
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
            saturation = SeriesTable.builder("saturation", "step", LockstepExperiment.prefixed("saturation_", labels));
            loss = SeriesTable.builder("loss", "step", LockstepExperiment.prefixed("loss_", labels));
        }

        @Override
        protected void trainStep(int step) {
            LockstepStep s = runs.advance();
            double[] row = new double[3 * runs.size()];
            double[] l = new double[runs.size()];
            double[] sat = new double[runs.size()];
            for (int i = 0; i < runs.size(); i++) {
                l[i] = s.run(i).loss();
                sat[i] = s.run(i).stepped() ? LockstepExperiment.meanSaturation(runs.session(i).network())
                        : Double.NaN;
                PercentileBand b = s.run(i).stepped() ? band(runs.session(i).network(), 0, neuron) : null;
                row[3 * i] = b == null ? Double.NaN : b.p15();
                row[3 * i + 1] = b == null ? Double.NaN : b.p50();
                row[3 * i + 2] = b == null ? Double.NaN : b.p85();
            }
            bands.add(step, row);
            saturation.add(step, sat);
            loss.add(step, l);
        }

        @Override
        public ExperimentResult result() {
            SeriesTable t = bands.build();
            List<Finding> findings = new ArrayList<>();
            for (RunSpec r : runs.specs()) {
                findings.add(describeDrift(t, r.label()));
            }
            return new ExperimentResult(id(), caption(), settings, List.of(t, saturation.build(), loss.build()), findings,
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
