package dev.bnlab.experiments;

import dev.bnlab.core.Network;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loss landscape along the gradient over training (Santurkar et al. 2018, Fig. 4), BN vs no BN in lockstep:
 * at every step t, on that step's batch and at the parameters before the step, the loss variation, the gradient
 * predictiveness and the effective β-smoothness over the step sizes η = lr·2^k, k = −4..2 (up to 4× the lr).
 */
public final class LossLandscapeExperiment implements Experiment {

    /** η grid as multiples of the learning rate: 1/16 … 4. */
    public static final double[] STEP_MULTIPLES = GradientLandscape.geometricGrid(1.0 / 16, 4.0, 7);
    /** The three measures, as series group names. */
    private static final String[] MEASURES = {"loss-variation", "gradient-predictiveness", "beta-smoothness"};

    private final String id;
    private final ExperimentSetup setup;

    public LossLandscapeExperiment(String id, ExperimentSetup setup) {
        this.id = id;
        this.setup = setup;
    }

    @Override
    public String id() {
        return id;
    }

    /** "BN smooths the landscape": all three measures, averaged over the steps, are smaller with BN. */
    @Override
    public Optional<Claim> claim() {
        return Optional.of(new Claim("experiments.rule.smoother", r -> {
            Map<String, Double> m = new LinkedHashMap<>();
            for (String measure : MEASURES) {
                SeriesTable t = r.series(measure);
                for (String l : new String[] {"bn", "nobn"}) {
                    m.put(measure.replace('-', '_') + "_" + l, SeriesStats.mean(t.column(l), 0, t.rowCount()));
                }
            }
            return m;
        }, m -> {
            for (String measure : MEASURES) {
                String k = measure.replace('-', '_');
                if (!(m.get(k + "_bn") < m.get(k + "_nobn"))) {
                    return false;
                }
            }
            return true;
        }));
    }

    @Override
    public ExperimentRun start(ExperimentSettings settings) {
        return new Run(settings, new LockstepRuns(Pairings.bnAndNoBn(setup, settings.seed())));
    }

    private final class Run extends LockstepUnitRun {
        private final SeriesTable.Builder variation;
        private final SeriesTable.Builder predictiveness;
        private final SeriesTable.Builder smoothness;
        private final SeriesTable.Builder loss;

        Run(ExperimentSettings settings, LockstepRuns runs) {
            super(settings, 0, runs);
            List<String> labels = labels();
            variation = SeriesTable.builder("loss-variation", "step", labels);
            predictiveness = SeriesTable.builder("gradient-predictiveness", "step", labels);
            smoothness = SeriesTable.builder("beta-smoothness", "step", labels);
            loss = SeriesTable.builder("loss", "step", LockstepExperiment.prefixed("loss_", labels));
        }

        @Override
        protected void trainStep(int step) {
            int k = runs.size();
            Network[] before = networkCopies();
            LockstepStep s = runs.advance();
            double[] v = new double[k];
            double[] p = new double[k];
            double[] b = new double[k];
            double[] l = new double[k];
            for (int i = 0; i < k; i++) {
                RunStepResult r = s.run(i);
                l[i] = r.loss();
                v[i] = Double.NaN;
                p[i] = Double.NaN;
                b[i] = Double.NaN;
                if (r.stepped()) {
                    double lr = runs.spec(i).hyperparams().learningRate();
                    double[] grid = STEP_MULTIPLES.clone();
                    for (int g = 0; g < grid.length; g++) {
                        grid[g] *= lr;
                    }
                    LandscapeMeasurement m = new GradientLandscape(grid).measure(step, before[i], r.batch(),
                            runs.spec(i).hyperparams().eps());
                    v[i] = m.lossVariation();
                    p[i] = m.gradientPredictiveness();
                    b[i] = m.betaSmoothness();
                }
            }
            variation.add(step, v);
            predictiveness.add(step, p);
            smoothness.add(step, b);
            loss.add(step, l);
        }

        @Override
        public ExperimentResult result() {
            List<SeriesTable> tables = List.of(variation.build(), predictiveness.build(), smoothness.build(),
                    loss.build());
            List<Finding> findings = new ArrayList<>();
            for (SeriesTable t : tables.subList(0, 3)) {
                Finding.RunValues.Builder f = Finding.RunValues.builder();
                for (String c : t.columns()) {
                    f.add(c, SeriesStats.mean(t.column(c), 0, t.rowCount()));
                }
                findings.add(Finding.of("experiments.finding.landscape-mean",
                        Finding.of("experiments.series." + t.name()), f.build()));
            }
            return new ExperimentResult(id(), caption(), settings, tables, findings,
                    List.of(lineup()));
        }
    }
}
