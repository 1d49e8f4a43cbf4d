package dev.bnlab.record;

import java.util.Arrays;

/**
 * Chooses at most N colours for one GIF frame and maps pixels to them. The views are mostly flat colours, so:
 * when the frame has ≤ N distinct colours they are all kept exactly; otherwise the frequent colours (backgrounds,
 * class colours, text) keep an exact entry each and the rest (anti-aliased edges, the probability shading) share
 * the remaining entries by median cut over a 5-bit-per-channel histogram. Reused from frame to frame; not
 * thread-safe.
 */
final class GifPalette {

    /** A colour covering at least 1/RESERVE_SHARE of the pixels keeps an exact entry. */
    private static final int RESERVE_SHARE = 2000;
    private static final int TABLE_BITS = 17;
    private static final int TABLE_SIZE = 1 << TABLE_BITS;
    private static final int TABLE_LIMIT = TABLE_SIZE * 3 / 4;
    private static final int BINS = 1 << 15;

    // exact colours: open addressing, key = rgb | 0x1000000 (0 = empty)
    private final int[] keys = new int[TABLE_SIZE];
    private final int[] counts = new int[TABLE_SIZE];
    private final int[] entry = new int[TABLE_SIZE];
    private final int[] usedSlots = new int[TABLE_LIMIT];
    private int used;
    // 5-5-5 histogram of all pixels: count and colour sums per bin
    private final int[] binCount = new int[BINS];
    private final long[] binR = new long[BINS];
    private final long[] binG = new long[BINS];
    private final long[] binB = new long[BINS];
    private final byte[] binEntry = new byte[BINS];
    private int pixels;
    private int[] palette = new int[0];

    /** Forgets the previous frame's colours. */
    void reset() {
        for (int i = 0; i < used; i++) {
            int s = usedSlots[i];
            keys[s] = 0;
            counts[s] = 0;
            entry[s] = -1;
        }
        used = 0;
        Arrays.fill(binCount, 0);
        Arrays.fill(binR, 0);
        Arrays.fill(binG, 0);
        Arrays.fill(binB, 0);
        pixels = 0;
    }

    GifPalette() {
        Arrays.fill(entry, -1);
    }

    /** Counts one pixel's colour (0xRRGGBB; higher bits ignored). */
    void add(int argb) {
        int rgb = argb & 0xFFFFFF;
        int bin = bin(rgb);
        binCount[bin]++;
        binR[bin] += rgb >>> 16;
        binG[bin] += (rgb >>> 8) & 0xFF;
        binB[bin] += rgb & 0xFF;
        pixels++;
        int s = slot(rgb);
        if (s >= 0) {
            counts[s]++;
        }
    }

    /** The slot of a colour in the exact table (inserting it while there is room), or −1. */
    private int slot(int rgb) {
        return probe(rgb, true);
    }

    /** The slot of a colour already in the exact table, or −1. */
    private int find(int rgb) {
        return probe(rgb, false);
    }

    /** Open addressing with linear probing; {@code insert} adds a missing colour while the table has room. */
    private int probe(int rgb, boolean insert) {
        int key = rgb | 0x1000000;
        // multiplicative hash into TABLE_BITS bits
        int s = (key * 0x9E3779B1) >>> (32 - TABLE_BITS);
        while (true) {
            int k = keys[s];
            if (k == key) {
                return s;
            }
            if (k == 0) {
                if (!insert || used >= TABLE_LIMIT) {
                    return -1;
                }
                keys[s] = key;
                usedSlots[used++] = s;
                return s;
            }
            s = (s + 1) & (TABLE_SIZE - 1);
        }
    }

    private static int bin(int rgb) {
        // 5 bits per channel: rrrrrgggggbbbbb
        return ((rgb >>> 9) & 0x7C00) | ((rgb >>> 6) & 0x3E0) | ((rgb >>> 3) & 0x1F);
    }

    /** Builds the palette (at most {@code max} colours, 2 ≤ max ≤ 256) from the counted pixels; returns it. */
    int[] build(int max) {
        boolean allKnown = true;
        long inTable = 0;
        for (int i = 0; i < used; i++) {
            inTable += counts[usedSlots[i]];
        }
        allKnown = inTable == pixels;
        if (allKnown && used <= max) {
            palette = new int[Math.max(used, 1)];
            for (int i = 0; i < used; i++) {
                int s = usedSlots[i];
                palette[i] = keys[s] & 0xFFFFFF;
                entry[s] = i;
            }
            return palette;
        }
        int[] reserved = frequentColours(max / 4);
        int[] remainingCount = binCount.clone();
        long[] r = binR.clone();
        long[] g = binG.clone();
        long[] b = binB.clone();
        for (int i = 0; i < reserved.length; i++) {
            int s = reserved[i];
            int rgb = keys[s] & 0xFFFFFF;
            int bin = bin(rgb);
            int c = counts[s];
            remainingCount[bin] -= c;
            r[bin] -= (long) c * (rgb >>> 16);
            g[bin] -= (long) c * ((rgb >>> 8) & 0xFF);
            b[bin] -= (long) c * (rgb & 0xFF);
            entry[s] = i;
        }
        int[] cut = MedianCut.colours(remainingCount, r, g, b, max - reserved.length);
        palette = new int[reserved.length + cut.length];
        for (int i = 0; i < reserved.length; i++) {
            palette[i] = keys[reserved[i]] & 0xFFFFFF;
        }
        System.arraycopy(cut, 0, palette, reserved.length, cut.length);
        for (int bin = 0; bin < BINS; bin++) {
            if (remainingCount[bin] > 0) {
                int n = remainingCount[bin];
                int mean = (int) ((r[bin] + n / 2) / n) << 16 | (int) ((g[bin] + n / 2) / n) << 8
                        | (int) ((b[bin] + n / 2) / n);
                binEntry[bin] = (byte) nearest(mean);
            }
        }
        return palette;
    }

    /** Slots of the most frequent exact colours covering ≥ 1/RESERVE_SHARE of the pixels, at most {@code limit}. */
    private int[] frequentColours(int limit) {
        int threshold = Math.max(1, pixels / RESERVE_SHARE);
        long[] ranked = new long[used];
        int n = 0;
        for (int i = 0; i < used; i++) {
            int s = usedSlots[i];
            if (counts[s] >= threshold) {
                // sort key: count in the high bits, slot in the low bits
                ranked[n++] = ((long) counts[s] << 32) | s;
            }
        }
        Arrays.sort(ranked, 0, n);
        int k = Math.min(limit, n);
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = (int) ranked[n - 1 - i];
        }
        return out;
    }

    private int nearest(int rgb) {
        int best = 0;
        long bestD = Long.MAX_VALUE;
        int r = rgb >>> 16;
        int g = (rgb >>> 8) & 0xFF;
        int b = rgb & 0xFF;
        for (int i = 0; i < palette.length; i++) {
            int p = palette[i];
            int dr = (p >>> 16) - r;
            int dg = ((p >>> 8) & 0xFF) - g;
            int db = (p & 0xFF) - b;
            // squared distance, green weighted as the eye sees it: 2·Δr² + 4·Δg² + 3·Δb²
            long d = 2L * dr * dr + 4L * dg * dg + 3L * db * db;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** The palette entry of a pixel (after {@link #build}). */
    int index(int argb) {
        int rgb = argb & 0xFFFFFF;
        int s = find(rgb);
        if (s >= 0 && entry[s] >= 0) {
            return entry[s];
        }
        return binEntry[bin(rgb)] & 0xFF;
    }
}
