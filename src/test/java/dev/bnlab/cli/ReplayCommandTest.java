package dev.bnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bnlab.scenario.GoldenComparator;
import dev.bnlab.scenario.GoldenFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The replay command run in-process with captured streams: good files, bad files, usage errors. */
class ReplayCommandTest {

    private static final String GOOD = "mlp_before_sigmoid_keras.json";

    @TempDir
    Path tmp;

    private record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new ReplayCommand())
                .setParameterExceptionHandler(new ShortUsageErrorHandler())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static void assertMatchesExpected(String traceJson, Path golden) throws IOException {
        JsonNode file = GoldenFiles.read(golden);
        GoldenComparator.Result r = GoldenComparator.forTolerance(file.get("tolerance"))
                .compare(file.get("expected"), GoldenFiles.MAPPER.readTree(traceJson));
        assertThat(r.passed()).as(r.summary()).isTrue();
    }

    // ------------------------------------------------------------------ good input

    @Test
    void goodFileWritesTheTraceToStdout() throws IOException {
        Path golden = GoldenFiles.named(GOOD);
        Run r = run(golden.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertMatchesExpected(r.out(), golden);
    }

    @Test
    void outOptionWritesTheFileAndNothingToStdout() throws IOException {
        Path golden = GoldenFiles.named("mlp_none_relu.json");
        Path trace = tmp.resolve("trace.json");
        Files.writeString(trace, "old content");

        Run r = run(golden.toString(), "--out", trace.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
        assertMatchesExpected(Files.readString(trace), golden);
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("trace.json");
        }
    }

    @Test
    void placementNoneTraceHasNoBnMembers() throws IOException {
        Run r = run(GoldenFiles.named("mlp_none_relu.json").toString());
        JsonNode trace = GoldenFiles.MAPPER.readTree(r.out());
        assertThat(trace.get("steps").get(0).fieldNames()).toIterable()
                .containsExactly("loss", "grads", "params_after");
        assertThat(trace.get("steps").get(0).get("grads").fieldNames()).toIterable()
                .containsExactly("W1", "b1", "W2", "b2");
        assertThat(trace.get("final").fieldNames()).toIterable().containsExactly("params");
        assertThat(trace.get("eval").fieldNames()).toIterable().containsExactly("output_prob");
    }

    @Test
    void outputIntoAMissingDirectoryIsExitTwo() {
        Run r = run(GoldenFiles.named(GOOD).toString(), "--out", tmp.resolve("no/such/dir/t.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains("cannot write the trace");
    }

    @Test
    void outputOntoADirectoryIsExitTwoAndLeavesTheDirectory() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("adir"));
        Run r = run(GoldenFiles.named(GOOD).toString(), "--out", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("it is a directory");
        assertThat(dir).isEmptyDirectory();
    }

    // ------------------------------------------------------------------ usage errors

    @Test
    void missingFileArgumentIsAShortUsageError() {
        Run r = run();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).hasSizeBetween(1, 2);
        assertThat(r.err()).contains("FILE").doesNotContain("Exception");
    }

    @Test
    void unknownOptionIsAShortUsageError() {
        Run r = run(GoldenFiles.named(GOOD).toString(), "--frobnicate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).hasSizeBetween(1, 2);
        assertThat(r.err()).contains("--frobnicate");
    }

    // ------------------------------------------------------------------ bad input

    /** A copy of a golden file with {@code input} changed by the edit. */
    private static String edited(String golden, Consumer<ObjectNode> edit) {
        ObjectNode file = (ObjectNode) GoldenFiles.read(GoldenFiles.named(golden));
        edit.accept((ObjectNode) file.get("input"));
        return file.toPrettyString();
    }

    private static String goodText() {
        return GoldenFiles.read(GoldenFiles.named(GOOD)).toPrettyString();
    }

    private static ObjectNode obj(ObjectNode in, String name) {
        return (ObjectNode) in.get(name);
    }

    private static ArrayNode batchArray(ObjectNode in, int batch, String member) {
        return (ArrayNode) in.get("batches").get(batch).get(member);
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("not JSON", goodText().substring(0, 700), "not valid JSON at line"),
                Arguments.of("trailing garbage", goodText() + " }", "not valid JSON at line"),
                Arguments.of("empty file", "", "the file is empty"),
                Arguments.of("missing file", null, "cannot read file: no such file"),
                Arguments.of("missing member", edited(GOOD, in -> in.remove("lr")),
                        "input.lr: required member is missing"),
                Arguments.of("ragged row", edited(GOOD, in -> ((ArrayNode) batchArray(in, 1, "x").get(3)).add(1.0)),
                        "input.batches[1].x[3]: expected 2 numbers, got 3"),
                Arguments.of("wrong W1 shape", edited(GOOD, in -> ((ArrayNode) obj(in, "init").get("W1")).remove(0)),
                        "input.init.W1: expected 3 rows of 2 numbers, got 2 rows"),
                Arguments.of("wrong h", edited(GOOD, in -> obj(in, "network").put("hidden", 4)),
                        "input.init.W1: expected 4 rows of 2 numbers, got 3 rows"),
                Arguments.of("n < 2", edited(GOOD, in -> {
                    ArrayNode x = batchArray(in, 0, "x");
                    x.removeAll();
                    x.addArray().add(0.1).add(0.2);
                }), "input.batches[0].x: a batch needs 2..4096 rows, got 1"),
                Arguments.of("labels count", edited(GOOD, in -> batchArray(in, 3, "y").remove(0)),
                        "input.batches[3].y: expected 8 labels (one per row of x), got 7"),
                Arguments.of("label 2", edited(GOOD, in -> batchArray(in, 2, "y").set(4, 2)),
                        "input.batches[2].y[4]: label must be 0 or 1, got 2"),
                Arguments.of("unknown activation", edited(GOOD, in -> obj(in, "network").put("activation", "swish")),
                        "input.network.activation: unknown activation \"swish\" (expected sigmoid, tanh or relu)"),
                Arguments.of("unknown placement", edited(GOOD, in -> obj(in, "network").put("bn_placement", "mid")),
                        "input.network.bn_placement: unknown placement \"mid\""),
                Arguments.of("unknown convention", edited(GOOD, in -> obj(in, "bn").put("convention", "tf")),
                        "input.bn.convention: unknown convention \"tf\""),
                Arguments.of("unknown kind", goodText().replace("\"mlp_training\"", "\"mlp\""),
                        "kind: unknown kind \"mlp\""),
                Arguments.of("eps 0", edited(GOOD, in -> obj(in, "bn").put("eps", 0)),
                        "input.bn.eps: must be > 0, got 0"),
                Arguments.of("momentum 1.5", edited(GOOD, in -> obj(in, "bn").put("momentum", 1.5)),
                        "input.bn.momentum: must be in [0, 1], got 1.5"),
                Arguments.of("lr string", edited(GOOD, in -> in.put("lr", "fast")),
                        "input.lr: expected a number, got a string"),
                Arguments.of("null number",
                        edited(GOOD, in -> ((ArrayNode) obj(in, "init").get("W2").get(0)).setNull(1)),
                        "input.init.W2[0][1]: expected a number, got null"),
                Arguments.of("boolean number", edited(GOOD, in -> obj(in, "bn").put("eps", true)),
                        "input.bn.eps: expected a number, got a boolean"),
                Arguments.of("NaN literal", goodText().replace("\"lr\" : 0.5", "\"lr\" : NaN"),
                        "input.lr: expected a finite number, got NaN"),
                Arguments.of("Infinity literal", goodText().replace("\"eps\" : 0.001", "\"eps\" : Infinity"),
                        "input.bn.eps: expected a finite number, got Infinity"),
                Arguments.of("overflowing number", goodText().replace("\"lr\" : 0.5", "\"lr\" : 1e400"),
                        "input.lr: number 1E+400 is out of the double range"),
                Arguments.of("non-integer hidden", edited(GOOD, in -> obj(in, "network").put("hidden", 3.5)),
                        "input.network.hidden: expected an integer, got 3.5"),
                Arguments.of("hidden 65", edited(GOOD, in -> obj(in, "network").put("hidden", 65)),
                        "input.network.hidden: must be in 1..64, got 65"),
                Arguments.of("bn_layer dy shape", edited("bn_layer_basic.json",
                                in -> ((ArrayNode) in.get("dy").get(0)).remove(0)),
                        "input.dy[0]: expected 3 numbers, got 2"),
                Arguments.of("diverging run", edited("mlp_none_relu.json", in -> in.put("lr", 1e305)),
                        "training diverged at step"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsExitTwoWithOneShortLineNamingThePath(String label, String content, String expectedMessage)
            throws IOException {
        Path file = tmp.resolve("bad.json");
        if (content != null) {
            Files.writeString(file, content);
        }

        Run r = run(file.toString());

        assertThat(r.exitCode()).as("exit code").isEqualTo(2);
        assertThat(r.out()).as("stdout").isEmpty();
        assertThat(r.errLines()).as("stderr lines").hasSizeBetween(1, 2);
        assertThat(r.err()).startsWith("replay: " + file + ": ").contains(expectedMessage)
                .doesNotContain("Exception").doesNotContain("at dev.").doesNotContain("at java.");
    }
}
