package dev.bnlab.plot;

import java.util.ArrayList;
import java.util.List;

/** How an axis maps and labels its values. */
public enum AxisKind {
    /** Plain numbers. */
    LINEAR,
    /** Fractions 0..1 labelled as percentages. */
    PERCENT,
    /** Positive numbers on a base-2 log scale (the axis works in log₂ units), labelled 0.25, 0.5, 1, 2, 4. */
    LOG2;

    /** Data value → axis coordinate. */
    public double toAxis(double v) {
        return this == LOG2 ? Math.log(v) / Math.log(2) : v;
    }

    /** Axis coordinate → data value (the inverse of {@link #toAxis}). */
    public double fromAxis(double a) {
        return this == LOG2 ? Math.pow(2, a) : a;
    }

    /** Tick positions (axis coordinates) for a range of axis coordinates, about {@code target} of them. */
    public double[] ticks(double lo, double hi, int target) {
        return ticks(lo, hi, target, 1);
    }

    /** Like {@link #ticks(double, double, int)}, with a finer step if needed to get at least minTicks inside. */
    public double[] ticks(double lo, double hi, int target, int minTicks) {
        if (this == LOG2) {
            List<Double> t = new ArrayList<>();
            for (long k = (long) Math.ceil(lo - 1e-9); k <= Math.floor(hi + 1e-9); k++) {
                t.add((double) k);
            }
            return t.stream().mapToDouble(Double::doubleValue).toArray();
        }
        return Ticks.ticks(lo, hi, Ticks.step(lo, hi, target, minTicks));
    }

    /** The label of a tick. */
    public String label(double tick, double[] ticks) {
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
        return switch (this) {
            case LINEAR -> Ticks.label(tick, step);
            case PERCENT -> Ticks.label(tick * 100, step * 100) + " %";
            case LOG2 -> Ticks.compact(Math.pow(2, tick));
        };
    }
}
