package dev.bnlab.core;

import java.util.Arrays;

/** An immutable vector of doubles (a private copy; never written after construction). */
public final class Vec {

    private static final Vec EMPTY = new Vec(new double[0]);
    private final double[] v;

    private Vec(double[] owned) {
        this.v = owned;
    }

    public static Vec copyOf(double[] values) {
        return new Vec(values.clone());
    }

    /** Takes ownership of an array the caller will never write again. */
    static Vec wrap(double[] owned) {
        return new Vec(owned);
    }

    public static Vec empty() {
        return EMPTY;
    }

    public int size() {
        return v.length;
    }

    public double get(int i) {
        return v[i];
    }

    /** Copies the values into dst[0 .. size). */
    public void copyInto(double[] dst) {
        System.arraycopy(v, 0, dst, 0, v.length);
    }

    /** The values [from, to) as a new vector. */
    public Vec slice(int from, int to) {
        return new Vec(Arrays.copyOfRange(v, from, to));
    }

    public double[] toArray() {
        return v.clone();
    }

    public double min() {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    public double max() {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    /** (1/n) Σ v. */
    public double mean() {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** (1/n) Σ (v − mean)², biased. */
    public double variance() {
        double mu = mean();
        double s = 0;
        for (double x : v) {
            s += (x - mu) * (x - mu);
        }
        return s / v.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vec other && Arrays.equals(v, other.v);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(v);
    }

    @Override
    public String toString() {
        return Arrays.toString(v);
    }
}
