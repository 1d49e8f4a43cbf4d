package dev.bnlab.core;

/**
 * SplitMix64 generator with Box–Muller Gaussians: fully specified here, so a seed replays the same
 * numbers on every JVM.
 */
public final class SeededRandom {

    private long state;
    private double spareGaussian;
    private boolean hasSpare;

    public SeededRandom(long seed) {
        this.state = seed;
    }

    /** An independent generator in the same state. */
    public SeededRandom copy() {
        SeededRandom c = new SeededRandom(state);
        c.spareGaussian = spareGaussian;
        c.hasSpare = hasSpare;
        return c;
    }

    /** The 64-bit counter; {@code new SeededRandom(state())} continues the same stream (spare Gaussian aside). */
    long state() {
        return state;
    }

    /** Whether a Box–Muller sine is waiting to be returned by the next {@link #nextGaussian()}. */
    boolean hasSpareGaussian() {
        return hasSpare;
    }

    /** Next 64 random bits (SplitMix64). */
    public long nextLong() {
        long zz = (state += 0x9E3779B97F4A7C15L);
        zz = (zz ^ (zz >>> 30)) * 0xBF58476D1CE4E5B9L;
        zz = (zz ^ (zz >>> 27)) * 0x94D049BB133111EBL;
        return zz ^ (zz >>> 31);
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    /** Uniform integer in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        // Lemire-style rejection-free enough for bounds far below 2^32; multiply-shift on 31 bits
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /** Standard normal by Box–Muller: √(−2 ln u1)·cos(2π u2), and the sine for the next call. */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u1;
        do {
            u1 = nextDouble();
        } while (u1 == 0.0);
        double u2 = nextDouble();
        double r = Math.sqrt(-2.0 * Math.log(u1));
        double theta = 2.0 * Math.PI * u2;
        spareGaussian = r * Math.sin(theta);
        hasSpare = true;
        return r * Math.cos(theta);
    }

    /** A generator for an independent stream derived from this seed and a label. */
    public static SeededRandom derived(long seed, long stream) {
        SeededRandom mix = new SeededRandom(seed ^ (stream * 0xD1B54A32D192ED03L));
        return new SeededRandom(mix.nextLong());
    }
}
