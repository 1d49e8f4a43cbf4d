package dev.bnlab.experiments;

import dev.bnlab.core.BatchNormKernels;
import dev.bnlab.core.Dataset;
import dev.bnlab.core.HiddenLayer;
import dev.bnlab.core.Network;
import dev.bnlab.core.TestShift;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Covariate shift (explainer C.1.1): train with BN on the unshifted data, then move the test set only
 * (x′ = scale·x + (d, d)) and measure eval-mode accuracy with the running statistics and after AdaBN
 * ({@link AdaptiveBatchNorm}: the population statistics re-estimated on the shifted test set, on a copy).
 */
public final class CovariateShiftExperiment implements Experiment {

    /** Translations d of the sweep (both axes), in data units. */
    public static final double[] SHIFTS = {0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0};
    /** Scale factors of the second sweep. */
    public static final double[] SCALES = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0};
    /** The "large shift" of the findings, the test and the pre-BN comparison. */
    public static final TestShift LARGE_SHIFT = new TestShift(1.5, 1.5, 1.0);
    /** Bins of the pre-BN histogram. */
    public static final int HISTOGRAM_BINS = 24;

    @Override
    public String id() {
        return "covariate-shift";
    }

    /**
     * The numbers of the large shift.
     *
     * @param shift             the shift
     * @param cleanAccuracy     eval accuracy on the unshifted test set
     * @param shiftedAccuracy   eval accuracy on the shifted test set, running statistics from training
     * @param adaBnAccuracy     eval accuracy on the shifted test set after AdaBN
     * @param recoveredFraction (adaBn − shifted)/(clean − shifted): the share of the drop AdaBN wins back
     */
    public record Outcome(TestShift shift, double cleanAccuracy, double shiftedAccuracy, double adaBnAccuracy,
                          double recoveredFraction) {
    }

    /**
     * "Eval accuracy drops under a test shift; AdaBN recovers it": under the large shift the accuracy falls by
     * at least {@value #VISIBLE_DROP} and AdaBN wins back at least half of the drop.
     */
    @Override
    public Optional<Claim> claim() {
        return Optional.of(new Claim("experiments.rule.shift", r -> {
            Outcome o = r.detail(Outcome.class).orElseThrow();
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("clean_accuracy", o.cleanAccuracy());
            m.put("shifted_accuracy", o.shiftedAccuracy());
            m.put("adabn_accuracy", o.adaBnAccuracy());
            m.put("recovered_fraction", o.recoveredFraction());
            return m;
        }, m -> m.get("clean_accuracy") - m.get("shifted_accuracy") >= VISIBLE_DROP
                && m.get("recovered_fraction") >= 0.5));
    }

    /** An accuracy drop at least this large counts (five percentage points). */
    public static final double VISIBLE_DROP = 0.05;

    @Override
    public ExperimentRun start(ExperimentSettings settings) {
        return new Run(settings);
    }

    private final class Run extends BnSessionRun {
        private final SeriesTable.Builder shiftSweep = SeriesTable.builder("shift-sweep", "shift", "accuracy",
                "accuracy_adabn", "loss", "loss_adabn");
        private final SeriesTable.Builder scaleSweep = SeriesTable.builder("scale-sweep", "scale", "accuracy",
                "accuracy_adabn", "loss", "loss_adabn");
        private SeriesTable preBnStats;
        private SeriesTable histogram;
        private Outcome outcome;

        Run(ExperimentSettings settings) {
            super(settings, SHIFTS.length + SCALES.length + 1);
        }

        private double eps() {
            return session.hyperparams().eps();
        }

        @Override
        protected void analyze(int unit) {
            if (unit < SHIFTS.length) {
                double d = SHIFTS[unit];
                shiftSweep.add(d, sweepPoint(new TestShift(d, d, 1.0)));
            } else if (unit < SHIFTS.length + SCALES.length) {
                double s = SCALES[unit - SHIFTS.length];
                scaleSweep.add(s, sweepPoint(new TestShift(0, 0, s)));
            } else {
                compareWithRunningStats();
            }
        }

        /** accuracy, AdaBN accuracy, loss, AdaBN loss on the test set under this shift. */
        private double[] sweepPoint(TestShift shift) {
            Network net = session.network();
            TestSetView test = new TestSetView(session.dataset().withTestShift(shift));
            TestSetView.Score plain = test.score(net, eps());
            TestSetView.Score adapted = test.score(AdaptiveBatchNorm.reestimated(net, eps(), test.rows()), eps());
            return new double[] {plain.accuracy(), adapted.accuracy(), plain.loss(), adapted.loss()};
        }

        private void compareWithRunningStats() {
            Network net = session.network();
            Dataset data = session.dataset();
            TestSetView clean = new TestSetView(data.withTestShift(TestShift.NONE));
            TestSetView shifted = new TestSetView(data.withTestShift(LARGE_SHIFT));
            SeriesTable.Builder stats = SeriesTable.builder("prebn-vs-running", "neuron", "running_mean",
                    "running_var", "test_mean", "test_var", "shifted_mean", "shifted_var");
            double[] clean0 = null;
            double[] shifted0 = null;
            // the first hidden layer: the one the input shift reaches directly
            HiddenLayer first = net.first();
            for (int j = 0; j < first.width; j++) {
                double[] c = clean.preBn(net, eps(), j);
                double[] s = shifted.preBn(net, eps(), j);
                if (j == 0) {
                    clean0 = c;
                    shifted0 = s;
                }
                double cm = BatchNormKernels.mean(c, 0, c.length);
                double sm = BatchNormKernels.mean(s, 0, s.length);
                stats.add(j, first.runningMean.data[j], first.runningVar.data[j], cm,
                        BatchNormKernels.biasedVariance(c, 0, c.length, cm), sm,
                        BatchNormKernels.biasedVariance(s, 0, s.length, sm));
            }
            preBnStats = stats.build();
            histogram = histogram(clean0, shifted0, first.runningMean.data[0], first.runningVar.data[0]);
            double cleanAcc = clean.score(net, eps()).accuracy();
            double shiftedAcc = shifted.score(net, eps()).accuracy();
            double adaAcc = shifted.score(AdaptiveBatchNorm.reestimated(net, eps(), shifted.rows()), eps()).accuracy();
            outcome = new Outcome(LARGE_SHIFT, cleanAcc, shiftedAcc, adaAcc,
                    (adaAcc - shiftedAcc) / (cleanAcc - shiftedAcc));
        }

        @Override
        public ExperimentResult result() {
            List<SeriesTable> tables = new ArrayList<>(List.of(shiftSweep.build(), scaleSweep.build()));
            List<Finding> findings = new ArrayList<>();
            List<Object> details = new ArrayList<>();
            if (preBnStats != null) {
                tables.add(preBnStats);
                tables.add(histogram);
                details.add(outcome);
                findings.add(Finding.of("experiments.finding.shift-accuracy", LARGE_SHIFT.dx(), LARGE_SHIFT.dy(),
                        outcome.cleanAccuracy(), outcome.shiftedAccuracy(), outcome.adaBnAccuracy(),
                        100 * outcome.recoveredFraction()));
            }
            return new ExperimentResult(id(), caption(), settings, tables, findings, details);
        }
    }

    /**
     * Histogram of neuron 0's pre-BN values on the clean and shifted test sets, with the counts a normal
     * distribution N(running_mean, running_var) would give the same number of points (what eval mode assumes).
     */
    static SeriesTable histogram(double[] clean, double[] shifted, double runMean, double runVar) {
        double lo = Math.min(min(clean), min(shifted));
        double hi = Math.max(max(clean), max(shifted));
        double sd = Math.sqrt(runVar);
        lo = Math.min(lo, runMean - 3 * sd);
        hi = Math.max(hi, runMean + 3 * sd);
        double width = (hi - lo) / HISTOGRAM_BINS;
        double[] cc = new double[HISTOGRAM_BINS];
        double[] sc = new double[HISTOGRAM_BINS];
        count(clean, lo, width, cc);
        count(shifted, lo, width, sc);
        SeriesTable.Builder b = SeriesTable.builder("prebn-histogram", "bin_center", "count_test", "count_shifted",
                "count_running_normal");
        for (int k = 0; k < HISTOGRAM_BINS; k++) {
            double c = lo + (k + 0.5) * width;
            // expected count ≈ m·width·φ((c − μ)/σ)/σ
            double zz = (c - runMean) / sd;
            double expected = clean.length * width * Math.exp(-0.5 * zz * zz) / (sd * Math.sqrt(2 * Math.PI));
            b.add(c, cc[k], sc[k], expected);
        }
        return b.build();
    }

    private static void count(double[] v, double lo, double width, double[] bins) {
        for (double x : v) {
            int k = (int) Math.floor((x - lo) / width);
            bins[Math.max(0, Math.min(bins.length - 1, k))]++;
        }
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
