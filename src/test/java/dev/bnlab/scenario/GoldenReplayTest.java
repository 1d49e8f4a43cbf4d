package dev.bnlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the {@code input} of every golden file in src/test/resources/golden in-process (reader → replayer →
 * trace writer → JSON text) and compares every number of {@code expected} under the file's tolerance.
 */
class GoldenReplayTest {

    static List<Path> goldenFiles() {
        return GoldenFiles.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void replayMatchesExpected(Path file) throws Exception {
        JsonNode golden = GoldenFiles.read(file);
        String traceJson = new TraceWriter().write(new Replayer().replay(new ScenarioReader().read(file)));
        JsonNode trace = GoldenFiles.MAPPER.readTree(traceJson);

        GoldenComparator.Result result = GoldenComparator.forTolerance(golden.get("tolerance"))
                .compare(golden.get("expected"), trace);

        String report = file.getFileName() + ": " + result.summary();
        System.out.println("golden " + report);
        assertThat(result.numbersCompared()).as("numbers in expected of %s", file.getFileName()).isPositive();
        assertThat(result.passed()).as(report).isTrue();
    }

    @Test
    void theGoldenDirectoryHoldsThePublicAndTheGeneratedCases() {
        List<String> names = GoldenFiles.all().stream().map(p -> p.getFileName().toString()).toList();
        assertThat(names).contains("bn_layer_basic.json", "mlp_none_relu.json", "mlp_saturating_sigmoid_large_lr.json");
        assertThat(names.size()).isGreaterThanOrEqualTo(8);
    }
}
