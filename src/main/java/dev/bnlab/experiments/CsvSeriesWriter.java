package dev.bnlab.experiments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes each {@link SeriesTable} of a result as {@code <group>.csv} (header row, then one row per x; numbers in
 * full double precision: integers as integers, other values as {@link Double#toString}, NaN as "NaN"), plus
 * {@code experiment.txt} with the id, settings, caption and findings. Output depends only on the result, so the
 * same experiment and seed give byte-identical files.
 */
public final class CsvSeriesWriter {

    /** Name of the text file with the caption and findings. */
    public static final String SUMMARY_FILE = "experiment.txt";

    /** Writes all files into dir (created if missing); returns the paths written, in order. */
    public List<Path> write(ExperimentResult result, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (SeriesTable t : result.series()) {
            Path file = dir.resolve(t.name() + ".csv");
            Files.writeString(file, csv(t), StandardCharsets.UTF_8);
            written.add(file);
        }
        Path summary = dir.resolve(SUMMARY_FILE);
        Files.writeString(summary, summary(result), StandardCharsets.UTF_8);
        written.add(summary);
        return written;
    }

    /** The CSV text of one table. */
    public static String csv(SeriesTable t) {
        StringBuilder sb = new StringBuilder();
        sb.append(t.xColumn());
        for (String c : t.columns()) {
            sb.append(',').append(c);
        }
        sb.append('\n');
        int cols = t.columns().size();
        for (int r = 0; r < t.rowCount(); r++) {
            sb.append(number(t.x(r)));
            for (int c = 0; c < cols; c++) {
                sb.append(',').append(number(t.value(r, c)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Integers up to 2^53 without a decimal point, everything else as the shortest round-trip decimal. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 0x1p53) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    static String summary(ExperimentResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("experiment: ").append(r.experimentId()).append('\n');
        sb.append("steps: ").append(r.settings().steps()).append('\n');
        sb.append("seed: ").append(r.settings().seed()).append('\n');
        sb.append("caption: ").append(r.caption()).append('\n');
        for (Finding f : r.findings()) {
            sb.append("finding: ").append(f.text()).append('\n');
        }
        for (SeriesTable t : r.series()) {
            sb.append("series: ").append(t.name()).append(".csv (").append(t.xColumn()).append(" -> ")
                    .append(String.join(", ", t.columns())).append(")\n");
        }
        return sb.toString();
    }
}
