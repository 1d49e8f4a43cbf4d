package dev.bnlab.experiments;

import dev.bnlab.core.Activation;
import dev.bnlab.core.DatasetKind;
import dev.bnlab.core.EvalPass;
import dev.bnlab.core.InputTransform;
import dev.bnlab.core.Placement;
import dev.bnlab.core.TrainingSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The depth sweep: for L = 1 … {@value #MAX_LAYERS} hidden tanh layers on XOR at learning rate 0.1, with BN before
 * the activation and without BN, the first step at which the eval-mode test accuracy reaches 90 %, checked every
 * {@value #CHECK_EVERY} steps up to the step budget (the experiment's steps, default 1000). Both runs of a depth
 * start from the same weights and see the same batches.
 *
 * <p>Series: {@code steps-to-90} (x = L; steps_bn, steps_nobn, NaN for "not within the budget") and
 * {@code test-accuracy} (x = step; one column per run, acc_bn_L1 … acc_nobn_L8).
 */
public final class DepthSweepExperiment implements Experiment {

    public static final int MAX_LAYERS = 8;
    /** Steps between two test-accuracy checks. */
    public static final int CHECK_EVERY = 10;
    /** The accuracy the sweep times. */
    public static final double LEVEL = 0.9;
    /** Depths whose mean the claim compares ("deep": three layers or more). */
    public static final int FIRST_DEEP = 3;
    public static final ExperimentSetup SETUP = new ExperimentSetup(DatasetKind.XOR, 1, Activation.TANH,
            InputTransform.NONE, 0.1);
    private static final String[] VARIANTS = {"bn", "nobn"};

    @Override
    public String id() {
        return "depth-sweep";
    }

    @Override
    public int defaultSteps() {
        return 1000;
    }

    /**
     * "BN's benefit grows with depth": averaged over L = 3 … 8 (a run that never gets there counting as the
     * budget), BN reaches 90 % test accuracy in fewer steps than no BN.
     */
    @Override
    public Optional<Claim> claim() {
        return Optional.of(new Claim("experiments.rule.depth", r -> {
            SeriesTable t = r.series("steps-to-90");
            double budget = r.settings().steps();
            Map<String, Double> m = new LinkedHashMap<>();
            for (String v : VARIANTS) {
                double sum = 0;
                int count = 0;
                for (int row = 0; row < t.rowCount(); row++) {
                    double steps = t.value(row, t.columnIndex("steps_" + v));
                    int layers = (int) t.x(row);
                    m.put("steps_" + v + "_L" + layers, Double.isNaN(steps) ? Double.POSITIVE_INFINITY : steps);
                    if (layers >= FIRST_DEEP) {
                        sum += Double.isNaN(steps) ? budget : steps;
                        count++;
                    }
                }
                m.put("mean_steps_deep_" + v, count == 0 ? Double.NaN : sum / count);
            }
            return m;
        }, m -> m.get("mean_steps_deep_bn") < m.get("mean_steps_deep_nobn")));
    }

    @Override
    public ExperimentRun start(ExperimentSettings settings) {
        return new Run(settings);
    }

    /** One unit = {@value #CHECK_EVERY} steps of one run; runs go L = 1 BN, L = 1 no BN, L = 2 BN, …. */
    private final class Run implements ExperimentRun {
        private final ExperimentSettings settings;
        private final int checks;
        /** [run][check] test accuracy; run = 2·(L − 1) + variant. */
        private final double[][] accuracy;
        private final double[] reached;
        private int done;
        private TrainingSession session;

        Run(ExperimentSettings settings) {
            this.settings = settings;
            this.checks = Math.max(1, settings.steps() / CHECK_EVERY);
            this.accuracy = new double[2 * MAX_LAYERS][checks];
            this.reached = new double[2 * MAX_LAYERS];
            for (double[] row : accuracy) {
                java.util.Arrays.fill(row, Double.NaN);
            }
            java.util.Arrays.fill(reached, Double.NaN);
        }

        @Override
        public int plannedUnits() {
            return 2 * MAX_LAYERS * checks;
        }

        @Override
        public int unitsDone() {
            return done;
        }

        @Override
        public void advance() {
            if (finished()) {
                return;
            }
            int run = done / checks;
            int check = done % checks;
            if (check == 0) {
                int layers = run / 2 + 1;
                Placement p = run % 2 == 0 ? Placement.BEFORE : Placement.NONE;
                session = new TrainingSession(SETUP.withLayers(layers).config(settings.seed()).withPlacement(p)
                        .withEvalInterval(Integer.MAX_VALUE), SETUP.hyperparams());
            }
            for (int i = 0; i < CHECK_EVERY; i++) {
                session.advance();
            }
            EvalPass.Score score = session.divergence() == null ? session.testScore() : null;
            accuracy[run][check] = score == null ? Double.NaN : score.accuracy();
            if (Double.isNaN(reached[run]) && score != null && score.accuracy() >= LEVEL) {
                reached[run] = (check + 1) * CHECK_EVERY;
            }
            done++;
        }

        @Override
        public ExperimentResult result() {
            SeriesTable.Builder steps = SeriesTable.builder("steps-to-90", "layers", "steps_bn", "steps_nobn");
            int depthsDone = Math.min(MAX_LAYERS, done / (2 * checks));
            for (int l = 1; l <= depthsDone; l++) {
                steps.add(l, reached[2 * (l - 1)], reached[2 * (l - 1) + 1]);
            }
            List<String> cols = new ArrayList<>();
            for (int l = 1; l <= MAX_LAYERS; l++) {
                for (String v : VARIANTS) {
                    cols.add("acc_" + v + "_L" + l);
                }
            }
            SeriesTable.Builder curves = SeriesTable.builder("test-accuracy", "step", cols);
            for (int c = 0; c < checks; c++) {
                double[] row = new double[2 * MAX_LAYERS];
                for (int run = 0; run < row.length; run++) {
                    row[run] = accuracy[run][c];
                }
                curves.add((c + 1) * CHECK_EVERY, row);
            }
            SeriesTable t = steps.build();
            List<Finding> findings = new ArrayList<>();
            for (int row = 0; row < t.rowCount(); row++) {
                findings.add(Finding.of("experiments.finding.depth-steps", (int) t.x(row),
                        stepsText(t.value(row, 0)), stepsText(t.value(row, 1))));
            }
            return new ExperimentResult(id(), caption(), settings, List.of(t, curves.build()), findings, List.of());
        }

        private Object stepsText(double steps) {
            return Double.isNaN(steps) ? Finding.of("experiments.finding.never", settings.steps()) : (int) steps;
        }
    }
}
