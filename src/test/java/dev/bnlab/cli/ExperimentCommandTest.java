package dev.bnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.app.Main;
import dev.bnlab.experiments.ExperimentCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The headless experiment command, in process through Main's command line, and once in its own JVM. */
class ExperimentCommandTest {

    @TempDir
    Path tmp;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Main()).setParameterExceptionHandler(new ShortUsageErrorHandler());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    private static List<String> csvFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
    }

    @Test
    void writesEverySeriesGroupAsCsvWithHeaders() throws Exception {
        Path dir = tmp.resolve("ics");
        Outcome o = run("experiment", "internal-covariate-shift", "--steps", "25", "--seed", "4", "--out",
                dir.toString(), "--no-png");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(csvFiles(dir)).containsExactly("clean-loss.csv", "ics-cosine.csv", "ics-l2.csv", "loss.csv");
        List<String> lines = Files.readAllLines(dir.resolve("ics-l2.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("step,l2_bn,l2_nobn,l2_noisy");
        assertThat(lines).hasSize(26);
        assertThat(lines.get(25)).startsWith("25,");
        assertThat(o.out().lines()).anyMatch(l -> l.endsWith("ics-l2.csv"));
        assertThat(Files.readString(dir.resolve("experiment.txt"))).contains("seed: 4", "steps: 25");
    }

    @Test
    void everyExperimentRunsHeadlessAndTwoRunsAreByteIdentical() throws Exception {
        for (String id : ExperimentCatalog.ids()) {
            Path a = tmp.resolve(id + "-a");
            Path b = tmp.resolve(id + "-b");
            assertThat(run("experiment", id, "--steps", "12", "--out", a.toString(), "--no-png").code()).as(id)
                    .isZero();
            assertThat(run("experiment", id, "--steps", "12", "--out", b.toString(), "--no-png").code()).isZero();
            List<String> files = csvFiles(a);
            assertThat(files).as(id).isNotEmpty().isEqualTo(csvFiles(b));
            for (String f : files) {
                assertThat(Files.readAllBytes(a.resolve(f))).as(id + "/" + f)
                        .isEqualTo(Files.readAllBytes(b.resolve(f)));
            }
        }
    }

    @Test
    void unknownNameListsTheValidNamesOnOneLineWithExitTwo() {
        Outcome o = run("experiment", "bn-vs-everything", "--out", tmp.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err().lines()).hasSize(1);
        assertThat(o.err()).contains("unknown experiment \"bn-vs-everything\"");
        for (String id : ExperimentCatalog.ids()) {
            assertThat(o.err()).contains(id);
        }
        assertThat(o.out()).isEmpty();
    }

    @Test
    void badStepsMissingOutAndUnwritableDirectoryAreOneLineExitTwo() throws Exception {
        Outcome steps = run("experiment", "bn-vs-nobn", "--steps", "0", "--out", tmp.toString());
        assertThat(steps.code()).isEqualTo(2);
        assertThat(steps.err().lines()).hasSize(1);
        assertThat(steps.err()).contains("steps must be in 1..");

        Outcome noOut = run("experiment", "bn-vs-nobn");
        assertThat(noOut.code()).isEqualTo(2);
        assertThat(noOut.err().trim()).isEqualTo("experiment: missing --out DIR");

        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Outcome blocked = run("experiment", "layer-coupling", "--steps", "3", "--out", file.toString(), "--no-png");
        assertThat(blocked.code()).isEqualTo(2);
        assertThat(blocked.err().lines()).hasSize(1);
        assertThat(blocked.err()).contains("cannot write");

        Outcome notANumber = run("experiment", "bn-vs-nobn", "--steps", "many", "--out", tmp.toString());
        assertThat(notANumber.code()).isEqualTo(2);
        assertThat(notANumber.err().lines().count()).isLessThanOrEqualTo(2);
    }

    /** A writer that fails halfway (a full disk) must leave the previous run's files exactly as they were. */
    @Test
    void aFailureWhileWritingLeavesThePreviousResultsIntact() throws Exception {
        Path out = tmp.resolve("results");
        assertThat(run("experiment", "layer-coupling", "--steps", "3", "--out", out.toString(), "--no-png").code())
                .isZero();
        java.util.Map<String, byte[]> before = contents(out);
        assertThat(before).isNotEmpty();

        ExperimentCommand command = new ExperimentCommand();
        command.csvWriter = (result, dir) -> {
            List<Path> written = new dev.bnlab.experiments.CsvSeriesWriter().write(result, dir);
            byte[] whole = Files.readAllBytes(written.get(0));
            Files.write(written.get(0), java.util.Arrays.copyOf(whole, whole.length / 2));
            throw new IOException("No space left on device (simulated)");
        };
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("layer-coupling", "--steps", "7", "--out", out.toString(), "--no-png");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString()
                .contains("cannot write").contains("No space left on device (simulated)");
        java.util.Map<String, byte[]> after = contents(out);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String name : before.keySet()) {
            assertThat(after.get(name)).as(name).isEqualTo(before.get(name));
        }
    }

    private static java.util.Map<String, byte[]> contents(Path dir) throws IOException {
        java.util.Map<String, byte[]> out = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString(), Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
            }
        }
        return out;
    }

    @Test
    void listPrintsEveryNameWithItsVerdictAndDescription() {
        Outcome o = run("experiment", "--list");
        assertThat(o.code()).isZero();
        assertThat(o.out().lines()).hasSize(ExperimentCatalog.ids().size());
        assertThat(o.out()).contains("covariate-shift").contains("AdaBN");
        assertThat(o.out().lines()).anyMatch(l -> l.matches("\\s+loss-landscape-plain\\s+does-not-hold 0/10\\s+.*"));
    }

    @Test
    void seedsGiveASummaryWithTheVerdictOverAllOfThemAndTheFirstSeedsTables() throws Exception {
        Path dir = tmp.resolve("sweep");
        Outcome o = run("experiment", "bn-vs-nobn", "--steps", "60", "--seed", "3", "--seeds", "4", "--out",
                dir.toString(), "--no-png");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.err()).isEmpty();
        com.fasterxml.jackson.databind.JsonNode summary = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dir.resolve("summary.json").toFile());
        assertThat(summary.get("experiment").asText()).isEqualTo("bn-vs-nobn");
        assertThat(summary.get("claim").asText()).isEqualTo("BN makes training converge faster.");
        assertThat(summary.get("seeds").asInt()).isEqualTo(4);
        assertThat(summary.get("firstSeed").asInt()).isEqualTo(3);
        assertThat(summary.get("perSeed")).hasSize(4);
        int wins = 0;
        for (com.fasterxml.jackson.databind.JsonNode seed : summary.get("perSeed")) {
            wins += seed.get("holds").asBoolean() ? 1 : 0;
        }
        assertThat(summary.get("wins").asInt()).isEqualTo(wins);
        assertThat(summary.get("verdict").asText()).isEqualTo(dev.bnlab.experiments.Verdict.of(wins, 4).id());
        assertThat(summary.get("metrics").get("test_loss_bn").get("median").isNumber()).isTrue();
        // the tables are seed 3's: the same as a single run on seed 3
        Path single = tmp.resolve("single");
        assertThat(run("experiment", "bn-vs-nobn", "--steps", "60", "--seed", "3", "--out", single.toString(),
                "--no-png").code()).isZero();
        assertThat(Files.readString(dir.resolve("loss.csv"))).isEqualTo(Files.readString(single.resolve("loss.csv")));
    }

    @Test
    void seedsOutOfRangeAreOneLineExitTwo() {
        for (String k : new String[] {"0", "101", "-3"}) {
            Outcome o = run("experiment", "bn-vs-nobn", "--seeds", k, "--out", tmp.toString(), "--no-png");
            assertThat(o.code()).as(k).isEqualTo(2);
            assertThat(o.err().strip().lines()).as(o.err()).hasSize(1);
            assertThat(o.err()).contains("--seeds");
        }
    }

    /** The UI's renderer (dev.bnlab.ui.experiments.PngExperimentRenderer) is on the class path: PNGs too. */
    @Test
    void withTheUiRendererTheCommandAlsoWritesPngs() {
        Outcome o = run("experiment", "layer-coupling", "--steps", "3", "--out", tmp.resolve("r").toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.err()).doesNotContain("no PNG renderer");
        assertThat(tmp.resolve("r").resolve("layer-coupling.png")).isNotEmptyFile();
        assertThat(o.out().lines()).anyMatch(l -> l.endsWith("layer-coupling.png"));
    }

    /** In its own JVM (Main exits): the CSV path of the command loads no JavaFX class. */
    @Test
    void experimentCommandLoadsNoJavaFxClass() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-verbose:class", "-cp",
                System.getProperty("java.class.path"), "dev.bnlab.app.Main", "experiment", "covariate-shift",
                "--steps", "20", "--out", tmp.resolve("jvm").toString(), "--no-png"));
        Path log = tmp.resolve("jvm-output.txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the experiment JVM did not finish within 120 s");
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
        List<String> loaded = lines.stream().filter(l -> l.contains("[class,load]")).toList();
        assertThat(loaded).anyMatch(l -> l.contains(" dev.bnlab.experiments.CovariateShiftExperiment "));
        assertThat(loaded).noneMatch(l -> l.contains(" javafx.") || l.contains(" com.sun.javafx."));
        assertThat(tmp.resolve("jvm").resolve("shift-sweep.csv")).isNotEmptyFile();
    }
}
