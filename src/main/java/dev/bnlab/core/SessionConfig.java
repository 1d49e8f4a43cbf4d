package dev.bnlab.core;

/**
 * Structural settings: changing any of them rebuilds the session from its seeds.
 *
 * @param data         the data set
 * @param hidden       hidden neurons h (1–64)
 * @param activation   hidden activation
 * @param placement    BN placement
 * @param initSeed     seed of the initial weights
 * @param batchSeed    seed of the mini-batch order
 * @param evalInterval evaluate the test set (eval mode) and the population statistics every this many steps
 */
public record SessionConfig(DataConfig data, int hidden, Activation activation, Placement placement, long initSeed,
                            long batchSeed, int evalInterval) {

    public static final int MAX_HIDDEN = 64;

    public SessionConfig {
        if (data == null || activation == null || placement == null) {
            throw new IllegalArgumentException("data, activation and placement are required");
        }
        if (hidden < 1 || hidden > MAX_HIDDEN) {
            throw new IllegalArgumentException("hidden must be in 1.." + MAX_HIDDEN + ", got " + hidden);
        }
        if (evalInterval < 1) {
            throw new IllegalArgumentException("evalInterval must be ≥ 1, got " + evalInterval);
        }
    }

    public static SessionConfig defaults() {
        return new SessionConfig(DataConfig.defaults(), 3, Activation.SIGMOID, Placement.BEFORE, 1L, 1L, 10);
    }

    /** All three seeds set to one value (the app's single "seed" control). */
    public SessionConfig withSeed(long seed) {
        return new SessionConfig(data.withSeed(seed), hidden, activation, placement, seed, seed, evalInterval);
    }

    public SessionConfig withData(DataConfig d) {
        return new SessionConfig(d, hidden, activation, placement, initSeed, batchSeed, evalInterval);
    }

    public SessionConfig withHidden(int h) {
        return new SessionConfig(data, h, activation, placement, initSeed, batchSeed, evalInterval);
    }

    public SessionConfig withActivation(Activation a) {
        return new SessionConfig(data, hidden, a, placement, initSeed, batchSeed, evalInterval);
    }

    public SessionConfig withPlacement(Placement p) {
        return new SessionConfig(data, hidden, activation, p, initSeed, batchSeed, evalInterval);
    }

    public SessionConfig withEvalInterval(int k) {
        return new SessionConfig(data, hidden, activation, placement, initSeed, batchSeed, k);
    }
}
