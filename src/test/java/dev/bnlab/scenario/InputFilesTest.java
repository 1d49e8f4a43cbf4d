package dev.bnlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared reader refuses what it must before reading a byte, and reads at most its format's limit. */
class InputFilesTest {

    @TempDir
    Path dir;

    private static String problem(Path p, InputFiles.Kind kind) {
        try {
            InputFiles.read(p, kind);
        } catch (ScenarioException e) {
            assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception");
            return e.getMessage();
        }
        throw new AssertionError("accepted " + p);
    }

    @Test
    void specialFilesAreRefusedWithoutBlockingOrReading() throws Exception {
        Path fifo = dir.resolve("fifo.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo works");
        long t0 = System.nanoTime();
        assertThat(problem(fifo, InputFiles.Kind.GOLDEN))
                .isEqualTo("cannot read file: it is a named pipe (FIFO), not a regular file");
        assertThat(problem(Path.of("/dev/zero"), InputFiles.Kind.SETTINGS))
                .isEqualTo("cannot read file: it is a character device, not a regular file");
        assertThat(problem(Path.of("/dev/urandom"), InputFiles.Kind.LESSON)).contains("character device");
        assertThat(problem(dir, InputFiles.Kind.LESSON)).isEqualTo("cannot read file: it is a directory");
        assertThat(problem(dir.resolve("none.json"), InputFiles.Kind.LESSON))
                .isEqualTo("cannot read file: no such file");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("gone.json"));
        assertThat(problem(dangling, InputFiles.Kind.LESSON)).isEqualTo("cannot read file: no such file");
        Path loop = Files.createSymbolicLink(dir.resolve("loop.json"), Path.of("loop.json"));
        assertThat(problem(loop, InputFiles.Kind.LESSON)).startsWith("cannot read file: ");
        assertThat(System.nanoTime() - t0).isLessThan(TimeUnit.SECONDS.toNanos(5));
    }

    @Test
    void aFileOverItsFormatsLimitIsRefusedBeforeReading() throws Exception {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(InputFiles.Kind.SETTINGS.maxBytes() + 1);
        }
        assertThat(problem(big, InputFiles.Kind.SETTINGS))
                .isEqualTo("file too large: 1048577 bytes, more than the 1048576 bytes a settings file may have");
        assertThat(InputFiles.Kind.GOLDEN.maxBytes()).isEqualTo(8L << 20);
        assertThat(InputFiles.Kind.LESSON.maxBytes()).isEqualTo(1L << 20);
        assertThat(InputFiles.Kind.EXPERIMENT.maxBytes()).isEqualTo(256L << 20);
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), big);
        assertThat(problem(link, InputFiles.Kind.SETTINGS)).startsWith("file too large");
    }

    @Test
    void invalidUtf8IsReportedWithItsByteAndLine() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.write(f, new byte[] {'{', '\n', '"', 'a', '"', ':', ' ', '"', (byte) 0xc3, '(', '"', '}'});
        assertThat(problem(f, InputFiles.Kind.SETTINGS)).isEqualTo("not valid UTF-8 at byte 8 (line 2)");
        Files.write(f, new byte[] {'"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"'});
        assertThat(problem(f, InputFiles.Kind.SETTINGS)).startsWith("not valid UTF-8 at byte 1");
        Files.write(f, new byte[] {'"', (byte) 0xc0, (byte) 0xaf, '"'});
        assertThat(problem(f, InputFiles.Kind.SETTINGS)).startsWith("not valid UTF-8 at byte 1");
        Files.writeString(f, "{\"a\": \"\u4e2d\u6587 \ud83d\ude00\"}", StandardCharsets.UTF_8);
        assertThat(InputFiles.read(f, InputFiles.Kind.SETTINGS)).contains("\u4e2d\u6587");
    }

    @Test
    void jsonBeyondTheParsersLimitsIsRefusedWithOneShortLine() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> JsonTreeParser.parse(deep)).isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(e.getMessage()).endsWith("objects and arrays are nested more than 32 levels deep")
                        .hasSizeLessThan(SafeText.MAX_LINE));
        String longString = "{\"kind\": \"" + "x".repeat(70_000) + "\"}";
        assertThatThrownBy(() -> JsonTreeParser.parse(longString))
                .hasMessageEndingWith("a string is longer than 65536 characters");
        String longName = "{\"" + "n".repeat(300) + "\": 1}";
        assertThatThrownBy(() -> JsonTreeParser.parse(longName))
                .hasMessageEndingWith("a member name is longer than 256 characters");
        String longNumber = "{\"a\": 1" + "0".repeat(200) + "}";
        assertThatThrownBy(() -> JsonTreeParser.parse(longNumber))
                .hasMessageEndingWith("a number is written with more than 100 characters");
    }

    @Test
    void hugeExponentsAreOutOfRangeAtOnce() throws Exception {
        long t0 = System.nanoTime();
        LocatedNode n = LocatedNode.root(JsonTreeParser.parse("{\"a\": 1e999999999}")).member("a");
        assertThatThrownBy(() -> n.wholeNumber(0, 10)).hasMessageContaining("must be in 0..10");
        LocatedNode tiny = LocatedNode.root(JsonTreeParser.parse("{\"a\": 1e-999999999}")).member("a");
        assertThatThrownBy(() -> tiny.wholeNumber(0, 10)).hasMessageContaining("expected an integer");
        assertThat(System.nanoTime() - t0).isLessThan(TimeUnit.SECONDS.toNanos(2));
    }

    @Test
    void controlCharactersAreEscapedAndLengthsCappedInMessages() {
        assertThat(SafeText.line("a\u001b[31mb\nc\r\t\u0000\u202e")).isEqualTo("a\\u001b[31mb\\nc\\r\\t\\u0000\\u202e");
        assertThat(SafeText.value("k".repeat(1_000_000))).hasSize(SafeText.MAX_VALUE).endsWith("…");
        assertThat(SafeText.path("a" + "[0]".repeat(100_000))).hasSize(SafeText.MAX_PATH).contains("…");
        assertThat(SafeText.line("\ud83d\ude00 ok \ud83d")).isEqualTo("\ud83d\ude00 ok \\ud83d");
        ScenarioException e = new ScenarioException("x\n[0]", "bad \u001b value\n" + "v".repeat(5000));
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\u001b").hasSizeLessThanOrEqualTo(
                SafeText.MAX_PATH + 2 + SafeText.MAX_LINE);
    }
}
