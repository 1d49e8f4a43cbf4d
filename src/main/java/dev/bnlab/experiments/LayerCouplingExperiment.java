package dev.bnlab.experiments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Layer coupling / the γ-β valve (explainer C.3.2): after training BN and no-BN networks in lockstep, scale the
 * first layer (W1, b1) by a over a grid and measure how much the hidden activation inputs and the output
 * probabilities change on the last batch (training mode), with BN and without.
 */
public final class LayerCouplingExperiment implements Experiment {

    /** Scale factors a = 2^(k/2), k = −4..4: 0.25 … 4. */
    public static final double[] FACTORS = GradientLandscape.geometricGrid(0.25, 4.0, 9);

    @Override
    public String id() {
        return "layer-coupling";
    }

    /**
     * "With BN, scaling the first layer leaves the output unchanged": over every factor, the largest output
     * change with BN is below {@value #UNCHANGED} and below the one without BN.
     */
    @Override
    public Optional<Claim> claim() {
        return Optional.of(new Claim("experiments.rule.coupling", r -> {
            Map<String, Double> m = new LinkedHashMap<>();
            SeriesTable t = r.series("coupling");
            for (String l : new String[] {"bn", "nobn"}) {
                double max = 0;
                for (double v : t.column("output_change_" + l)) {
                    max = Math.max(max, v);
                }
                m.put("max_output_change_" + l, max);
            }
            return m;
        }, m -> m.get("max_output_change_bn") < UNCHANGED
                && m.get("max_output_change_bn") < m.get("max_output_change_nobn")));
    }

    /** An output change below this (a probability) counts as unchanged. */
    public static final double UNCHANGED = 0.01;

    @Override
    public ExperimentRun start(ExperimentSettings settings) {
        return new Run(settings, new LockstepRuns(Pairings.bnAndNoBn(ExperimentSetup.SMALL, settings.seed())));
    }

    private final class Run extends LockstepUnitRun {
        private final SeriesTable.Builder coupling;
        private final List<CouplingMeasurement> measurements = new ArrayList<>();

        Run(ExperimentSettings settings, LockstepRuns runs) {
            super(settings, FACTORS.length, runs);
            List<String> cols = new ArrayList<>();
            for (RunSpec r : runs.specs()) {
                cols.add("activation_input_change_" + r.label());
                cols.add("output_change_" + r.label());
            }
            coupling = SeriesTable.builder("coupling", "a", cols);
        }

        @Override
        protected void trainStep(int step) {
            runs.advance();
        }

        @Override
        protected void analyze(int unit) {
            double a = FACTORS[unit];
            BatchRecord batch = runs.lastStep().sharedBatch();
            double[] row = new double[2 * runs.size()];
            for (int i = 0; i < runs.size(); i++) {
                RunStepResult last = runs.lastStep().run(i);
                if (!last.stepped()) {
                    row[2 * i] = Double.NaN;
                    row[2 * i + 1] = Double.NaN;
                    continue;
                }
                CouplingMeasurement m = LayerCoupling.scaleFirstLayer(runs.session(i).network(), batch,
                        runs.spec(i).hyperparams().eps(), a);
                measurements.add(m);
                row[2 * i] = m.maxActivationInputChange();
                row[2 * i + 1] = m.maxOutputChange();
            }
            coupling.add(a, row);
        }

        @Override
        public ExperimentResult result() {
            SeriesTable t = coupling.build();
            List<Finding> findings = new ArrayList<>();
            for (RunSpec r : runs.specs()) {
                double[] out = t.column("output_change_" + r.label());
                double max = 0;
                for (double v : out) {
                    max = Math.max(max, v);
                }
                findings.add(Finding.of("experiments.finding.coupling-output", r.label(), max));
            }
            return new ExperimentResult(id(), caption(), settings, List.of(t), findings,
                    List.of(lineup()));
        }
    }
}
