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
            throw new ScenarioException(childPath(name), FileText.format("files.value.missing"));
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
            throw problem(FileText.format("files.value.expectedObject", describe(node)));
        }
    }

    private String childPath(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The elements of an array. */
    public List<LocatedNode> elements() throws ScenarioException {
        if (!node.isArray()) {
            throw problem(FileText.format("files.value.expectedArray", describe(node)));
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
            throw problem(FileText.format("files.value.expectedString", describe(node)));
        }
        return node.textValue();
    }

    /** A finite double; NaN, ±Infinity and literals beyond the double range are refused. */
    public double number() throws ScenarioException {
        if (!node.isNumber()) {
            throw problem(FileText.format("files.value.expectedNumber", describe(node)));
        }
        double v = node.doubleValue();
        if (Double.isFinite(v)) {
            return v;
        }
        if (node.isDouble() || node.isFloat()) {
            // only the non-standard literals NaN / Infinity / -Infinity reach the tree as binary floating point
            throw problem(FileText.format("files.value.notFinite", v));
        }
        throw problem(FileText.format("files.value.outOfDoubleRange", abbreviate(node.asText()), v));
    }

    /** An integer in [min, max]; a number with a fraction is refused. */
    public int integer(int min, int max) throws ScenarioException {
        double v = number();
        if (!node.canConvertToExactIntegral() || v != Math.rint(v)) {
            throw problem(FileText.format("files.value.expectedInteger", format(v)));
        }
        if (v < min || v > max) {
            throw problem(FileText.format("files.value.range", min, max, format(v)));
        }
        return (int) v;
    }

    /** A whole number in [min, max] (for seeds and sizes); a fraction or a string is refused. */
    public long wholeNumber(long min, long max) throws ScenarioException {
        return wholeNumber(min, max, "files.value.range");
    }

    /** {@link #wholeNumber(long, long)} with the out-of-range message of {@code rangeKey} ({0} min, {1} max, {2}). */
    public long wholeNumber(long min, long max, String rangeKey) throws ScenarioException {
        if (node.isTextual()) {
            throw problem(FileText.format("files.value.expectedInteger", "\"" + abbreviate(node.textValue()) + "\""));
        }
        if (!node.isNumber()) {
            throw problem(FileText.format("files.value.expectedInteger", describe(node)));
        }
        if (!node.isIntegralNumber() && !node.canConvertToExactIntegral()) {
            throw problem(FileText.format("files.value.expectedInteger", abbreviate(node.asText())));
        }
        if (node.isBigDecimal()) {
            // 1e999999999 is integral, but turning it into a BigInteger would take minutes and gigabytes
            java.math.BigDecimal d = node.decimalValue();
            if (d.precision() - d.scale() > 40) {
                throw problem(FileText.format(rangeKey, min, max, abbreviate(node.asText())));
            }
        }
        java.math.BigInteger v = node.bigIntegerValue();
        if (v.compareTo(java.math.BigInteger.valueOf(min)) < 0 || v.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
            throw problem(FileText.format(rangeKey, min, max, abbreviate(v.toString())));
        }
        return v.longValueExact();
    }

    // ------------------------------------------------------------------ vectors and matrices

    /** A vector of exactly {@code length} numbers. */
    double[] vector(int length) throws ScenarioException {
        List<LocatedNode> items = elements();
        if (items.size() != length) {
            throw problem(FileText.format("files.value.expectedCount", count(length, Noun.NUMBER), items.size()));
        }
        return numbers(items);
    }

    /** A vector of any length ≥ 1. */
    double[] vector() throws ScenarioException {
        List<LocatedNode> items = elements();
        if (items.isEmpty()) {
            throw problem(FileText.format("files.value.emptyVector"));
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
            throw problem(FileText.format("files.value.matrixShape", count(rows, Noun.ROW), count(cols, Noun.NUMBER),
                    count(items.size(), Noun.ROW)));
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
            throw problem(FileText.format("files.value.tooFewRows", rowRule, items.size()));
        }
        return rowsOf(items, cols);
    }

    /** Number of entries of the first row of a matrix (after checking it is a non-empty array of arrays). */
    int columnsOfFirstRow() throws ScenarioException {
        List<LocatedNode> items = elements();
        if (items.isEmpty()) {
            throw problem(FileText.format("files.value.emptyMatrix"));
        }
        List<LocatedNode> first = items.get(0).elements();
        if (first.isEmpty()) {
            throw items.get(0).problem(FileText.format("files.value.emptyVector"));
        }
        return first.size();
    }

    private static double[][] rowsOf(List<LocatedNode> items, int cols) throws ScenarioException {
        double[][] out = new double[items.size()][];
        for (int i = 0; i < out.length; i++) {
            LocatedNode row = items.get(i);
            if (!row.node.isArray()) {
                throw row.problem(FileText.format("files.value.expectedRow", count(cols, Noun.NUMBER), describe(row.node)));
            }
            out[i] = row.vector(cols);
        }
        return out;
    }

    // ------------------------------------------------------------------ message helpers

    /** "a string", "an array", ... in the current language. */
    static String describe(JsonNode n) {
        if (n.isNull()) {
            return FileText.format("files.kind.null");
        }
        if (n.isTextual()) {
            return FileText.format("files.kind.string");
        }
        if (n.isBoolean()) {
            return FileText.format("files.kind.boolean");
        }
        if (n.isArray()) {
            return FileText.format("files.kind.array");
        }
        if (n.isObject()) {
            return FileText.format("files.kind.object");
        }
        if (n.isNumber()) {
            return FileText.format("files.kind.number");
        }
        return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** What is counted in a message, with its singular and plural keys. */
    enum Noun {
        NUMBER("files.count.number.one", "files.count.number.other"),
        ROW("files.count.row.one", "files.count.row.other"),
        LABEL("files.count.label.one", "files.count.label.other");

        private final String one;
        private final String other;

        Noun(String one, String other) {
            this.one = one;
            this.other = other;
        }
    }

    /** "1 row", "3 rows" (in the current language). */
    static String count(int k, Noun noun) {
        return FileText.format(k == 1 ? noun.one : noun.other, k);
    }

    /** 2 → "2", 0.5 → "0.5" (whole numbers without ".0"). */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static String abbreviate(String s) {
        return SafeText.value(s);
    }
}
