package dev.bnlab.core;

import java.util.Arrays;

/**
 * The full state of a {@link MiniBatchSampler}: its current shuffled order of the training indices, the position
 * of the next index in it, completed epochs, and the SplitMix64 counter of its generator.
 *
 * @param order    a permutation of 0..total−1 (copied in and out)
 * @param position next index to take, in [0, total]
 * @param epoch    completed epochs (≥ 0)
 * @param rngState the generator's counter
 */
public record SamplerState(int[] order, int position, long epoch, long rngState) {

    public SamplerState {
        if (order == null || order.length < 1) {
            throw new IllegalArgumentException("the sampler order must hold at least one index");
        }
        order = order.clone();
        String problem = permutationProblem(order);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (position < 0 || position > order.length) {
            throw new IllegalArgumentException("sampler position must be in 0.." + order.length + ", got " + position);
        }
        if (epoch < 0) {
            throw new IllegalArgumentException("sampler epoch must be ≥ 0, got " + epoch);
        }
    }

    /** Null when {@code order} holds each of 0..length−1 once, else what is wrong, e.g. "index 7 appears twice". */
    public static String permutationProblem(int[] order) {
        boolean[] seen = new boolean[order.length];
        for (int i = 0; i < order.length; i++) {
            int k = order[i];
            if (k < 0 || k >= order.length) {
                return "order[" + i + "] = " + k + " is not in 0.." + (order.length - 1);
            }
            if (seen[k]) {
                return "order[" + i + "]: index " + k + " appears twice";
            }
            seen[k] = true;
        }
        return null;
    }

    @Override
    public int[] order() {
        return order.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SamplerState s && Arrays.equals(order, s.order) && position == s.position
                && epoch == s.epoch && rngState == s.rngState;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(order) + Long.hashCode(rngState ^ epoch) + position;
    }

    @Override
    public String toString() {
        return "SamplerState[" + order.length + " indices, position " + position + ", epoch " + epoch + "]";
    }
}
