package dev.bnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bnlab.record.Ffmpeg;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless {@code record} command, run as users run it (a fresh JVM each time). */
class RecordCommandTest {

    @TempDir
    Path tmp;

    private record Run(int exit, List<String> lines) {
        String text() {
            return String.join("\n", lines);
        }
    }

    private Run run(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.bnlab.app.Main");
        cmd.add("record");
        cmd.addAll(List.of(args));
        Path log = tmp.resolve("log-" + System.nanoTime() + ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("record finished").isTrue();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.contains("Unsupported JavaFX configuration")).toList();
        Files.delete(log);
        return new Run(p.exitValue(), lines);
    }

    @Test
    void recordsASmallGif() throws Exception {
        Path out = tmp.resolve("clip.gif");
        Run r = run(Map.of(), "--out", out.toString(), "--steps", "6", "--steps-per-frame", "2", "--fps", "10",
                "--size", "640x360", "--seed", "5");
        assertThat(r.exit()).as(r.text()).isZero();
        assertThat(r.lines()).anyMatch(l -> l.startsWith("record: frame 4/4"));
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(4);
            assertThat(reader.getWidth(0)).isEqualTo(640);
            assertThat(reader.getHeight(0)).isEqualTo(360);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void badArgumentsGiveOneLineNamingTheOption() throws Exception {
        Path out = tmp.resolve("clip.gif");
        Run size = run(Map.of(), "--out", out.toString(), "--size", "641x360");
        assertThat(size.exit()).isEqualTo(2);
        assertThat(size.lines()).hasSize(1);
        assertThat(size.lines().get(0)).startsWith("record: --size:").contains("even");
        Run fps = run(Map.of(), "--out", out.toString(), "--fps", "0");
        assertThat(fps.exit()).isEqualTo(2);
        assertThat(fps.lines()).singleElement().asString().startsWith("record: --fps:");
        Run fastGif = run(Map.of(), "--out", out.toString(), "--fps", "60");
        assertThat(fastGif.exit()).isEqualTo(2);
        assertThat(fastGif.lines()).singleElement().asString().startsWith("record: --fps:").contains("50");
        Run ext = run(Map.of(), "--out", tmp.resolve("clip.avi").toString());
        assertThat(ext.exit()).isEqualTo(2);
        assertThat(ext.lines()).singleElement().asString().startsWith("record: --out:").contains(".gif or .mp4");
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"format\": \"bnlab-settings/1\", \"training\": {\"momentum\": 1.5}}");
        Run settings = run(Map.of(), "--out", out.toString(), "--settings", bad.toString());
        assertThat(settings.exit()).isEqualTo(2);
        assertThat(settings.lines()).singleElement().asString().startsWith("record: --settings:");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bad.json");
        }
    }

    @Test
    void mp4WithoutFfmpegSaysHowToInstallIt() throws Exception {
        Path empty = Files.createDirectory(tmp.resolve("empty-path"));
        Run r = run(Map.of("PATH", empty.toString()), "--out", tmp.resolve("clip.mp4").toString(), "--steps", "2");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.lines()).singleElement().asString().contains("ffmpeg").contains("apt-get install ffmpeg");
        assertThat(tmp.resolve("clip.mp4")).doesNotExist();
    }

    @Test
    void recordsAnMp4WhenFfmpegIsInstalled() throws Exception {
        assumeTrue(Ffmpeg.available(), "ffmpeg is not installed");
        Path out = tmp.resolve("clip.mp4");
        Run r = run(Map.of(), "--out", out.toString(), "--steps", "4", "--size", "640x360");
        assertThat(r.exit()).as(r.text()).isZero();
        byte[] head = Files.readAllBytes(out);
        assertThat(new String(head, 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
    }

    @Test
    void anUnknownLessonIsNamed() throws Exception {
        Run r = run(Map.of(), "--out", tmp.resolve("l.gif").toString(), "--lesson", "no-such-lesson");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.lines()).singleElement().asString().startsWith("record: --lesson:").contains("no-such-lesson");
    }

    @Test
    void recordsALessonFileSceneByScene() throws Exception {
        Path lessonFile = tmp.resolve("two-scenes.json");
        Files.writeString(lessonFile, """
                {"format": "bnlab-lesson/1", "id": "two", "title": "Two scenes",
                 "scenes": [
                   {"steps": 3, "caption": "BN before the sigmoid", "views": ["data"]},
                   {"settings": {"network": {"placement": "none"}}, "steps": 0, "caption": "No BN"}
                 ]}
                """);
        Path out = tmp.resolve("lesson.gif");
        Run r = run(Map.of(), "--out", out.toString(), "--lesson", lessonFile.toString(), "--fps", "10",
                "--hold", "0.2", "--size", "640x360");
        assertThat(r.exit()).as(r.text()).isZero();
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            reader.setInput(in);
            // scene 1: start + 3 steps + 2 held frames; scene 2: start + 2 held frames
            assertThat(reader.getNumImages(true)).isEqualTo((1 + 3 + 2) + (1 + 2));
            assertThat(reader.getWidth(0)).isEqualTo(640);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void aMalformedLessonFileIsNamedByLineAndField() throws Exception {
        Path lessonFile = tmp.resolve("bad.json");
        Files.writeString(lessonFile, """
                {"format": "bnlab-lesson/1", "id": "bad", "title": "Bad",
                 "scenes": [
                   {"steps": "ten", "caption": "x"}
                 ]}
                """);
        Path out = tmp.resolve("bad.gif");
        Run r = run(Map.of(), "--out", out.toString(), "--lesson", lessonFile.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.lines()).singleElement().asString().startsWith("record: --lesson:").contains("line 3")
                .contains("scenes[0].steps");
        assertThat(out).doesNotExist();
    }
}
