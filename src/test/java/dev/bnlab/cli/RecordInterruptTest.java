package dev.bnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recording stopped by a signal leaves no file behind (an existing clip of the same name is kept), and what a hard
 * kill leaves behind is recognisable by its name and removed by the next run into that folder. Real child JVMs.
 */
class RecordInterruptTest {

    private static final Pattern TEMP = Pattern.compile("\\.clip\\.gif\\.bnlab-\\d+-[0-9a-z]+-[0-9a-z]+\\.tmp");
    private static final byte[] OLD_CLIP = "an older clip, to be kept".getBytes();

    @TempDir
    Path dir;

    private Process start(Path out, String steps) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "dev.bnlab.app.Main", "record",
                "--out", out.toString(), "--steps", steps, "--size", "320x180", "--fps", "10"));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolveSibling(dir.getFileName() + "-log.txt").toFile()).start();
    }

    private List<Path> temps() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> TEMP.matcher(p.getFileName().toString()).matches()).toList();
        }
    }

    /** Waits until the recording has written some frames into its temporary file. */
    private Path awaitTemp(Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && p.isAlive()) {
            Optional<Path> t = temps().stream().findFirst();
            if (t.isPresent() && Files.size(t.get()) > 20_000) {
                return t.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no growing temporary file; alive=" + p.isAlive());
    }

    private void stoppedBySignal(String signal) throws Exception {
        Path clip = Files.write(dir.resolve("clip.gif"), OLD_CLIP);
        Process p = start(clip, "100000");
        try {
            Path temp = awaitTemp(p);
            if (signal.equals("TERM")) {
                p.destroy();
            } else {
                new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor(10, TimeUnit.SECONDS);
            }
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("ended after SIG" + signal).isTrue();
            assertThat(temp).doesNotExist();
            assertThat(temps()).isEmpty();
            assertThat(Files.readAllBytes(clip)).as("the existing clip is kept").isEqualTo(OLD_CLIP);
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void sigtermDeletesTheTemporaryFileAndKeepsTheOldClip() throws Exception {
        stoppedBySignal("TERM");
    }

    @Test
    void sigintDeletesTheTemporaryFileAndKeepsTheOldClip() throws Exception {
        stoppedBySignal("INT");
    }

    @Test
    void theLeftoverOfAHardKillIsRemovedByTheNextRunIntoTheFolder() throws Exception {
        Path clip = dir.resolve("clip.gif");
        Process p = start(clip, "100000");
        Path leftover;
        try {
            leftover = awaitTemp(p);
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(leftover).as("kill -9 runs no cleanup").exists();
        assertThat(clip).doesNotExist();

        Process next = start(dir.resolve("other.gif"), "0");
        assertThat(next.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(next.exitValue()).isZero();
        assertThat(leftover).as("swept by the next run").doesNotExist();
        assertThat(dir.resolve("other.gif")).isNotEmptyFile();
    }
}
