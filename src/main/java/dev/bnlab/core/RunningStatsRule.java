package dev.bnlab.core;

/**
 * One update of the running statistics from one batch (docs/golden-schema.md §3.5).
 *
 * @param convention how momentum is read
 * @param momentum   m in [0, 1]; ignored by {@link Convention#PYTORCH_CUMULATIVE}
 */
public record RunningStatsRule(Convention convention, double momentum) {

    public RunningStatsRule {
        if (convention == null) {
            throw new IllegalArgumentException("convention is required");
        }
        if (convention != Convention.PYTORCH_CUMULATIVE && !(momentum >= 0.0 && momentum <= 1.0)) {
            throw new IllegalArgumentException("momentum must be in [0, 1], got " + momentum);
        }
    }

    /** Weight of the new batch statistic for the given update (updateNumber = 1 for the first update). */
    public double batchWeight(long updateNumber) {
        switch (convention) {
            case KERAS: return 1.0 - momentum;
            case PYTORCH: return momentum;
            default: return 1.0 / updateNumber;
        }
    }

    /** Factor applied to the biased batch variance before averaging: 1 (keras) or n/(n−1) (pytorch). */
    public double varianceCorrection(int n) {
        return convention == Convention.KERAS ? 1.0 : (double) n / (n - 1);
    }

    /** running ← (1−w)·running + w·batch, per neuron, for this convention's weight w. */
    public void update(double[] runningMean, double[] runningVar, double[] batchMean, double[] batchVar,
                       int h, int n, long updateNumber) {
        double w = batchWeight(updateNumber);
        double keep = convention == Convention.KERAS ? momentum : 1.0 - w;
        double corr = varianceCorrection(n);
        for (int j = 0; j < h; j++) {
            runningMean[j] = keep * runningMean[j] + w * batchMean[j];
            runningVar[j] = keep * runningVar[j] + w * (batchVar[j] * corr);
        }
    }
}
