package dev.bnlab.core;

/**
 * Compares numbers with a relative tolerance and remembers the largest error seen (as Karpathy's {@code cmp}
 * helper reports the largest difference). Error = |got − expected| / max(|expected|, floor): relative for
 * ordinary values, absolute (scaled by 1/floor) for values that should be near zero.
 */
final class ErrorMeter {

    private final double floor;
    private double worst;
    private String worstWhere = "nothing compared";
    private long compared;
    private double worstRelative;

    ErrorMeter(double floor) {
        this.floor = floor;
    }

    /** Records one comparison and returns its error. */
    double compare(String where, double got, double expected) {
        return compare(where, got, expected, floor);
    }

    /** As {@link #compare(String, double, double)} with another floor, for values whose natural scale is known. */
    double compare(String where, double got, double expected, double valueFloor) {
        double err = error(got, expected, valueFloor);
        compared++;
        if (Math.abs(expected) >= valueFloor && !(err <= worstRelative)) {
            worstRelative = err;
        }
        if (!(err <= worst)) {
            worst = err;
            worstWhere = where + ": got " + got + ", expected " + expected;
        }
        return err;
    }

    private static double error(double got, double expected, double valueFloor) {
        if (Double.isNaN(got) || Double.isNaN(expected)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(got - expected) / Math.max(Math.abs(expected), valueFloor);
    }

    double worst() {
        return worst;
    }

    /** The worst error among values at least the floor in magnitude (a purely relative error). */
    double worstRelative() {
        return worstRelative;
    }

    String worstWhere() {
        return worstWhere;
    }

    long compared() {
        return compared;
    }

    /** Keeps the larger worst error of this and another meter. */
    synchronized void absorb(ErrorMeter other) {
        compared += other.compared;
        worstRelative = Math.max(worstRelative, other.worstRelative);
        if (!(other.worst <= worst)) {
            worst = other.worst;
            worstWhere = other.worstWhere;
        }
    }
}
