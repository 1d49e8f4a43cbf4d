package dev.bnlab.experiments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One group of plotted series sharing an x axis (step, shift, scale factor, ...): a table with one x column and
 * named value columns. Immutable; NaN marks a missing value (e.g. a run that diverged, a step without an eval).
 */
public final class SeriesTable {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");

    private final String name;
    private final String xColumn;
    private final List<String> columns;
    private final double[] x;
    private final double[][] values;

    private SeriesTable(String name, String xColumn, List<String> columns, double[] x, double[][] values) {
        this.name = name;
        this.xColumn = xColumn;
        this.columns = columns;
        this.x = x;
        this.values = values;
    }

    /** Starts a table; names may use letters, digits, '_', '.', '-' (they become file names and CSV headers). */
    public static Builder builder(String name, String xColumn, String... columns) {
        return new Builder(name, xColumn, List.of(columns));
    }

    public static Builder builder(String name, String xColumn, List<String> columns) {
        return new Builder(name, xColumn, List.copyOf(columns));
    }

    /** Group name, e.g. "loss". */
    public String name() {
        return name;
    }

    public String xColumn() {
        return xColumn;
    }

    /** Value column names, in order (the x column excluded). */
    public List<String> columns() {
        return columns;
    }

    public int rowCount() {
        return x.length;
    }

    public double x(int row) {
        return x[row];
    }

    public double value(int row, int column) {
        return values[row][column];
    }

    /** Index of a value column, or −1. */
    public int columnIndex(String column) {
        return columns.indexOf(column);
    }

    /** A copy of the x values. */
    public double[] xValues() {
        return x.clone();
    }

    /** A copy of one value column. */
    public double[] column(String column) {
        int c = columnIndex(column);
        if (c < 0) {
            throw new IllegalArgumentException("no column \"" + column + "\" in series " + name + " " + columns);
        }
        double[] out = new double[x.length];
        for (int r = 0; r < x.length; r++) {
            out[r] = values[r][c];
        }
        return out;
    }

    /** The value of a column in the last row. */
    public double last(String column) {
        return values[x.length - 1][columnIndex(column)];
    }

    @Override
    public String toString() {
        return "SeriesTable[" + name + ": " + xColumn + " → " + columns + ", " + x.length + " rows]";
    }

    private static String checkName(String what, String s) {
        if (s == null || !NAME.matcher(s).matches()) {
            throw new IllegalArgumentException(what + " \"" + s + "\" must use only letters, digits, '_', '.', '-'");
        }
        return s;
    }

    /** Collects rows; not thread-safe. */
    public static final class Builder {
        private final String name;
        private final String xColumn;
        private final List<String> columns;
        private final List<double[]> rows = new ArrayList<>();
        private final List<Double> xs = new ArrayList<>();

        private Builder(String name, String xColumn, List<String> columns) {
            this.name = checkName("series name", name);
            this.xColumn = checkName("column", xColumn);
            for (String c : columns) {
                checkName("column", c);
            }
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("series " + name + " needs at least one value column");
            }
            if (columns.stream().distinct().count() != columns.size() || columns.contains(xColumn)) {
                throw new IllegalArgumentException("series " + name + " has duplicate column names " + columns);
            }
            this.columns = columns;
        }

        /** Appends a row: x, then one value per column. */
        public Builder add(double xValue, double... rowValues) {
            if (rowValues.length != columns.size()) {
                throw new IllegalArgumentException("series " + name + " expects " + columns.size() + " values, got "
                        + rowValues.length);
            }
            xs.add(xValue);
            rows.add(rowValues.clone());
            return this;
        }

        public int rowCount() {
            return rows.size();
        }

        public SeriesTable build() {
            double[] x = new double[xs.size()];
            double[][] v = new double[rows.size()][];
            for (int r = 0; r < x.length; r++) {
                x[r] = xs.get(r);
                v[r] = rows.get(r).clone();
            }
            return new SeriesTable(name, xColumn, columns, x, v);
        }
    }

    /** For tests and debugging: the values of one row. */
    public double[] row(int r) {
        return Arrays.copyOf(values[r], values[r].length);
    }
}
