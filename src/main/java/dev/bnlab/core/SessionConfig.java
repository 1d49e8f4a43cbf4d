package dev.bnlab.core;

/**
 * Structural settings: changing any of them rebuilds the session from its seeds.
 *
 * @param data         the data set
 * @param hidden       neurons h of every hidden layer (1–64)
 * @param layers       hidden layers L (1–8), each Linear → [BN] → activation
 * @param activation   hidden activation
 * @param placement    BN placement
 * @param initSeed     seed of the initial weights
 * @param batchSeed    seed of the mini-batch order
 * @param evalInterval evaluate the test set (eval mode) and the population statistics every this many steps
 */
public record SessionConfig(DataConfig data, int hidden, int layers, Activation activation, Placement placement,
                            long initSeed, long batchSeed, int evalInterval) {

    public static final int MAX_HIDDEN = 64;
    public static final int MAX_LAYERS = 8;

    public SessionConfig {
        if (data == null || activation == null || placement == null) {
            throw new IllegalArgumentException("data, activation and placement are required");
        }
        if (hidden < 1 || hidden > MAX_HIDDEN) {
            throw new IllegalArgumentException("hidden must be in 1.." + MAX_HIDDEN + ", got " + hidden);
        }
        if (layers < 1 || layers > MAX_LAYERS) {
            throw new IllegalArgumentException("layers must be in 1.." + MAX_LAYERS + ", got " + layers);
        }
        if (evalInterval < 1) {
            throw new IllegalArgumentException("evalInterval must be ≥ 1, got " + evalInterval);
        }
    }

    public static SessionConfig defaults() {
        return new SessionConfig(DataConfig.defaults(), 3, 1, Activation.SIGMOID, Placement.BEFORE, 1L, 1L, 10);
    }

    /** All three seeds set to one value (the app's single "seed" control). */
    public SessionConfig withSeed(long seed) {
        return new SessionConfig(data.withSeed(seed), hidden, layers, activation, placement, seed, seed, evalInterval);
    }

    public SessionConfig withData(DataConfig d) {
        return new SessionConfig(d, hidden, layers, activation, placement, initSeed, batchSeed, evalInterval);
    }

    public SessionConfig withHidden(int h) {
        return new SessionConfig(data, h, layers, activation, placement, initSeed, batchSeed, evalInterval);
    }

    public SessionConfig withLayers(int l) {
        return new SessionConfig(data, hidden, l, activation, placement, initSeed, batchSeed, evalInterval);
    }

    /** Widths h_1 … h_L (every layer h wide). */
    public int[] widths() {
        int[] w = new int[layers];
        java.util.Arrays.fill(w, hidden);
        return w;
    }

    /** Hidden neurons over all layers, L·h. */
    public int neuronCount() {
        return layers * hidden;
    }

    public SessionConfig withActivation(Activation a) {
        return new SessionConfig(data, hidden, layers, a, placement, initSeed, batchSeed, evalInterval);
    }

    public SessionConfig withPlacement(Placement p) {
        return new SessionConfig(data, hidden, layers, activation, p, initSeed, batchSeed, evalInterval);
    }

    public SessionConfig withEvalInterval(int k) {
        return new SessionConfig(data, hidden, layers, activation, placement, initSeed, batchSeed, k);
    }
}
