package dev.bnlab.scenario;

/**
 * Finds the first NaN or ±Infinity among named values, e.g. {@code "grads.W1[0][1] is NaN"}; JSON cannot
 * hold such numbers, so a trace containing one must not be written.
 */
final class FiniteCheck {

    private String firstProblem;
    private String firstName;
    private double firstValue;

    FiniteCheck value(String name, double v) {
        if (firstProblem == null && !Double.isFinite(v)) {
            firstProblem = name + " is " + v;
            firstName = name;
            firstValue = v;
        }
        return this;
    }

    FiniteCheck vector(String name, double[] v) {
        if (v != null) {
            for (int i = 0; i < v.length && firstProblem == null; i++) {
                value(name + "[" + i + "]", v[i]);
            }
        }
        return this;
    }

    FiniteCheck matrix(String name, double[][] m) {
        if (m != null) {
            for (int i = 0; i < m.length && firstProblem == null; i++) {
                vector(name + "[" + i + "]", m[i]);
            }
        }
        return this;
    }

    FiniteCheck parameters(String name, ParameterSet p) {
        for (int k = 0; k < p.layers().size(); k++) {
            ParameterSet.Layer l = p.layers().get(k);
            String at = name + ".layers[" + k + "]";
            matrix(at + ".W", l.w()).vector(at + ".b", l.b()).vector(at + ".gamma", l.gamma())
                    .vector(at + ".beta", l.beta());
        }
        return matrix(name + ".output.W", p.outW()).vector(name + ".output.b", p.outB());
    }

    FiniteCheck running(String name, RunningStats r) {
        return r == null ? this : vector(name + "_mean", r.mean()).vector(name + "_var", r.var());
    }

    /** Description of the first non-finite value, or null when all were finite. */
    String firstProblem() {
        return firstProblem;
    }

    /** Name of the first non-finite value, or null. */
    String firstName() {
        return firstName;
    }

    /** The first non-finite value (NaN or ±Infinity; meaningful only when {@link #firstName()} is not null). */
    double firstValue() {
        return firstValue;
    }
}
