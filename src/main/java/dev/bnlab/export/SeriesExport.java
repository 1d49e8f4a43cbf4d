package dev.bnlab.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.bnlab.core.HistoryColumns;
import dev.bnlab.core.HistoryTable;
import dev.bnlab.core.Placement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recorded series of a live run as CSV (two files: one row per step, one row per evaluation) or as one JSON
 * file ({@value #FORMAT}); the layout is documented in docs/export.md. Numbers are written in full precision
 * (integers without a decimal point, other values as the shortest decimal that reads back to the same double);
 * a value that does not exist (e.g. γ without BN, μ_B before a forward pass) is "NaN" in CSV and null in JSON.
 * Files are written atomically.
 */
public final class SeriesExport {

    public static final String FORMAT = "bnlab-series/1";

    private static final JsonFactory JSON = new JsonFactory();

    private SeriesExport() {
    }

    // ------------------------------------------------------------------ columns

    /**
     * Name prefix of neuron j of layer k: "n3_" with one hidden layer (the names files had before networks had
     * depth), "L2_n3_" with several.
     */
    static String prefix(int layers, int k, int j) {
        return (layers == 1 ? "" : "L" + (k + 1) + "_") + "n" + (j + 1) + "_";
    }

    /** The step history's columns, in row order: per layer, per neuron. */
    public static List<SeriesColumn> stepColumns(int hidden, int layers) {
        List<SeriesColumn> out = new ArrayList<>();
        out.add(new SeriesColumn("step", "step", 0, "steps done when the row was recorded", HistoryColumns.STEP));
        out.add(new SeriesColumn("loss", "nats", 0,
                "mean binary cross-entropy of the step's mini-batch at the pre-step parameters", HistoryColumns.LOSS));
        out.add(new SeriesColumn("accuracy", "fraction", 0, "accuracy on the step's mini-batch (train mode)",
                HistoryColumns.ACCURACY));
        out.add(new SeriesColumn("learning_rate", "1", 0, "η used by the step", HistoryColumns.LEARNING_RATE));
        for (int g = 0; g < hidden * layers; g++) {
            int j = g;
            String n = prefix(layers, g / hidden, g % hidden);
            int neuron = g % hidden + 1;
            out.add(new SeriesColumn(n + "batch_mean", "v", neuron, "μ_B: mean over the batch of v, the value entering BN",
                    HistoryColumns.neuron(j, HistoryColumns.BATCH_MEAN)));
            out.add(new SeriesColumn(n + "batch_var", "v^2", neuron, "σ²_B: biased variance over the batch of v",
                    HistoryColumns.neuron(j, HistoryColumns.BATCH_VAR)));
            out.add(new SeriesColumn(n + "running_mean", "v", neuron, "running mean after the step's update (NaN without BN)",
                    HistoryColumns.neuron(j, HistoryColumns.RUNNING_MEAN)));
            out.add(new SeriesColumn(n + "running_var", "v^2", neuron,
                    "running variance after the step's update (NaN without BN)",
                    HistoryColumns.neuron(j, HistoryColumns.RUNNING_VAR)));
            out.add(new SeriesColumn(n + "gamma", "1", neuron, "γ used by the step's forward pass (NaN without BN)",
                    HistoryColumns.neuron(j, HistoryColumns.GAMMA)));
            out.add(new SeriesColumn(n + "beta", "1", neuron, "β used by the step's forward pass (NaN without BN)",
                    HistoryColumns.neuron(j, HistoryColumns.BETA)));
            out.add(new SeriesColumn(n + "saturation", "fraction", neuron,
                    "fraction of the batch whose activation input is in the saturated region",
                    HistoryColumns.neuron(j, HistoryColumns.SATURATION)));
        }
        return out;
    }

    /** The eval history's columns, in row order: per layer, per neuron. */
    public static List<SeriesColumn> evalColumns(int hidden, int layers) {
        List<SeriesColumn> out = new ArrayList<>();
        out.add(new SeriesColumn("step", "step", 0, "steps done when evaluated", HistoryColumns.EVAL_STEP));
        out.add(new SeriesColumn("test_loss", "nats", 0, "mean binary cross-entropy on the test set (eval mode)",
                HistoryColumns.EVAL_TEST_LOSS));
        out.add(new SeriesColumn("test_accuracy", "fraction", 0, "accuracy on the test set (eval mode)",
                HistoryColumns.EVAL_TEST_ACCURACY));
        for (int j = 0; j < hidden * layers; j++) {
            String n = prefix(layers, j / hidden, j % hidden);
            out.add(new SeriesColumn(n + "population_mean", "v", j % hidden + 1,
                    "mean of v over the whole training set at the current parameters",
                    HistoryColumns.evalNeuron(j, HistoryColumns.POPULATION_MEAN)));
            out.add(new SeriesColumn(n + "population_var", "v^2", j + 1,
                    "biased variance of v over the whole training set at the current parameters",
                    HistoryColumns.evalNeuron(j, HistoryColumns.POPULATION_VAR)));
        }
        return out;
    }

    /** What v (the value entering BN, the unit of the statistics) is for a placement; layer k's with several. */
    public static String valueEnteringBn(Placement p, int layers) {
        if (layers == 1) {
            return p == Placement.AFTER ? "act(W1·x + b1)" : "W1·x + b1";
        }
        return p == Placement.AFTER ? "act(W_k·a_(k-1) + b_k)" : "W_k·a_(k-1) + b_k";
    }

    // ------------------------------------------------------------------ CSV

    /** Header "name [unit],…", then one line per row. */
    public static String csv(List<SeriesColumn> columns, HistoryTable t) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
            sb.append(c == 0 ? "" : ",").append(columns.get(c).header());
        }
        sb.append('\n');
        for (int r = 0; r < t.rows(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                sb.append(c == 0 ? "" : ",").append(number(t.get(r, columns.get(c).index())));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** "run.csv" → "run-eval.csv": where the evaluations go next to the per-step file. */
    public static Path evalCsvPath(Path stepsCsv) {
        String name = stepsCsv.getFileName().toString();
        int dot = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.length() - 4 : name.length();
        return stepsCsv.resolveSibling(name.substring(0, dot) + "-eval.csv");
    }

    /** Writes the per-step CSV to {@code stepsCsv} and the evaluations next to it; returns both paths. */
    public static List<Path> writeCsv(Path stepsCsv, RecordedSeries s) throws IOException {
        Path evalCsv = evalCsvPath(stepsCsv);
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(stepsCsv, csv(stepColumns(s.hidden(), s.layers()), s.steps()).getBytes(StandardCharsets.UTF_8));
        files.put(evalCsv, csv(evalColumns(s.hidden(), s.layers()), s.evals()).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.writeAll(files);
        return List.of(stepsCsv, evalCsv);
    }

    /** Integers up to 2^53 without a decimal point, everything else as the shortest round-trip decimal. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 0x1p53 && !(v == 0 && 1 / v < 0)) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    // ------------------------------------------------------------------ JSON

    /** The JSON text (format {@value #FORMAT}): column-major, one array of values per series. */
    public static String json(RecordedSeries s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("hidden", s.hidden());
            g.writeNumberField("layers", s.layers());
            g.writeObjectFieldStart("input");
            g.writeNumberField("scale", s.input().scale());
            g.writeNumberField("offset", s.input().offset());
            g.writeEndObject();
            g.writeStringField("placement", s.placement().id());
            g.writeStringField("activation", s.activation().id());
            g.writeStringField("v", valueEnteringBn(s.placement(), s.layers()));
            g.writeFieldName("steps");
            table(g, stepColumns(s.hidden(), s.layers()), s.steps());
            g.writeFieldName("evaluations");
            table(g, evalColumns(s.hidden(), s.layers()), s.evals());
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory cannot fail", e);
        }
        return out.toString(StandardCharsets.UTF_8) + "\n";
    }

    private static void table(JsonGenerator g, List<SeriesColumn> columns, HistoryTable t) throws IOException {
        g.writeStartObject();
        g.writeNumberField("rows", t.rows());
        g.writeNumberField("recorded", t.endRow());
        g.writeArrayFieldStart("columns");
        for (SeriesColumn c : columns) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            g.writeStringField("unit", c.unit());
            if (c.neuron() > 0) {
                g.writeNumberField("neuron", c.neuron());
            }
            g.writeStringField("description", c.description());
            g.writeArrayFieldStart("values");
            for (int r = 0; r < t.rows(); r++) {
                double v = t.get(r, c.index());
                if (!Double.isFinite(v)) {
                    g.writeNull();
                } else if (v == Math.rint(v) && Math.abs(v) < 0x1p53 && !(v == 0 && 1 / v < 0)) {
                    g.writeNumber((long) v);
                } else {
                    g.writeNumber(v);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    public static void writeJson(Path file, RecordedSeries s) throws IOException {
        AtomicFiles.write(file, json(s).getBytes(StandardCharsets.UTF_8));
    }
}
