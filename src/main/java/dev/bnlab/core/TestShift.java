package dev.bnlab.core;

/**
 * Covariate shift applied to the test set only: x' = scale·x + (dx, dy).
 */
public record TestShift(double dx, double dy, double scale) {

    public static final TestShift NONE = new TestShift(0, 0, 1);

    public TestShift {
        if (!Double.isFinite(dx) || !Double.isFinite(dy) || !(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("test shift needs finite dx, dy and a scale > 0");
        }
    }

    public boolean isIdentity() {
        return dx == 0 && dy == 0 && scale == 1;
    }
}
