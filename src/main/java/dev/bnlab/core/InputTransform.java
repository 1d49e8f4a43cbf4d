package dev.bnlab.core;

/**
 * A transform of the inputs applied to the training and the test data alike, x′ = scale·x + offset on both
 * features: badly scaled or shifted inputs, the case where BN's benefits show on a small network. Unlike
 * {@link TestShift} it is part of the data, not a change between training and testing.
 *
 * @param scale  factor, in [{@value #MIN_SCALE}, {@value #MAX_SCALE}]
 * @param offset added after scaling, in [−{@value #MAX_OFFSET}, {@value #MAX_OFFSET}]
 */
public record InputTransform(double scale, double offset) {

    public static final double MIN_SCALE = 1.0;
    public static final double MAX_SCALE = 20.0;
    public static final double MAX_OFFSET = 10.0;
    public static final InputTransform NONE = new InputTransform(1.0, 0.0);

    public InputTransform {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("input scale must be in [" + MIN_SCALE + ", " + MAX_SCALE + "], got "
                    + scale);
        }
        if (!(offset >= -MAX_OFFSET && offset <= MAX_OFFSET)) {
            throw new IllegalArgumentException("input offset must be in [−" + MAX_OFFSET + ", " + MAX_OFFSET
                    + "], got " + offset);
        }
    }

    public boolean isIdentity() {
        return scale == 1.0 && offset == 0.0;
    }

    /** x′ = scale·x + offset (x itself for the identity, so even a −0.0 stays as it was). */
    public double apply(double x) {
        return isIdentity() ? x : scale * x + offset;
    }
}
