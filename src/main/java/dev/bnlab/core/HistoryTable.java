package dev.bnlab.core;

/**
 * An immutable run of consecutive history rows: row r, column c is {@code values[r·width + c]} for
 * r &lt; rows. The array may be longer than rows·width (it can be shared with a growing buffer), but the
 * part a table covers is never written again. Column meanings: {@link HistoryColumns}.
 *
 * @param endRow index one past the last row held by the history when copied
 */
public record HistoryTable(long endRow, int width, int rows, double[] values) {

    public static final HistoryTable EMPTY = new HistoryTable(0, 1, 0, new double[0]);

    public double get(int row, int column) {
        return values[row * width + column];
    }
}
