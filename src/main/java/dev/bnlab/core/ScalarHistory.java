package dev.bnlab.core;

import java.lang.invoke.VarHandle;

/**
 * A bounded ring buffer of fixed-width rows of doubles: one writer thread appends, any thread reads.
 * Readers copy a range and drop rows the writer may have overwritten meanwhile, so a copy is never torn.
 * The rows live in chunks of {@value #CHUNK_ROWS} allocated as the writer reaches them, so a short run (an
 * experiment of a thousand steps, sixteen of them side by side) holds only the rows it wrote.
 */
public final class ScalarHistory {

    static final int CHUNK_ROWS = 512;

    private final int capacity;
    private final int width;
    /**
     * capacity + 1 row slots: the slot the writer fills next is never one of the last capacity committed rows, so
     * all of them can be read while the writer works.
     */
    private final int slots;
    /** Slot s lives in chunks[s / CHUNK_ROWS] at row s % CHUNK_ROWS; a chunk is set before any of its rows is committed. */
    private final double[][] chunks;
    /** Rows ever appended; written only by the writer, after the row's values. */
    private volatile long count;

    public ScalarHistory(int capacity, int width) {
        if (capacity < 1 || width < 1) {
            throw new IllegalArgumentException("capacity and width must be positive");
        }
        this.capacity = capacity;
        this.width = width;
        this.slots = capacity + 1;
        this.chunks = new double[(slots + CHUNK_ROWS - 1) / CHUNK_ROWS][];
    }

    public int capacity() {
        return capacity;
    }

    public int width() {
        return width;
    }

    /** Rows ever appended (row indices run from 0; the oldest kept is max(0, count − capacity)). */
    public long count() {
        return count;
    }

    /** Offset in {@link #rowBuffer()} where the next row's values go; call {@link #commit()} after writing them. */
    int nextRowOffset() {
        return (int) (count % slots) % CHUNK_ROWS * width;
    }

    /** The chunk the next row goes into (writer thread only; allocated on first use). */
    double[] rowBuffer() {
        int chunk = (int) (count % slots) / CHUNK_ROWS;
        if (chunks[chunk] == null) {
            int rows = Math.min(CHUNK_ROWS, slots - chunk * CHUNK_ROWS);
            chunks[chunk] = new double[rows * width];
        }
        return chunks[chunk];
    }

    /** Publishes the row written at {@link #nextRowOffset()}. */
    void commit() {
        count = count + 1;
    }

    /** Appends one row (copies {@code row[0..width)}). */
    public void append(double[] row) {
        System.arraycopy(row, 0, rowBuffer(), nextRowOffset(), width);
        commit();
    }

    /**
     * Replaces the content with a table read from a history of the same width (writer thread only): afterwards
     * {@link #count()} is the table's endRow and the newest rows are the table's. The table must hold every row
     * this history keeps, i.e. at least min(endRow, capacity) rows.
     */
    void restore(HistoryTable t) {
        if (t.width() != width) {
            throw new IllegalArgumentException("history rows have " + t.width() + " columns, expected " + width);
        }
        if (t.rows() > t.endRow() || t.rows() < Math.min(t.endRow(), capacity)) {
            throw new IllegalArgumentException("a history of " + t.endRow() + " rows must hold the last "
                    + Math.min(t.endRow(), capacity) + " of them, got " + t.rows());
        }
        int keep = Math.min(t.rows(), capacity);
        count = t.endRow() - keep;
        double[] row = new double[width];
        for (int r = t.rows() - keep; r < t.rows(); r++) {
            System.arraycopy(t.values(), r * width, row, 0, width);
            append(row);
        }
    }

    /** Empties the history (writer thread only). */
    void clear() {
        count = 0;
    }

    /** Copies the rows with index ≥ fromRow that are still held. */
    public HistoryTable read(long fromRow) {
        long end = count;
        long start = Math.max(Math.max(fromRow, 0), end - capacity);
        if (start >= end) {
            return new HistoryTable(end, width, 0, new double[0]);
        }
        int rows = (int) (end - start);
        double[] out = new double[rows * width];
        for (int r = 0; r < rows; r++) {
            int slot = (int) ((start + r) % slots);
            System.arraycopy(chunks[slot / CHUNK_ROWS], slot % CHUNK_ROWS * width, out, r * width, width);
        }
        VarHandle.loadLoadFence();
        long after = count;
        // the writer may have overwritten rows with index ≤ after − slots while we copied
        long firstSafe = Math.max(start, after - slots + 1);
        if (firstSafe > start) {
            int drop = (int) Math.min(rows, firstSafe - start);
            double[] kept = new double[(rows - drop) * width];
            System.arraycopy(out, drop * width, kept, 0, kept.length);
            return new HistoryTable(end, width, rows - drop, kept);
        }
        return new HistoryTable(end, width, rows, out);
    }
}
