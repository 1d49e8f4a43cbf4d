package dev.bnlab.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code experiment} command with the UI's PNG renderer, run as users run it (a fresh JVM each time): CSV and
 * PNG files, the PNGs byte-identical for the same name, steps and seed.
 */
class PngExperimentRendererTest {

    private static final String NAME = "covariate-shift";
    private static final List<String> PNGS = List.of(NAME + ".png", NAME + "-test-set.png", NAME + "-prebn.png",
            NAME + "-accuracy.png");

    @Test
    void sameNameStepsAndSeedGiveIdenticalPngs(@TempDir Path tmp) throws Exception {
        run(tmp.resolve("a"), "30", "1");
        run(tmp.resolve("b"), "30", "1");
        assertThat(pngs(tmp.resolve("a"))).containsExactlyInAnyOrderElementsOf(PNGS);
        assertThat(tmp.resolve("a").resolve("shift-sweep.csv")).isNotEmptyFile();
        for (String f : PNGS) {
            assertThat(sha256(tmp.resolve("b").resolve(f))).as(f).isEqualTo(sha256(tmp.resolve("a").resolve(f)));
        }
        BufferedImage main = ImageIO.read(tmp.resolve("a").resolve(NAME + ".png").toFile());
        assertThat(main.getWidth()).isEqualTo(PngExperimentRenderer.DEFAULT_WIDTH);
        assertThat(main.getHeight()).isEqualTo(PngExperimentRenderer.DEFAULT_HEIGHT);
        assertThat(distinctColours(main)).as("a real picture, not a blank one").isGreaterThan(200);
    }

    private static void run(Path out, String steps, String seed) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.bnlab.app.Main");
        cmd.addAll(List.of("experiment", NAME, "--steps", steps, "--seed", seed, "--out", out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(new File(out + ".log"))).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("experiment finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(Path.of(out + ".log"))).isZero();
    }

    private static List<String> pngs(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).toList();
        }
    }

    private static int distinctColours(BufferedImage img) {
        Set<Integer> c = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                c.add(img.getRGB(x, y));
            }
        }
        return c.size();
    }

    private static String sha256(Path p) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
        return HexFormat.of().formatHex(d);
    }
}
