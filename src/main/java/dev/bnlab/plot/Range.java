package dev.bnlab.plot;

/**
 * A closed data range for an axis, grown from values (non-finite ones skipped).
 *
 * @param lo lower end
 * @param hi upper end (&gt; lo once padded)
 */
public record Range(double lo, double hi) {

    public static final Range EMPTY = new Range(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);

    public boolean isEmpty() {
        return !(hi >= lo);
    }

    public Range with(double v) {
        if (!Double.isFinite(v)) {
            return this;
        }
        return new Range(Math.min(lo, v), Math.max(hi, v));
    }

    public Range with(double[] values) {
        Range r = this;
        for (double v : values) {
            r = r.with(v);
        }
        return r;
    }

    /** Widened by a fraction of its span on both sides (a fixed half-width when the span is 0); (0, 1) if empty. */
    public Range padded(double fraction) {
        if (isEmpty()) {
            return new Range(0, 1);
        }
        double span = hi - lo;
        double p = span > 0 ? span * fraction : Math.max(0.5, Math.abs(lo) * 0.1);
        return new Range(lo - p, hi + p);
    }

    /**
     * Like {@link #padded}, but a range of non-negative values starts just below 0 (so a line at 0 stays visible
     * above the axis while the first tick is 0).
     */
    public Range paddedFromZero(double fraction) {
        Range p = padded(fraction);
        return !isEmpty() && lo >= 0 ? new Range(-0.015 * p.hi, p.hi) : p;
    }
}
