package dev.bnlab.ui.view;

/**
 * The top of a y axis that starts at 0 and must not jitter: it jumps to a round value above the data when the
 * data outgrow it, and only comes down when the data use less than a quarter of it (or the run restarts).
 */
final class StickyUpperBound {

    private final double floor;
    private final double cap;
    private double bound = Double.NaN;

    /**
     * @param floor the smallest bound ever shown (&gt; 0)
     * @param cap   the largest bound ever shown (values above it are drawn clipped)
     */
    StickyUpperBound(double floor, double cap) {
        this.floor = floor;
        this.cap = cap;
    }

    /** Forgets the bound (a new run). */
    void reset() {
        bound = Double.NaN;
    }

    /** Updates with the largest value to show (NaN: keep the bound) and returns the bound. */
    double update(double needed) {
        if (!Double.isFinite(needed) || needed <= 0) {
            if (Double.isNaN(bound)) {
                bound = floor;
            }
            return bound;
        }
        // 5 % headroom above the data, rounded up to a round number
        double round = Math.min(cap, Math.max(floor, AxisTicks.ceil(needed * 1.05)));
        if (Double.isNaN(bound) || round > bound || round < bound / 4) {
            bound = round;
        }
        return bound;
    }

    double bound() {
        return bound;
    }
}
