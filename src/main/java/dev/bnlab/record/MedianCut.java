package dev.bnlab.record;

import java.util.ArrayList;
import java.util.List;

/** Median-cut colour reduction over a 5-bit-per-channel histogram (bins rrrrrgggggbbbbb). */
final class MedianCut {

    private MedianCut() {
    }

    private static final class Box {
        final int from;
        final int to;
        long count;
        final int[] lo = {31, 31, 31};
        final int[] hi = {0, 0, 0};

        Box(int[] bins, int[] count, int from, int to) {
            this.from = from;
            this.to = to;
            for (int i = from; i < to; i++) {
                int bin = bins[i];
                this.count += count[bin];
                for (int c = 0; c < 3; c++) {
                    int v = channel(bin, c);
                    lo[c] = Math.min(lo[c], v);
                    hi[c] = Math.max(hi[c], v);
                }
            }
        }

        int longest() {
            int best = 0;
            for (int c = 1; c < 3; c++) {
                if (hi[c] - lo[c] > hi[best] - lo[best]) {
                    best = c;
                }
            }
            return best;
        }

        int side() {
            return hi[longest()] - lo[longest()];
        }
    }

    static int channel(int bin, int c) {
        return (bin >>> (10 - 5 * c)) & 0x1F;
    }

    /** At most {@code max} colours: the count-weighted mean colour of each box. */
    static int[] colours(int[] count, long[] sumR, long[] sumG, long[] sumB, int max) {
        int occupied = 0;
        for (int c : count) {
            if (c > 0) {
                occupied++;
            }
        }
        int[] bins = new int[occupied];
        int k = 0;
        for (int bin = 0; bin < count.length; bin++) {
            if (count[bin] > 0) {
                bins[k++] = bin;
            }
        }
        List<Box> boxes = new ArrayList<>();
        if (occupied > 0) {
            boxes.add(new Box(bins, count, 0, occupied));
        }
        while (boxes.size() < max) {
            Box split = null;
            double score = 0;
            for (Box b : boxes) {
                // split the box with the most pixels × widest spread first
                double s = (double) b.count * b.side();
                if (b.to - b.from > 1 && s > score) {
                    score = s;
                    split = b;
                }
            }
            if (split == null) {
                break;
            }
            int c = split.longest();
            sortByChannel(bins, split.from, split.to, c);
            long half = split.count / 2;
            long acc = 0;
            int m = split.from;
            while (m < split.to - 1 && acc + count[bins[m]] <= half) {
                acc += count[bins[m]];
                m++;
            }
            if (m == split.from) {
                m++;
            }
            boxes.remove(split);
            boxes.add(new Box(bins, count, split.from, m));
            boxes.add(new Box(bins, count, m, split.to));
        }
        int[] out = new int[boxes.size()];
        for (int i = 0; i < out.length; i++) {
            Box b = boxes.get(i);
            long r = 0;
            long g = 0;
            long bl = 0;
            long n = 0;
            for (int j = b.from; j < b.to; j++) {
                int bin = bins[j];
                r += sumR[bin];
                g += sumG[bin];
                bl += sumB[bin];
                n += count[bin];
            }
            out[i] = (int) ((r + n / 2) / n) << 16 | (int) ((g + n / 2) / n) << 8 | (int) ((bl + n / 2) / n);
        }
        return out;
    }

    /** Counting sort of bins[from, to) by one 5-bit channel. */
    private static void sortByChannel(int[] bins, int from, int to, int c) {
        int[] start = new int[33];
        for (int i = from; i < to; i++) {
            start[channel(bins[i], c) + 1]++;
        }
        for (int v = 0; v < 32; v++) {
            start[v + 1] += start[v];
        }
        int[] sorted = new int[to - from];
        for (int i = from; i < to; i++) {
            sorted[start[channel(bins[i], c)]++] = bins[i];
        }
        System.arraycopy(sorted, 0, bins, from, sorted.length);
    }
}
