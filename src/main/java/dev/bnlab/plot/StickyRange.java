package dev.bnlab.plot;

/**
 * An axis range that stays put from step to step so that a shift of the data is visible: it snaps to nice
 * numbers, expands at once when the data leaves it, and shrinks (to fit the data again) only after the data
 * has filled less than {@link #SHRINK_BELOW} of it for {@code patience} updates in a row. An optional floor
 * range is always included. Feed it once per new frame, not per redraw.
 */
public final class StickyRange {

    /** Shrink when the data spans less than this fraction of the range (for a while). */
    public static final double SHRINK_BELOW = 1.0 / 3.0;
    /** Padding added on each side of the data before snapping, as a fraction of the data's span. */
    static final double PAD = 0.05;
    /** The range ends on multiples of a nice step of about 1/SNAP_DIVISIONS of the padded data span. */
    static final int SNAP_DIVISIONS = 10;

    private final int patience;
    private final double floorLo;
    private final double floorHi;
    private double lo = Double.NaN;
    private double hi = Double.NaN;
    private int underused;

    /** A range with no floor that shrinks after {@code patience} underused updates. */
    public StickyRange(int patience) {
        this(patience, Double.NaN, Double.NaN);
    }

    /** A range that always includes [floorLo, floorHi] (NaN for none). */
    public StickyRange(int patience, double floorLo, double floorHi) {
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be ≥ 1, got " + patience);
        }
        this.patience = patience;
        this.floorLo = floorLo;
        this.floorHi = floorHi;
        reset();
    }

    /** Forgets the data seen so far (back to the floor, or to unset). */
    public void reset() {
        underused = 0;
        if (hasFloor()) {
            lo = floorLo;
            hi = floorHi;
        } else {
            lo = Double.NaN;
            hi = Double.NaN;
        }
    }

    private boolean hasFloor() {
        return Double.isFinite(floorLo) && Double.isFinite(floorHi) && floorHi > floorLo;
    }

    public boolean isSet() {
        return !Double.isNaN(lo);
    }

    public double lo() {
        return lo;
    }

    public double hi() {
        return hi;
    }

    /** Updates the range for data spanning [dataLo, dataHi]; non-finite data leaves it unchanged. */
    public void update(double dataLo, double dataHi) {
        if (!Double.isFinite(dataLo) || !Double.isFinite(dataHi)) {
            return;
        }
        if (dataHi < dataLo) {
            double t = dataLo;
            dataLo = dataHi;
            dataHi = t;
        }
        if (!isSet()) {
            setTo(dataLo, dataHi);
            return;
        }
        if (dataLo < lo || dataHi > hi) {
            // expand at once, keeping what is already shown
            setTo(Math.min(lo, dataLo), Math.max(hi, dataHi));
            underused = 0;
            return;
        }
        // occupancy = data span / range span
        double occupancy = (dataHi - dataLo) / (hi - lo);
        if (occupancy < SHRINK_BELOW) {
            underused++;
        } else {
            underused = 0;
        }
        if (underused >= patience) {
            double oldLo = lo;
            double oldHi = hi;
            setTo(dataLo, dataHi);
            // the floor may make the snapped range as large as before: then nothing to wait for
            underused = 0;
            if (lo == oldLo && hi == oldHi) {
                return;
            }
        }
    }

    /** Expands (only) to cover [dataLo, dataHi], without counting an update; for redraws of the same frame. */
    public void include(double dataLo, double dataHi) {
        if (!Double.isFinite(dataLo) || !Double.isFinite(dataHi)) {
            return;
        }
        if (!isSet()) {
            setTo(Math.min(dataLo, dataHi), Math.max(dataLo, dataHi));
        } else if (Math.min(dataLo, dataHi) < lo || Math.max(dataLo, dataHi) > hi) {
            setTo(Math.min(lo, Math.min(dataLo, dataHi)), Math.max(hi, Math.max(dataLo, dataHi)));
        }
    }

    private void setTo(double dataLo, double dataHi) {
        double[] r = snap(dataLo, dataHi);
        lo = r[0];
        hi = r[1];
        if (hasFloor()) {
            lo = Math.min(lo, floorLo);
            hi = Math.max(hi, floorHi);
        }
    }

    /** [lo, hi] padded by {@link #PAD} of the span and widened outward to multiples of a nice tick step. */
    public static double[] snap(double dataLo, double dataHi) {
        boolean nonNegative = dataLo >= 0;
        boolean nonPositive = dataHi <= 0;
        double span = dataHi - dataLo;
        // pad = 5 % of the span each side (a window of ±25 % around a single value; ±1 around 0)
        double pad = span > 0 ? PAD * span : dataLo == 0 ? 1.0 : Math.abs(dataLo) * 0.25;
        dataLo -= pad;
        dataHi += pad;
        // padding never pushes data of one sign across zero (counts and variances keep a 0 baseline)
        if (nonNegative && !nonPositive) {
            dataLo = Math.max(0, dataLo);
        } else if (nonPositive && !nonNegative) {
            dataHi = Math.min(0, dataHi);
        } else if (nonNegative && nonPositive) {
            dataLo = 0;
        }
        span = dataHi - dataLo;
        double step = Ticks.step(span, SNAP_DIVISIONS);
        double lo = Math.floor(dataLo / step) * step;
        double hi = Math.ceil(dataHi / step) * step;
        if (!(hi > lo)) {
            hi = lo + step;
        }
        return new double[] {lo, hi};
    }
}
