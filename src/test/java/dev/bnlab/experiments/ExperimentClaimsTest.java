package dev.bnlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What each experiment's caption says, checked: statements about all seeds against the medians over seeds 1–10
 * ({@link StoredVerdicts}, themselves re-measured by StoredVerdictsTest), statements about a run against the
 * default seed. Where the explainer's claim does not hold, the caption must say so and the verdict must agree.
 */
class ExperimentClaimsTest {

    private static final Map<String, ExperimentResult> CACHE = new HashMap<>();

    private static ExperimentResult run(String id) {
        return CACHE.computeIfAbsent(id, k -> {
            Experiment e = ExperimentCatalog.byId(k).orElseThrow();
            return e.run(ExperimentSettings.defaultsFor(e));
        });
    }

    private static StoredVerdict verdict(String id) {
        return StoredVerdicts.of(id).orElseThrow();
    }

    private static double median(String id, String metric) {
        Double v = verdict(id).medians().get(metric);
        assertThat(v).as("%s: median of %s", id, metric).isNotNull();
        return v;
    }

    private static double tailMean(SeriesTable t, String column) {
        return SeriesStats.meanOfLast(t.column(column), Math.max(1, t.rowCount() / 10));
    }

    private static double allMean(SeriesTable t, String column) {
        return SeriesStats.mean(t.column(column), 0, t.rowCount());
    }

    @Test
    void everyExperimentRunsItsDefaultStepsAndProducesSeries() {
        for (Experiment e : ExperimentCatalog.all()) {
            ExperimentResult r = run(e.id());
            assertThat(r.settings().steps()).isEqualTo(e.defaultSteps());
            assertThat(r.settings().seed()).isEqualTo(ExperimentSettings.DEFAULT_SEED);
            assertThat(r.series()).as(e.id()).isNotEmpty();
            assertThat(r.findings()).as(e.id()).isNotEmpty();
            assertThat(r.caption()).as(e.id()).isEqualTo(e.caption()).hasSizeGreaterThan(80).doesNotContain("TODO");
            for (SeriesTable t : r.series()) {
                assertThat(t.rowCount()).as(e.id() + " " + t.name()).isPositive();
            }
        }
    }

    /** Deep: BN leaves the plateau near ln 2, no BN does not; the small network is left to the seed. */
    @Test
    void bnVsNoBn() {
        assertThat(verdict("bn-vs-nobn").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(median("bn-vs-nobn", "test_loss_nobn")).isCloseTo(Math.log(2), org.assertj.core.data.Offset.offset(0.01));
        assertThat(median("bn-vs-nobn", "test_loss_bn")).isLessThan(0.2);
        assertThat(verdict("bn-vs-nobn-small").verdict()).isNotEqualTo(Verdict.HOLDS);
        assertThat(run("bn-vs-nobn-small").caption()).contains("depends on the seed");
        ExperimentResult small = run("bn-vs-nobn-small");
        assertThat(allMean(small.series("saturation"), "saturation_bn"))
                .as("BN keeps the sigmoid inputs less saturated").isLessThan(allMean(small.series("saturation"),
                        "saturation_nobn"));
    }

    /** Depth sweep: little difference at one layer, BN much sooner from three layers on. */
    @Test
    void depthSweep() {
        assertThat(verdict("depth-sweep").verdict()).isEqualTo(Verdict.HOLDS);
        double bn = median("depth-sweep", "mean_steps_deep_bn");
        double nobn = median("depth-sweep", "mean_steps_deep_nobn");
        assertThat(nobn).as("'much sooner'").isGreaterThan(2 * bn);
        ExperimentResult r = run("depth-sweep");
        assertThat(r.series("steps-to-90").rowCount()).isEqualTo(DepthSweepExperiment.MAX_LAYERS);
        assertThat(r.series("test-accuracy").rowCount()).isEqualTo(100);
    }

    /** ×30 from 0.1: BN-x30 far better than BN-x1; no BN stays near ln 2 at both rates. */
    @Test
    void learningRateTimesThirty() {
        assertThat(verdict("lr-x1-vs-x30").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(median("lr-x1-vs-x30", "test_loss_bn-x30")).isLessThan(0.5 * median("lr-x1-vs-x30",
                "test_loss_bn-x1"));
        for (String run : new String[] {"nobn-x1", "nobn-x30"}) {
            assertThat(median("lr-x1-vs-x30", "test_loss_" + run)).as(run)
                    .isCloseTo(Math.log(2), org.assertj.core.data.Offset.offset(0.02));
        }
        assertThat(run("lr-x1-vs-x30").caption()).contains("Why ×30 needs care");
    }

    /** ×30 on W, b only trains like ×1; ×30 on γ, β, output (or all) blows up the loss. */
    @Test
    void learningRateTimesThirtySplit() {
        assertThat(verdict("lr-x30-split").verdict()).isEqualTo(Verdict.HOLDS);
        double w = median("lr-x30-split", "test_loss_x30-w");
        double x1 = median("lr-x30-split", "test_loss_x1");
        assertThat(w).as("'as well as at ×1'").isLessThan(1.5 * x1);
        assertThat(median("lr-x30-split", "test_loss_x30")).as("'blows up'").isGreaterThan(Math.log(2));
        assertThat(median("lr-x30-split", "test_loss_x30-rest")).isGreaterThan(Math.log(2));
    }

    /** Before vs after: after reaches the lower loss on most seeds, before has fewer saturated sigmoid inputs. */
    @Test
    void beforeVsAfter() {
        StoredVerdict v = verdict("before-vs-after");
        assertThat(v.wins()).as("'on most seeds'").isGreaterThan(v.seeds() / 2);
        ExperimentResult r = run("before-vs-after");
        assertThat(allMean(r.series("saturation"), "saturation_before"))
                .isLessThan(allMean(r.series("saturation"), "saturation_after"));
    }

    /** Momentum 0.99 vs 0.9: identical training; early eval nearly equal; the slow running variance lags late. */
    @Test
    void kerasMomentum() {
        ExperimentResult r = run("keras-momentum-0.99-vs-0.9");
        assertThat(r.series("loss").column("loss_m0.99")).containsExactly(r.series("loss").column("loss_m0.9"));
        assertThat(Math.abs(median("keras-momentum-0.99-vs-0.9", "early_test_loss_m0.99")
                - median("keras-momentum-0.99-vs-0.9", "early_test_loss_m0.9"))).as("'about the same'")
                .isLessThan(0.01);
        SeriesTable eval = r.series("eval");
        assertThat(tailMean(eval, "var_ratio_m0.99")).isLessThan(tailMean(eval, "var_ratio_m0.9"));
        assertThat(verdict("keras-momentum-0.99-vs-0.9").verdict()).isNotEqualTo(Verdict.HOLDS);
        assertThat(r.caption()).contains("not visible");
    }

    /** Training-mode and eval-mode outputs differ, more late in training than early. */
    @Test
    void trainVsEval() {
        assertThat(verdict("train-vs-eval").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(median("train-vs-eval", "mean_abs_difference_last"))
                .isGreaterThan(2 * median("train-vs-eval", "mean_abs_difference_first"));
        ExperimentResult r = run("train-vs-eval");
        TrainEvalComparison last = r.detail(TrainEvalComparison.class).orElseThrow();
        assertThat(last.maxOutputDifference()).isGreaterThan(0.01);
        assertThat(r.series("outputs").rowCount()).isEqualTo(32);
    }

    @Test
    void singleInstance() {
        assertThat(verdict("single-instance").verdict()).isEqualTo(Verdict.HOLDS);
        ExperimentResult r = run("single-instance");
        InstancePath p = r.detail(InstancePath.class).orElseThrow();
        assertThat(p.neurons()).hasSize(3);
        assertThat(r.series("instance-output").last("probability")).isEqualTo(p.probability());
        SingleExampleBatch.Outcome one = r.detail(SingleExampleBatch.Outcome.class).orElseThrow();
        assertThat(one.xhat().max()).isZero();
        assertThat(one.xhat().min()).isZero();
        assertThat(r.findings().get(1).text()).contains("cannot work");
    }

    /** A test shift lowers eval accuracy (how much depends on the seed); AdaBN wins back nearly all of it. */
    @Test
    void covariateShift() {
        assertThat(median("covariate-shift", "recovered_fraction")).as("'nearly all of the drop'")
                .isGreaterThan(0.9);
        ExperimentResult r = run("covariate-shift");
        CovariateShiftExperiment.Outcome o = r.detail(CovariateShiftExperiment.Outcome.class).orElseThrow();
        assertThat(o.shiftedAccuracy()).isLessThan(o.cleanAccuracy());
        SeriesTable sweep = r.series("shift-sweep");
        double[] adabn = sweep.column("accuracy_adabn");
        for (double a : adabn) {
            assertThat(a).as("AdaBN undoes a translation almost exactly").isCloseTo(adabn[0],
                    org.assertj.core.data.Offset.offset(0.01));
        }
        assertThat(r.caption()).contains("depends on the seed");
    }

    /** Inputs ×10: BN's band starts at that of x̂, is less than half as wide and less saturated. */
    @Test
    void percentileBands() {
        assertThat(verdict("percentile-bands").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(median("percentile-bands", "band_width_nobn"))
                .as("'less than half as wide'").isGreaterThan(2 * median("percentile-bands", "band_width_bn"));
        SeriesTable t = run("percentile-bands").series("percentiles");
        assertThat(SeriesStats.mean(t.column("p15_bn"), 0, 10)).isBetween(-1.4, -0.7);
        assertThat(SeriesStats.mean(t.column("p85_bn"), 0, 10)).isBetween(0.7, 1.4);
        assertThat(verdict("percentile-bands-plain").verdict()).isNotEqualTo(Verdict.HOLDS);
        assertThat(run("percentile-bands-plain").caption()).contains("depends on the seed");
    }

    /** ICS: BN does not reduce it; noisy BN has far more; noisy BN trains, but more slowly than BN. */
    @Test
    void internalCovariateShift() {
        String id = "internal-covariate-shift";
        assertThat(median(id, "ics_l2_bn")).isGreaterThanOrEqualTo(median(id, "ics_l2_nobn"));
        assertThat(median(id, "ics_l2_noisy")).isGreaterThan(4 * median(id, "ics_l2_bn"));
        assertThat(median(id, "clean_loss_noisy")).isGreaterThan(median(id, "clean_loss_bn")).isLessThan(0.6);
        assertThat(verdict(id).verdict()).isEqualTo(Verdict.DOES_NOT_HOLD);
        assertThat(run(id).caption()).contains("more slowly than BN");
    }

    /** Landscape: inputs ×10, all three measures several times smaller with BN; plain inputs, the opposite. */
    @Test
    void lossLandscape() {
        assertThat(verdict("loss-landscape").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(verdict("loss-landscape-plain").verdict()).isEqualTo(Verdict.DOES_NOT_HOLD);
        for (String m : new String[] {"loss_variation", "gradient_predictiveness", "beta_smoothness"}) {
            assertThat(median("loss-landscape", m + "_nobn")).as("'several times smaller' " + m)
                    .isGreaterThan(2.5 * median("loss-landscape", m + "_bn"));
            assertThat(median("loss-landscape-plain", m + "_bn")).as(m)
                    .isGreaterThan(median("loss-landscape-plain", m + "_nobn"));
        }
        assertThat(run("loss-landscape-plain").caption()).contains("the opposite of the paper holds");
    }

    /** Layer coupling: scaling W1 barely changes the BN network's output and changes the plain one's a lot. */
    @Test
    void layerCoupling() {
        assertThat(verdict("layer-coupling").verdict()).isEqualTo(Verdict.HOLDS);
        ExperimentResult r = run("layer-coupling");
        SeriesTable t = r.series("coupling");
        double maxPlain = 0;
        for (double v : t.column("output_change_nobn")) {
            maxPlain = Math.max(maxPlain, v);
        }
        assertThat(maxPlain).isGreaterThan(0.1);
        int one = java.util.Arrays.binarySearch(t.xValues(), 1.0);
        assertThat(t.value(one, t.columnIndex("output_change_nobn"))).isZero();
    }
}
