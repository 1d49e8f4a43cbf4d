package dev.bnlab.runtime;

import dev.bnlab.core.HistoryTable;
import dev.bnlab.core.ScalarHistory;

/**
 * Mirrors a {@link ScalarHistory} incrementally into an append-only array so that each published frame can
 * carry a {@link HistoryTable} without copying the whole history: tables share the array, and the part a
 * table covers is never written again (growth and compaction allocate a new array).
 */
final class HistoryAccumulator {

    private final ScalarHistory source;
    private final int maxRows;
    private double[] values;
    private int rows;
    private long nextSourceRow;

    HistoryAccumulator(ScalarHistory source) {
        this.source = source;
        this.maxRows = source.capacity();
        this.values = new double[Math.min(maxRows, 1024) * source.width()];
    }

    /** Appends the rows the source gained since the last call and returns a table of everything held. */
    HistoryTable update() {
        HistoryTable fresh = source.read(nextSourceRow);
        int w = source.width();
        int add = fresh.rows();
        if (fresh.endRow() - add > nextSourceRow) {
            // rows were lost (the writer lapped us): start over from what is available
            rows = 0;
        }
        if (rows + add > maxRows) {
            // compact into a new array: the newest rows, leaving about half the capacity free
            int keepNew = Math.min(add, maxRows);
            int keepOld = Math.min(rows, Math.max(0, maxRows / 2 - keepNew));
            double[] next = new double[maxRows * w];
            System.arraycopy(values, (rows - keepOld) * w, next, 0, keepOld * w);
            System.arraycopy(fresh.values(), (add - keepNew) * w, next, keepOld * w, keepNew * w);
            values = next;
            rows = keepOld + keepNew;
            nextSourceRow = fresh.endRow();
            return new HistoryTable(fresh.endRow(), w, rows, values);
        }
        if ((rows + add) * w > values.length) {
            double[] next = new double[Math.min(maxRows * w, Math.max(values.length * 2, (rows + add) * w))];
            System.arraycopy(values, 0, next, 0, rows * w);
            values = next;
        }
        System.arraycopy(fresh.values(), 0, values, rows * w, add * w);
        rows += add;
        nextSourceRow = fresh.endRow();
        return new HistoryTable(fresh.endRow(), w, rows, values);
    }
}
