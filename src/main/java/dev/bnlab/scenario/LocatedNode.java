package dev.bnlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON tree node together with its path ({@code input.batches[2].y[4]}), with typed getters that fail with a
 * {@link ScenarioException} naming that path and what was expected.
 */
public final class LocatedNode {

    private final JsonNode node;
    private final String path;

    private LocatedNode(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    public static LocatedNode root(JsonNode node) {
        return new LocatedNode(node, "");
    }

    public String path() {
        return path;
    }

    public ScenarioException problem(String message) {
        return new ScenarioException(path, message);
    }

    public boolean isNull() {
        return node.isNull();
    }

    /** The underlying JSON value. */
    public JsonNode json() {
        return node;
    }

    // ------------------------------------------------------------------ objects and arrays

    /** The member {@code name}, which must be present. */
    public LocatedNode member(String name) throws ScenarioException {
        LocatedNode child = optionalMember(name);
        if (child == null) {
            throw new ScenarioException(childPath(name), "required member is missing");
        }
        return child;
    }

    /** The member {@code name}, or null when absent (an explicit JSON null counts as present). */
    public LocatedNode optionalMember(String name) throws ScenarioException {
        requireObject();
        JsonNode child = node.get(name);
        return child == null ? null : new LocatedNode(child, childPath(name));
    }

    private void requireObject() throws ScenarioException {
        if (!node.isObject()) {
            throw problem("expected an object, got " + describe(node));
        }
    }

    private String childPath(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The elements of an array. */
    public List<LocatedNode> elements() throws ScenarioException {
        if (!node.isArray()) {
            throw problem("expected an array, got " + describe(node));
        }
        List<LocatedNode> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new LocatedNode(node.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    // ------------------------------------------------------------------ scalars

    public String text() throws ScenarioException {
        if (!node.isTextual()) {
            throw problem("expected a string, got " + describe(node));
        }
        return node.textValue();
    }

    /** A finite double; NaN, ±Infinity and literals beyond the double range are refused. */
    public double number() throws ScenarioException {
        if (!node.isNumber()) {
            throw problem("expected a number, got " + describe(node));
        }
        double v = node.doubleValue();
        if (Double.isFinite(v)) {
            return v;
        }
        if (node.isDouble() || node.isFloat()) {
            // only the non-standard literals NaN / Infinity / -Infinity reach the tree as binary floating point
            throw problem("expected a finite number, got " + v + " (NaN and Infinity are not allowed)");
        }
        throw problem("number " + abbreviate(node.asText()) + " is out of the double range (it would be "
                + v + ")");
    }

    /** An integer in [min, max]; a number with a fraction is refused. */
    public int integer(int min, int max) throws ScenarioException {
        double v = number();
        if (!node.canConvertToExactIntegral() || v != Math.rint(v)) {
            throw problem("expected an integer, got " + format(v));
        }
        if (v < min || v > max) {
            throw problem("must be in " + min + ".." + max + ", got " + format(v));
        }
        return (int) v;
    }

    /** A whole number in [min, max] (for seeds and sizes); a fraction or a string is refused. */
    public long wholeNumber(long min, long max) throws ScenarioException {
        if (node.isTextual()) {
            throw problem("expected an integer, got \"" + abbreviate(node.textValue()) + "\"");
        }
        if (!node.isNumber()) {
            throw problem("expected an integer, got " + describe(node));
        }
        if (!node.isIntegralNumber() && !node.canConvertToExactIntegral()) {
            throw problem("expected an integer, got " + abbreviate(node.asText()));
        }
        java.math.BigInteger v = node.bigIntegerValue();
        if (v.compareTo(java.math.BigInteger.valueOf(min)) < 0 || v.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
            throw problem("must be in " + min + ".." + max + ", got " + abbreviate(v.toString()));
        }
        return v.longValueExact();
    }

    // ------------------------------------------------------------------ vectors and matrices

    /** A vector of exactly {@code length} numbers. */
    double[] vector(int length) throws ScenarioException {
        List<LocatedNode> items = elements();
        if (items.size() != length) {
            throw problem("expected " + count(length, "number") + ", got " + items.size());
        }
        return numbers(items);
    }

    /** A vector of any length ≥ 1. */
    double[] vector() throws ScenarioException {
        List<LocatedNode> items = elements();
        if (items.isEmpty()) {
            throw problem("expected at least one number, got an empty array");
        }
        return numbers(items);
    }

    private static double[] numbers(List<LocatedNode> items) throws ScenarioException {
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = items.get(i).number();
        }
        return out;
    }

    /** A matrix of exactly {@code rows} × {@code cols} numbers. */
    double[][] matrix(int rows, int cols) throws ScenarioException {
        List<LocatedNode> items = elements();
        if (items.size() != rows) {
            throw problem("expected " + count(rows, "row") + " of " + count(cols, "number") + ", got "
                    + count(items.size(), "row"));
        }
        return rowsOf(items, cols);
    }

    /**
     * A matrix with any number of rows ≥ {@code minRows}, each of exactly {@code cols} numbers;
     * {@code rowRule} says why, e.g. "a batch needs n >= 2 rows".
     */
    double[][] matrixWithColumns(int cols, int minRows, String rowRule) throws ScenarioException {
        List<LocatedNode> items = elements();
        if (items.size() < minRows) {
            throw problem(rowRule + ", got " + items.size());
        }
        return rowsOf(items, cols);
    }

    /** Number of entries of the first row of a matrix (after checking it is a non-empty array of arrays). */
    int columnsOfFirstRow() throws ScenarioException {
        List<LocatedNode> items = elements();
        if (items.isEmpty()) {
            throw problem("expected a matrix, got an empty array");
        }
        List<LocatedNode> first = items.get(0).elements();
        if (first.isEmpty()) {
            throw items.get(0).problem("expected at least one number, got an empty array");
        }
        return first.size();
    }

    private static double[][] rowsOf(List<LocatedNode> items, int cols) throws ScenarioException {
        double[][] out = new double[items.size()][];
        for (int i = 0; i < out.length; i++) {
            LocatedNode row = items.get(i);
            if (!row.node.isArray()) {
                throw row.problem("expected a row of " + count(cols, "number") + ", got " + describe(row.node));
            }
            out[i] = row.vector(cols);
        }
        return out;
    }

    // ------------------------------------------------------------------ message helpers

    static String describe(JsonNode n) {
        if (n.isNull()) {
            return "null";
        }
        if (n.isTextual()) {
            return "a string";
        }
        if (n.isBoolean()) {
            return "a boolean";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isNumber()) {
            return "a number";
        }
        return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** "1 row", "3 rows". */
    static String count(int k, String noun) {
        return k + " " + noun + (k == 1 ? "" : "s");
    }

    /** 2 → "2", 0.5 → "0.5" (whole numbers without ".0"). */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
