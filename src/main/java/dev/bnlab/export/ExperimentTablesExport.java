package dev.bnlab.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.bnlab.experiments.CsvSeriesWriter;
import dev.bnlab.experiments.SeriesTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an experiment of the Experiments mode ({@link ExperimentTables}) into a directory: one
 * {@code <series>.csv} per table, byte for byte as the {@code experiment} command writes it
 * ({@link CsvSeriesWriter#csv}), and {@value #JSON_FILE} with the same tables and what they were measured with,
 * format {@value #FORMAT} (documented in docs/export.md). All files are written atomically together.
 */
public final class ExperimentTablesExport {

    public static final String FORMAT = "bnlab-experiment-series/1";
    public static final String JSON_FILE = "experiment.json";

    private static final JsonFactory JSON = new JsonFactory();

    private ExperimentTablesExport() {
    }

    /** The CSV file of a table. */
    public static String csvFileName(SeriesTable t) {
        return t.name() + ".csv";
    }

    /** Every file's bytes, by target path in {@code dir}: the CSV files in display order, then the JSON file. */
    public static Map<Path, byte[]> files(ExperimentTables e, Path dir) {
        Map<Path, byte[]> out = new LinkedHashMap<>();
        for (SeriesTable t : e.series()) {
            out.put(dir.resolve(csvFileName(t)), CsvSeriesWriter.csv(t).getBytes(StandardCharsets.UTF_8));
        }
        out.put(dir.resolve(JSON_FILE), json(e).getBytes(StandardCharsets.UTF_8));
        return out;
    }

    /**
     * Writes every file into dir (created if missing), all or nothing ({@link OutputFolder}); returns the paths
     * written, in order.
     */
    public static List<Path> write(ExperimentTables e, Path dir) throws IOException {
        try (OutputFolder folder = OutputFolder.open(dir)) {
            List<Path> staged = new ArrayList<>();
            for (Map.Entry<Path, byte[]> f : files(e, folder.staging()).entrySet()) {
                Files.write(f.getKey(), f.getValue());
                staged.add(f.getKey());
            }
            return folder.commit(staged);
        }
    }

    /** The JSON text (format {@value #FORMAT}): column-major, the x column first, as in the CSV files. */
    public static String json(ExperimentTables e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("experiment", e.experimentId());
            g.writeStringField("title", e.title());
            g.writeStringField("language", e.language());
            g.writeNumberField("steps", e.settings().steps());
            g.writeNumberField("seed", e.settings().seed());
            g.writeObjectFieldStart("progress");
            g.writeNumberField("trainingStep", e.trainingStep());
            g.writeNumberField("unitsDone", e.unitsDone());
            g.writeNumberField("plannedUnits", e.plannedUnits());
            g.writeBooleanField("finished", e.finished());
            g.writeEndObject();
            controls(g, e.controls());
            g.writeArrayFieldStart("runs");
            for (ExportedRun r : e.runs()) {
                run(g, r);
            }
            g.writeEndArray();
            g.writeStringField("caption", e.caption());
            g.writeArrayFieldStart("findings");
            for (String f : e.findings()) {
                g.writeString(f);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("series");
            for (SeriesTable t : e.series()) {
                table(g, t, e.liveSeries().contains(t.name()));
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException ex) {
            throw new IllegalStateException("writing JSON to memory cannot fail", ex);
        }
        return out.toString(StandardCharsets.UTF_8) + "\n";
    }

    private static void controls(JsonGenerator g, Map<String, Object> controls) throws IOException {
        g.writeObjectFieldStart("controls");
        for (Map.Entry<String, Object> c : controls.entrySet()) {
            g.writeFieldName(c.getKey());
            if (c.getValue() instanceof Boolean b) {
                g.writeBoolean(b);
            } else {
                number(g, ((Number) c.getValue()).doubleValue());
            }
        }
        g.writeEndObject();
    }

    private static void run(JsonGenerator g, ExportedRun r) throws IOException {
        g.writeStartObject();
        g.writeStringField("label", r.label());
        g.writeNumberField("hidden", r.config().hidden());
        g.writeStringField("activation", r.config().activation().id());
        g.writeStringField("placement", r.config().placement().id());
        g.writeFieldName("learningRate");
        number(g, r.hyperparams().learningRate());
        g.writeNumberField("batchSize", r.hyperparams().batchSize());
        g.writeStringField("convention", r.hyperparams().convention().id());
        g.writeFieldName("momentum");
        number(g, r.hyperparams().momentum());
        g.writeFieldName("eps");
        number(g, r.hyperparams().eps());
        if (!Double.isNaN(r.noiseStrength())) {
            g.writeFieldName("noiseStrength");
            number(g, r.noiseStrength());
        }
        g.writeEndObject();
    }

    private static void table(JsonGenerator g, SeriesTable t, boolean live) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", t.name());
        g.writeStringField("file", csvFileName(t));
        g.writeStringField("source", live ? "live" : "experiment");
        g.writeStringField("x", t.xColumn());
        g.writeNumberField("rows", t.rowCount());
        g.writeArrayFieldStart("columns");
        column(g, t.xColumn(), t.xValues());
        for (String c : t.columns()) {
            column(g, c, t.column(c));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void column(JsonGenerator g, String name, double[] values) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeArrayFieldStart("values");
        for (double v : values) {
            number(g, v);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** null for NaN and ±∞; integers up to 2^53 without a decimal point; else the shortest round-trip decimal. */
    private static void number(JsonGenerator g, double v) throws IOException {
        if (!Double.isFinite(v)) {
            g.writeNull();
        } else if (v == Math.rint(v) && Math.abs(v) < 0x1p53 && !(v == 0 && 1 / v < 0)) {
            g.writeNumber((long) v);
        } else {
            g.writeNumber(v);
        }
    }
}
