package dev.bnlab.experiments;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Numbers of a side-by-side result that claims are judged on: each run's eval-mode test loss at the last step
 * and the first step at which its test accuracy reached a level (docs/experiments.md, "Verdicts over seeds").
 */
final class LockstepClaims {

    /** The accuracy "converged" means in the speed claims. */
    static final double ACCURACY_LEVEL = 0.95;

    private LockstepClaims() {
    }

    /** Test loss (eval mode) at the last eval step; +∞ for a run that diverged (the worst possible loss). */
    static double finalTestLoss(ExperimentResult r, String label) {
        SeriesTable eval = r.series("eval");
        double v = eval.rowCount() == 0 ? Double.NaN : eval.last("test_loss_" + label);
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    /** First eval step at which the test accuracy was ≥ level; +∞ when it never was. */
    static double stepsToAccuracy(ExperimentResult r, String label, double level) {
        SeriesTable eval = r.series("eval");
        double[] acc = eval.column("test_accuracy_" + label);
        for (int i = 0; i < acc.length; i++) {
            if (acc[i] >= level) {
                return eval.x(i);
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** test_loss_LABEL for every label, in order. */
    static Map<String, Double> finalTestLosses(ExperimentResult r, String... labels) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String l : labels) {
            m.put("test_loss_" + l, finalTestLoss(r, l));
        }
        return m;
    }

    /** "BN trains faster": the final test loss with BN is below the one without, on the same data and batches. */
    static Claim fasterWithBn() {
        return new Claim("experiments.rule.lower-test-loss", r -> {
            Map<String, Double> m = finalTestLosses(r, "bn", "nobn");
            m.put("steps_to_95_bn", stepsToAccuracy(r, "bn", ACCURACY_LEVEL));
            m.put("steps_to_95_nobn", stepsToAccuracy(r, "nobn", ACCURACY_LEVEL));
            return m;
        }, m -> m.get("test_loss_bn") < m.get("test_loss_nobn"));
    }

    /** "BN trains at 30× the learning rate": BN-x30 ends below BN-x1 and below no-BN-x30. */
    static Claim thirtyTimesTheRate() {
        return new Claim("experiments.rule.x30", r -> finalTestLosses(r, "bn-x1", "bn-x30", "nobn-x1", "nobn-x30"),
                m -> m.get("test_loss_bn-x30") < m.get("test_loss_bn-x1")
                        && m.get("test_loss_bn-x30") < m.get("test_loss_nobn-x30"));
    }

    /**
     * "×30 is safe on the weights BN protects": ×30 on the hidden layers' W and b only ends below ×30 on
     * everything and below ×30 on γ, β and the output layer only.
     */
    static Claim thirtyTimesOnWeightsFeedingBn() {
        return new Claim("experiments.rule.x30-split", r -> finalTestLosses(r, "x1", "x30", "x30-w", "x30-rest"),
                m -> m.get("test_loss_x30-w") < m.get("test_loss_x30")
                        && m.get("test_loss_x30-w") < m.get("test_loss_x30-rest"));
    }

    /** "BN after the activation trains better than before it" (the later experiments the explainer cites). */
    static Claim afterBeatsBefore() {
        return new Claim("experiments.rule.after-lower", r -> finalTestLosses(r, "before", "after"),
                m -> m.get("test_loss_after") < m.get("test_loss_before"));
    }

    /** "Stale running statistics make eval mode wrong early": mean test loss over the first 30 steps. */
    static Claim staleRunningStatistics() {
        return new Claim("experiments.rule.stale-early", r -> {
            Map<String, Double> m = new LinkedHashMap<>();
            SeriesTable eval = r.series("eval");
            for (String l : new String[] {"m0.99", "m0.9"}) {
                double[] loss = eval.column("test_loss_" + l);
                double s = 0;
                int k = 0;
                for (int i = 0; i < loss.length && eval.x(i) <= EARLY_STEPS; i++, k++) {
                    s += loss[i];
                }
                m.put("early_test_loss_" + l, k == 0 ? Double.NaN : s / k);
            }
            return m;
        }, m -> m.get("early_test_loss_m0.99") > m.get("early_test_loss_m0.9"));
    }

    /** Steps counted as "early" by {@link #staleRunningStatistics()}. */
    static final int EARLY_STEPS = 30;
}
