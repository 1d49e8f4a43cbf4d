package dev.bnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.scenario.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code dev.bnlab.app.Main replay} in a separate JVM with {@code -verbose:class} and checks that the
 * headless path loads no JavaFX class (Main calls System.exit, so it cannot run in this JVM).
 */
class HeadlessNoJavaFxTest {

    @TempDir
    Path tmp;

    private record Result(int exitCode, List<String> lines) {
    }

    private Result runMain(String... mainArgs) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-verbose:class",
                "-cp", System.getProperty("java.class.path"), "dev.bnlab.app.Main"));
        command.addAll(List.of(mainArgs));
        Path log = tmp.resolve("jvm-output.txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the replay JVM did not finish within 120 s");
        }
        return new Result(p.exitValue(), Files.readAllLines(log, StandardCharsets.UTF_8));
    }

    private static List<String> loadedClassLines(List<String> lines) {
        return lines.stream().filter(l -> l.contains("[class,load]")).toList();
    }

    @Test
    void replayLoadsNoJavaFxClass() throws Exception {
        Path trace = tmp.resolve("trace.json");
        Result r = runMain("replay", GoldenFiles.named("mlp_before_sigmoid_keras.json").toString(),
                "--out", trace.toString());

        assertThat(r.exitCode()).as("exit code; output:%n%s", String.join("\n", r.lines())).isZero();
        assertThat(trace).isNotEmptyFile();
        List<String> loaded = loadedClassLines(r.lines());
        // the log must really list class loading, or the check below would pass vacuously
        assertThat(loaded).anyMatch(l -> l.contains(" dev.bnlab.scenario.ScenarioReader "));
        assertThat(loaded).anyMatch(l -> l.contains(" dev.bnlab.core.Network "));
        assertThat(loaded).noneMatch(l -> l.contains(" javafx.") || l.contains(" com.sun.javafx."));
    }

    @Test
    void benchLoadsNoJavaFxClass() throws Exception {
        Result r = runMain("bench", "--batch", "16", "--seconds", "0.3");

        assertThat(r.exitCode()).as("exit code; output:%n%s", String.join("\n", r.lines())).isZero();
        assertThat(r.lines()).anyMatch(l -> l.startsWith("{\"hidden\":3,\"layers\":1,\"batch\":16,"));
        List<String> loaded = loadedClassLines(r.lines());
        assertThat(loaded).anyMatch(l -> l.contains(" dev.bnlab.core.TrainingSession "));
        assertThat(loaded).noneMatch(l -> l.contains(" javafx.") || l.contains(" com.sun.javafx."));
    }

    @Test
    void missingFileArgumentThroughMainIsExitTwoWithAShortMessage() throws Exception {
        Result r = runMain("replay");
        List<String> messages = r.lines().stream().filter(l -> !l.startsWith("[")).toList();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(messages).hasSizeBetween(1, 2);
        assertThat(String.join("\n", messages)).contains("FILE");
        assertThat(loadedClassLines(r.lines())).noneMatch(l -> l.contains(" javafx."));
    }
}
