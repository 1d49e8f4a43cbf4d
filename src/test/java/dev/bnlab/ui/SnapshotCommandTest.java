package dev.bnlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless {@code snapshot} command, run as users run it (a fresh JVM each time): one PNG for the window
 * and one per view, byte-identical for the same seed and steps.
 */
class SnapshotCommandTest {

    private static final String[] FILES = {
        "main.png", "histograms.png", "running-stats.png", "activation.png", "training-curves.png", "data.png",
        "network.png"};

    @Test
    void sameSeedAndStepsGiveIdenticalBytes(@TempDir Path tmp) throws Exception {
        run(tmp.resolve("a"), 40);
        run(tmp.resolve("b"), 40);
        run(tmp.resolve("c"), 41);
        for (String f : FILES) {
            assertThat(sha256(tmp.resolve("b").resolve(f))).as(f).isEqualTo(sha256(tmp.resolve("a").resolve(f)));
        }
        BufferedImage main = ImageIO.read(tmp.resolve("a/main.png").toFile());
        assertThat(main.getWidth()).isEqualTo(1280);
        assertThat(main.getHeight()).isEqualTo(720);
        assertThat(sha256(tmp.resolve("c/main.png"))).as("one more step changes the picture")
                .isNotEqualTo(sha256(tmp.resolve("a/main.png")));
    }

    private static void run(Path out, int steps) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.bnlab.app.Main");
        cmd.addAll(List.of("snapshot", "--steps", Integer.toString(steps), "--seed", "7", "--out", out.toString(),
                "--width", "1280", "--height", "720"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(new File(out + ".log"))).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("snapshot finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(Path.of(out + ".log"))).isZero();
    }

    private static String sha256(Path p) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
        return HexFormat.of().formatHex(d);
    }
}
