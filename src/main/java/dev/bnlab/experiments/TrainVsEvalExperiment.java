package dev.bnlab.experiments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Training vs testing statistics (issue 4 §2): the batch of every step, after the step, normalized with its own
 * statistics (training mode) and with the running statistics (eval mode); the output gap over training, and the
 * last batch side by side.
 */
public final class TrainVsEvalExperiment implements Experiment {

    @Override
    public String id() {
        return "train-vs-eval";
    }

    /**
     * "Training and eval mode give different outputs": over the last 10 % of the steps, the mean
     * |p_train − p_eval| over the batch is at least {@value #VISIBLE_GAP}.
     */
    @Override
    public Optional<Claim> claim() {
        return Optional.of(new Claim("experiments.rule.output-gap", r -> {
            SeriesTable gap = r.series("output-gap");
            int tail = Math.max(1, gap.rowCount() / 10);
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("mean_abs_difference_first", SeriesStats.mean(gap.column("mean_abs_difference"), 0, tail));
            m.put("mean_abs_difference_last", SeriesStats.meanOfLast(gap.column("mean_abs_difference"), tail));
            return m;
        }, m -> m.get("mean_abs_difference_last") >= VISIBLE_GAP));
    }

    /** A difference of output probabilities at least this large counts as visible (one percentage point). */
    public static final double VISIBLE_GAP = 0.01;

    @Override
    public ExperimentRun start(ExperimentSettings settings) {
        return new Run(settings);
    }

    private final class Run extends BnSessionRun {
        private final SeriesTable.Builder gap = SeriesTable.builder("output-gap", "step", "mean_abs_difference",
                "max_abs_difference");
        private TrainEvalComparison last;

        Run(ExperimentSettings settings) {
            super(settings, 0);
        }

        @Override
        protected void trainStep(int step) {
            if (!session.advance()) {
                gap.add(step, Double.NaN, Double.NaN);
                return;
            }
            BatchRecord batch = BatchRecord.copyFrom(session.network());
            last = TrainEvalSwitch.compare(session.network(), batch, session.hyperparams().eps());
            gap.add(step, last.meanOutputDifference(), last.maxOutputDifference());
        }

        @Override
        public ExperimentResult result() {
            List<SeriesTable> tables = new ArrayList<>();
            SeriesTable g = gap.build();
            tables.add(g);
            List<Finding> findings = new ArrayList<>();
            List<Object> details = new ArrayList<>();
            if (last != null) {
                tables.add(normalizationTable(last));
                tables.add(outputTable(last));
                details.add(last);
                int tail = Math.max(1, g.rowCount() / 10);
                double[] mean = g.column("mean_abs_difference");
                findings.add(Finding.of("experiments.finding.output-gap-trend", SeriesStats.mean(mean, 0, tail),
                        SeriesStats.meanOfLast(mean, tail)));
                findings.add(Finding.of("experiments.finding.output-gap-last", last.maxOutputDifference()));
            }
            return new ExperimentResult(id(), caption(), settings, tables, findings, details);
        }
    }

    /** Per example: for each neuron, v, BN with batch statistics, BN with population statistics. */
    static SeriesTable normalizationTable(TrainEvalComparison c) {
        List<String> cols = new ArrayList<>();
        for (int j = 0; j < c.neurons().size(); j++) {
            cols.add("prebn_" + j);
            cols.add("batch_stats_" + j);
            cols.add("population_stats_" + j);
        }
        SeriesTable.Builder b = SeriesTable.builder("normalization", "example", cols);
        int n = c.trainOutput().size();
        for (int i = 0; i < n; i++) {
            double[] row = new double[cols.size()];
            for (int j = 0; j < c.neurons().size(); j++) {
                NeuronNormalization nn = c.neurons().get(j);
                row[3 * j] = nn.preBn().get(i);
                row[3 * j + 1] = nn.withBatchStats().get(i);
                row[3 * j + 2] = nn.withPopulationStats().get(i);
            }
            b.add(i, row);
        }
        return b.build();
    }

    /** Per example: label, p in training mode, p in eval mode, their difference. */
    static SeriesTable outputTable(TrainEvalComparison c) {
        SeriesTable.Builder b = SeriesTable.builder("outputs", "example", "label", "p_train", "p_eval",
                "difference");
        for (int i = 0; i < c.trainOutput().size(); i++) {
            double pt = c.trainOutput().get(i);
            double pe = c.evalOutput().get(i);
            b.add(i, c.labels().get(i), pt, pe, pt - pe);
        }
        return b.build();
    }
}
