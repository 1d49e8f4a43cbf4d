package dev.bnlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bnlab.core.HistoryColumns;
import dev.bnlab.core.HistoryTable;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.TrainingSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The exported CSV and JSON hold exactly the recorded histories, one named column per series. */
class SeriesExportTest {

    @TempDir
    Path dir;

    private static RecordedSeries recorded(Placement placement, int hidden, int steps) {
        TrainingSession s = new TrainingSession(SessionConfig.defaults().withPlacement(placement).withHidden(hidden)
                .withEvalInterval(4), Hyperparams.defaults());
        for (int i = 0; i < steps; i++) {
            s.advance();
        }
        return RecordedSeries.of(s);
    }

    @Test
    void everyHistoryColumnIsExportedOnceUnderItsOwnName() {
        for (int h : new int[] {1, 3, 8}) {
            assertThat(indices(SeriesExport.stepColumns(h, 1))).hasSize(HistoryColumns.stepWidth(h))
                    .isEqualTo(range(HistoryColumns.stepWidth(h)));
            assertThat(indices(SeriesExport.evalColumns(h, 1))).isEqualTo(range(HistoryColumns.evalWidth(h)));
            assertThat(SeriesExport.stepColumns(h, 1).stream().map(SeriesColumn::name).distinct().count())
                    .isEqualTo(HistoryColumns.stepWidth(h));
        }
        assertThat(SeriesExport.stepColumns(2, 1).get(HistoryColumns.neuron(1, HistoryColumns.RUNNING_VAR)).header())
                .isEqualTo("n2_running_var [v^2]");
    }

    @Test
    void everyNeuronOfEveryLayerIsExportedWithItsLayerInTheName() {
        int h = 3;
        int layers = 4;
        assertThat(indices(SeriesExport.stepColumns(h, layers))).isEqualTo(range(HistoryColumns.stepWidth(h * layers)));
        assertThat(indices(SeriesExport.evalColumns(h, layers))).isEqualTo(range(HistoryColumns.evalWidth(h * layers)));
        assertThat(SeriesExport.stepColumns(h, layers).stream().map(SeriesColumn::name).distinct().count())
                .isEqualTo(HistoryColumns.stepWidth(h * layers));
        // neuron 2 of layer 3 is neuron 3·2 + 1 of the history
        assertThat(SeriesExport.stepColumns(h, layers).get(HistoryColumns.neuron(7, HistoryColumns.GAMMA)).header())
                .isEqualTo("L3_n2_gamma [1]");
        assertThat(SeriesExport.evalColumns(h, layers).get(HistoryColumns.evalNeuron(11,
                HistoryColumns.POPULATION_VAR)).name()).isEqualTo("L4_n3_population_var");
    }

    @ParameterizedTest
    @EnumSource(Placement.class)
    void theCsvFilesParseBackToTheHistories(Placement placement) throws Exception {
        RecordedSeries s = recorded(placement, 3, 23);
        List<Path> files = SeriesExport.writeCsv(dir.resolve("run.csv"), s);
        assertThat(files).containsExactly(dir.resolve("run.csv"), dir.resolve("run-eval.csv"));
        assertParsesBack(Files.readAllLines(files.get(0)), SeriesExport.stepColumns(3, 1), s.steps(), 23);
        assertParsesBack(Files.readAllLines(files.get(1)), SeriesExport.evalColumns(3, 1), s.evals(), 5);
        assertThat(Files.readAllLines(files.get(0)).get(0)).startsWith("step [step],loss [nats],accuracy [fraction],");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("run.csv", "run-eval.csv");
    }

    private static void assertParsesBack(List<String> lines, List<SeriesColumn> columns, HistoryTable t, int rows) {
        assertThat(lines).hasSize(rows + 1);
        assertThat(lines.get(0).split(",", -1)).containsExactlyElementsOf(
                columns.stream().map(SeriesColumn::header).collect(Collectors.toList()));
        for (int r = 0; r < rows; r++) {
            String[] cells = lines.get(r + 1).split(",", -1);
            assertThat(cells).hasSize(columns.size());
            for (int c = 0; c < cells.length; c++) {
                double expected = t.get(r, columns.get(c).index());
                assertThat(Double.doubleToLongBits(Double.parseDouble(cells[c])))
                        .as("row %d, %s", r, columns.get(c).name()).isEqualTo(Double.doubleToLongBits(expected));
            }
        }
    }

    @Test
    void withoutBatchNormTheBnColumnsAreNaN() {
        RecordedSeries s = recorded(Placement.NONE, 2, 3);
        String csv = SeriesExport.csv(SeriesExport.stepColumns(2, 1), s.steps());
        String[] header = csv.lines().findFirst().orElseThrow().split(",");
        String[] row = csv.lines().skip(1).findFirst().orElseThrow().split(",");
        for (int c = 0; c < header.length; c++) {
            boolean bnOnly = header[c].contains("running_") || header[c].contains("gamma") || header[c].contains("beta");
            assertThat(row[c].equals("NaN")).as(header[c]).isEqualTo(bnOnly);
        }
    }

    @Test
    void theJsonHoldsEverySeriesColumnMajor() throws Exception {
        RecordedSeries s = recorded(Placement.NONE, 2, 9);
        Path file = dir.resolve("run.json");
        SeriesExport.writeJson(file, s);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.get("format").asText()).isEqualTo("bnlab-series/1");
        assertThat(root.get("hidden").asInt()).isEqualTo(2);
        checkTable(root.get("steps"), SeriesExport.stepColumns(2, 1), s.steps());
        checkTable(root.get("evaluations"), SeriesExport.evalColumns(2, 1), s.evals());
        assertThat(root.get("steps").get("columns").get(HistoryColumns.neuron(0, HistoryColumns.GAMMA))
                .get("values").get(0).isNull()).isTrue();
    }

    private static void checkTable(JsonNode table, List<SeriesColumn> columns, HistoryTable t) {
        assertThat(table.get("rows").asInt()).isEqualTo(t.rows());
        assertThat(table.get("columns")).hasSize(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            JsonNode col = table.get("columns").get(c);
            assertThat(col.get("name").asText()).isEqualTo(columns.get(c).name());
            assertThat(col.get("unit").asText()).isEqualTo(columns.get(c).unit());
            assertThat(col.get("values")).hasSize(t.rows());
            for (int r = 0; r < t.rows(); r++) {
                double expected = t.get(r, columns.get(c).index());
                JsonNode v = col.get("values").get(r);
                if (Double.isNaN(expected)) {
                    assertThat(v.isNull()).isTrue();
                } else {
                    assertThat(v.doubleValue()).as("%s[%d]", col.get("name"), r).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aFailedExportLeavesNoFile() throws Exception {
        Files.createDirectory(dir.resolve("run-eval.csv"));
        RecordedSeries s = recorded(Placement.BEFORE, 1, 2);
        assertThatThrownBy(() -> SeriesExport.writeCsv(dir.resolve("run.csv"), s)).hasMessageContaining("directory");
        assertThat(dir.toFile().list()).containsExactly("run-eval.csv");
    }

    @Test
    void theEvalFileIsNamedAfterTheStepFile() {
        assertThat(SeriesExport.evalCsvPath(Path.of("a/run.CSV"))).isEqualTo(Path.of("a/run-eval.csv"));
        assertThat(SeriesExport.evalCsvPath(Path.of("series"))).isEqualTo(Path.of("series-eval.csv"));
    }

    private static Set<Integer> indices(List<SeriesColumn> cols) {
        return cols.stream().map(SeriesColumn::index).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Integer> range(int n) {
        Set<Integer> s = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            s.add(i);
        }
        return s;
    }
}
