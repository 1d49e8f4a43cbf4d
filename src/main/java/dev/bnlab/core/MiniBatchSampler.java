package dev.bnlab.core;

/**
 * Draws mini-batches without replacement from a shuffled order, reshuffling at each epoch (own seed).
 * A batch that crosses an epoch boundary takes the rest of the old order and continues in the new one.
 */
public final class MiniBatchSampler {

    private final int total;
    private final int[] order;
    private final SeededRandom rnd;
    private int position;
    private long epoch;

    public MiniBatchSampler(int total, long seed) {
        this.total = total;
        this.order = new int[total];
        for (int i = 0; i < total; i++) {
            order[i] = i;
        }
        this.rnd = SeededRandom.derived(seed, 0xBA7C4);
        shuffle();
    }

    private MiniBatchSampler(MiniBatchSampler other) {
        this.total = other.total;
        this.order = other.order.clone();
        this.rnd = other.rnd.copy();
        this.position = other.position;
        this.epoch = other.epoch;
    }

    private MiniBatchSampler(SamplerState st) {
        this.total = st.order().length;
        this.order = st.order();
        this.rnd = new SeededRandom(st.rngState());
        this.position = st.position();
        this.epoch = st.epoch();
    }

    /** Everything that decides the next batches: the current order, the position in it, the epoch, the RNG. */
    public SamplerState state() {
        // the sampler draws only integers, so its generator never holds a spare Gaussian
        assert !rnd.hasSpareGaussian();
        return new SamplerState(order.clone(), position, epoch, rnd.state());
    }

    /** A sampler that continues exactly where the one that gave {@code state} was. */
    public static MiniBatchSampler restore(SamplerState state) {
        return new MiniBatchSampler(state);
    }

    /** Training points it draws from. */
    public int total() {
        return total;
    }

    /** An independent sampler in the same state (it will yield the same batches). */
    public MiniBatchSampler copy() {
        return new MiniBatchSampler(this);
    }

    private void shuffle() {
        // Fisher–Yates
        for (int i = total - 1; i > 0; i--) {
            int k = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[k];
            order[k] = t;
        }
        position = 0;
    }

    /** Fills idx[0..count) with the next count indices (count ≤ total); allocates nothing. */
    public void next(int[] idx, int count) {
        if (count > total) {
            throw new IllegalArgumentException("batch of " + count + " exceeds the " + total + " training points");
        }
        int done = 0;
        while (done < count) {
            if (position == total) {
                epoch++;
                shuffle();
            }
            // the rest of the current order, or as much of it as the batch still needs
            int take = Math.min(count - done, total - position);
            System.arraycopy(order, position, idx, done, take);
            position += take;
            done += take;
        }
    }

    /** Completed epochs. */
    public long epoch() {
        return epoch;
    }
}
