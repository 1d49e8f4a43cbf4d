package dev.bnlab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The step/eval history ring buffer: bounded, consistent copies, safe with one writer and concurrent readers. */
class HistoryTest {

    /** Row r holds {r, 10r, 100r}. */
    private static double[] row(long r) {
        return new double[] {r, 10 * r, 100 * r};
    }

    private static ScalarHistory filled(int capacity, int rows) {
        ScalarHistory history = new ScalarHistory(capacity, 3);
        for (int r = 0; r < rows; r++) {
            history.append(row(r));
        }
        return history;
    }

    @Test
    void keepsTheLastCapacityRows() {
        ScalarHistory history = filled(5, 12);
        assertThat(history.count()).isEqualTo(12);
        HistoryTable all = history.read(0);
        assertThat(all.endRow()).isEqualTo(12);
        assertThat(all.rows()).isEqualTo(5);
        for (int r = 0; r < 5; r++) {
            assertThat(rowOf(all, r)).isEqualTo(row(7 + r));
        }
    }

    @Test
    void readFromReturnsTheRowsFromThatIndex() {
        ScalarHistory history = filled(5, 12);
        HistoryTable tail = history.read(9);
        assertThat(tail.rows()).isEqualTo(3);
        assertThat(rowOf(tail, 0)).isEqualTo(row(9));
        assertThat(rowOf(tail, 2)).isEqualTo(row(11));
        assertThat(history.read(12).rows()).isZero();
        assertThat(history.read(12).endRow()).isEqualTo(12);
        assertThat(history.read(100).rows()).isZero();
        assertThat(history.read(-3).rows()).isEqualTo(5);
        // rows already overwritten are not returned
        assertThat(rowOf(history.read(2), 0)).isEqualTo(row(7));
    }

    @Test
    void beforeWrappingEveryRowIsHeld() {
        ScalarHistory history = filled(5, 3);
        HistoryTable all = history.read(0);
        assertThat(all.rows()).isEqualTo(3);
        assertThat(rowOf(all, 0)).isEqualTo(row(0));
        assertThat(rowOf(history.read(1), 0)).isEqualTo(row(1));
        history.clear();
        assertThat(history.count()).isZero();
        assertThat(history.read(0).rows()).isZero();
        history.append(row(42));
        assertThat(rowOf(history.read(0), 0)).isEqualTo(row(42));
    }

    @Test
    void rowsAcrossChunksWrapAndReadBackInOrder() {
        int capacity = 2 * ScalarHistory.CHUNK_ROWS + 100;
        int rows = 3 * ScalarHistory.CHUNK_ROWS + 37;
        ScalarHistory history = filled(capacity, rows);
        HistoryTable all = history.read(0);
        assertThat(all.rows()).isEqualTo(capacity);
        for (int r = 0; r < capacity; r++) {
            assertThat(rowOf(all, r)).isEqualTo(row(rows - capacity + r));
        }
        assertThat(rowOf(history.read(ScalarHistory.CHUNK_ROWS * 2L), 0)).isEqualTo(row(ScalarHistory.CHUNK_ROWS * 2L));
    }

    @Test
    void refusesEmptyShapes() {
        assertThatThrownBy(() -> new ScalarHistory(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScalarHistory(3, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A writer appends rows whose every value is the row index as fast as it can into a small ring while a reader
     * copies for about a second: no copy may contain a torn row, a gap or a row out of order.
     */
    @Test
    @Timeout(10)
    void concurrentReadsNeverSeeTornOrMissingRows() throws InterruptedException {
        int capacity = 64;
        int width = 16;
        ScalarHistory history = new ScalarHistory(capacity, width);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                double[] values = new double[width];
                for (long r = 0; !stop.get(); r++) {
                    Arrays.fill(values, r);
                    history.append(values);
                }
            } catch (Throwable t) {
                writerFailure.set(t);
            }
        }, "history-writer");
        writer.setDaemon(true);
        writer.start();

        long reads = 0;
        long shortened = 0;
        long lastEnd = 0;
        AtomicLong checkedRows = new AtomicLong();
        long deadline = System.nanoTime() + 1_000_000_000L;
        try {
            while (System.nanoTime() < deadline) {
                // alternate between "everything held" and "since the last read", as the views do
                long from = reads % 2 == 0 ? 0 : Math.max(0, lastEnd - 8);
                HistoryTable t = history.read(from);
                reads++;
                assertThat(t.endRow()).as("end rows never go back").isGreaterThanOrEqualTo(lastEnd);
                lastEnd = t.endRow();
                long first = t.endRow() - t.rows();
                assertThat(first).as("first row index").isGreaterThanOrEqualTo(from);
                if (t.rows() < Math.min(capacity, t.endRow() - from)) {
                    shortened++;
                }
                for (int r = 0; r < t.rows(); r++) {
                    for (int c = 0; c < width; c++) {
                        if (t.get(r, c) != first + r) {
                            throw new AssertionError("row " + r + " of a copy ending at " + t.endRow() + " should be "
                                    + (first + r) + " everywhere, column " + c + " is " + t.get(r, c));
                        }
                    }
                    checkedRows.incrementAndGet();
                }
            }
        } finally {
            stop.set(true);
            writer.join(5000);
        }
        assertThat(writerFailure.get()).isNull();
        assertThat(writer.isAlive()).isFalse();
        assertThat(reads).as("reads").isGreaterThan(1000);
        assertThat(history.count()).as("the ring wrapped many times").isGreaterThan(100L * capacity);
        System.out.printf("HistoryTest: %d reads, %d rows checked, %d copies shortened by overwrites, %d rows written%n",
                reads, checkedRows.get(), shortened, history.count());
    }

    private static double[] rowOf(HistoryTable t, int r) {
        double[] out = new double[t.width()];
        for (int c = 0; c < t.width(); c++) {
            out[c] = t.get(r, c);
        }
        return out;
    }
}
