package dev.bnlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real app in its own JVM (headless Monocle): it shows a first frame, and closing the window stops the
 * engine thread so the JVM exits by itself.
 */
class AppLifecycleTest {

    @Test
    void closingTheWindowEndsTheJvm(@TempDir Path tmp) throws Exception {
        File log = tmp.resolve("app.log").toFile();
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dbnlab.timing=true", "-Dbnlab.exitAfterFirstFrame=true",
                "-cp", System.getProperty("java.class.path"), "dev.bnlab.app.Main");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log).start();
        boolean exited = p.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            p.destroyForcibly();
        }
        String out = Files.readString(log.toPath());
        assertThat(exited).as("JVM exited after the window closed; output:%n%s", out).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).containsPattern("first frame \\d+ ms after JVM start");
    }
}
