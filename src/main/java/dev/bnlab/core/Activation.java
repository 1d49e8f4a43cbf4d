package dev.bnlab.core;

/** Hidden-layer nonlinearity, with its derivative and the region where it saturates. */
public enum Activation {
    /** σ(t) = 1/(1+e^−t); σ' = σ(1−σ); saturated where σ' &lt; 10 % of its peak 1/4, i.e. |t| &gt; 3.64. */
    SIGMOID("sigmoid", -3.6377150248058816, 3.6377150248058816),
    /** tanh(t); tanh' = 1 − tanh²; saturated where tanh' &lt; 10 % of its peak 1, i.e. |t| &gt; 1.818. */
    TANH("tanh", -1.8184464592320668, 1.8184464592320668),
    /** relu(t) = max(t, 0); relu'(t) = 1 if t &gt; 0 else 0; "saturated" on the dead side t ≤ 0. */
    RELU("relu", 0.0, Double.POSITIVE_INFINITY);

    private final String id;
    private final double saturatedBelow;
    private final double saturatedAbove;

    Activation(String id, double saturatedBelow, double saturatedAbove) {
        this.id = id;
        this.saturatedBelow = saturatedBelow;
        this.saturatedAbove = saturatedAbove;
    }

    /** Name used in files and on the command line. */
    public String id() {
        return id;
    }

    public double apply(double t) {
        switch (this) {
            case SIGMOID: return 1.0 / (1.0 + Math.exp(-t));
            case TANH: return Math.tanh(t);
            default: return t > 0 ? t : 0.0;
        }
    }

    /** act'(t), given the input t and the output act(t) (sigmoid and tanh use the output). */
    public double derivative(double input, double output) {
        switch (this) {
            case SIGMOID: return output * (1.0 - output);
            case TANH: return 1.0 - output * output;
            default: return input > 0 ? 1.0 : 0.0;
        }
    }

    /** Upper edge of the lower saturated region: inputs t ≤ this (relu) or &lt; this (sigmoid/tanh) are saturated. */
    public double saturatedBelow() {
        return saturatedBelow;
    }

    /** Lower edge of the upper saturated region (+∞ when there is none). */
    public double saturatedAbove() {
        return saturatedAbove;
    }

    /** True when the input t lies in the shaded (saturated or dead) region. */
    public boolean isSaturated(double t) {
        if (this == RELU) {
            return t <= 0.0;
        }
        return t < saturatedBelow || t > saturatedAbove;
    }

    public static Activation fromId(String id) {
        for (Activation a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation \"" + id + "\" (expected sigmoid, tanh or relu)");
    }
}
