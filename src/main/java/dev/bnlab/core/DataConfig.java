package dev.bnlab.core;

/**
 * What data a session trains and tests on.
 *
 * @param kind      which toy problem
 * @param trainSize training points (≥ 2)
 * @param testSize  test points (≥ 1)
 * @param noise     standard deviation of the Gaussian jitter on every point (≥ 0)
 * @param input     transform of the inputs, training and test set alike (badly scaled inputs)
 * @param testShift transform applied to the test set only (covariate shift), after {@code input}
 * @param seed      seed of the points
 */
public record DataConfig(DatasetKind kind, int trainSize, int testSize, double noise, InputTransform input,
                         TestShift testShift, long seed) {

    public DataConfig {
        if (kind == null) {
            throw new IllegalArgumentException("dataset kind is required");
        }
        if (trainSize < 2 || testSize < 1) {
            throw new IllegalArgumentException("need at least 2 training and 1 test point");
        }
        if (!(noise >= 0.0) || !Double.isFinite(noise)) {
            throw new IllegalArgumentException("noise must be a finite number ≥ 0, got " + noise);
        }
        if (input == null) {
            input = InputTransform.NONE;
        }
        if (testShift == null) {
            testShift = TestShift.NONE;
        }
    }

    /** Data with untransformed inputs. */
    public DataConfig(DatasetKind kind, int trainSize, int testSize, double noise, TestShift testShift, long seed) {
        this(kind, trainSize, testSize, noise, InputTransform.NONE, testShift, seed);
    }

    public static DataConfig defaults() {
        return new DataConfig(DatasetKind.XOR, 2048, 512, 0.15, TestShift.NONE, 1L);
    }

    public DataConfig withKind(DatasetKind k) {
        return new DataConfig(k, trainSize, testSize, noise, input, testShift, seed);
    }

    public DataConfig withNoise(double v) {
        return new DataConfig(kind, trainSize, testSize, v, input, testShift, seed);
    }

    public DataConfig withTestShift(TestShift s) {
        return new DataConfig(kind, trainSize, testSize, noise, input, s, seed);
    }

    public DataConfig withInput(InputTransform t) {
        return new DataConfig(kind, trainSize, testSize, noise, t, testShift, seed);
    }

    public DataConfig withSeed(long s) {
        return new DataConfig(kind, trainSize, testSize, noise, input, testShift, s);
    }
}
