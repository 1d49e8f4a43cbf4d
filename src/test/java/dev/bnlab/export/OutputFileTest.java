package dev.bnlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared output-path rules: links followed, devices and pipes written directly, nothing special replaced. */
class OutputFileTest {

    @TempDir
    Path dir;

    private static final byte[] NEW = "new contents\n".getBytes(StandardCharsets.UTF_8);

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", cmd) + " works here");
    }

    @Test
    void aNewFileAndAnExistingFileAreWrittenWithNoTemporaryFileLeft() throws Exception {
        Path f = dir.resolve("out.json");
        OutputFile.write(f, NEW);
        assertThat(Files.readAllBytes(f)).isEqualTo(NEW);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw----"));
        OutputFile.write(f, "again".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(f)).isEqualTo("again");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as("kept").isEqualTo("rw-rw----");
        assertThat(names(dir)).containsExactly("out.json");
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetIsUpdatedWithTheTemporaryFileBesideTheTarget() throws Exception {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path real = Files.writeString(elsewhere.resolve("real.json"), "old");
        Path links = Files.createDirectory(dir.resolve("links"));
        Path hop = Files.createSymbolicLink(links.resolve("hop.json"), Path.of("../elsewhere/real.json"));
        Path link = Files.createSymbolicLink(links.resolve("link.json"), Path.of("hop.json"));
        try (OutputFile out = OutputFile.open(link)) {
            assertThat(out.temp().getParent().toRealPath()).isEqualTo(elsewhere.toRealPath());
            assertThat(out.target().toRealPath()).isEqualTo(real.toRealPath());
            Files.write(out.temp(), NEW);
            out.commit();
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isSymbolicLink(hop)).isTrue();
        assertThat(Files.readAllBytes(real)).isEqualTo(NEW);
        assertThat(names(elsewhere)).containsExactly("real.json");
        assertThat(names(links)).containsExactly("hop.json", "link.json");
    }

    @Test
    void aDanglingLinkCreatesItsTarget() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), dir.resolve("made.json"));
        OutputFile.write(link, NEW);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllBytes(dir.resolve("made.json"))).isEqualTo(NEW);
    }

    @Test
    void devNullIsWrittenLikeARedirectionAndNotReplaced() throws Exception {
        Path devNull = Path.of("/dev/null");
        OutputFile.write(devNull, NEW);
        assertThat(Files.isRegularFile(devNull, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.getAttribute(devNull, "unix:mode")).matches(m -> (((Integer) m) & 0170000) == 0020000);
    }

    @Test
    void descriptorAliasesAreWrittenThroughNeverReplaced() throws Exception {
        for (String alias : List.of("/dev/stdout", "/dev/stderr", "/proc/self/fd/1")) {
            Path p = Path.of(alias);
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(p), alias + " exists");
            OutputFile.Plan plan = OutputFile.plan(p);
            assertThat(plan.direct()).as(alias).isTrue();
            assertThat(plan.append()).as(alias).isTrue();
            assertThat(plan.target()).isEqualTo(p);
        }
        assertThat(Files.isSymbolicLink(Path.of("/dev/stdout"))).isTrue();
    }

    @Test
    void devFullReportsTheDevicesErrorAndStaysADevice() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "/dev/full exists");
        assertThatThrownBy(() -> OutputFile.write(full, NEW)).isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(OutputFile.reason((IOException) e)).contains("No space left"));
        assertThat(Files.isRegularFile(full, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void aFifoIsWrittenToItsReaderAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("pipe");
        run("mkfifo", fifo.toString());
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        OutputFile.write(fifo, NEW);
        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(NEW);
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(names(dir)).containsExactly("pipe");
    }

    @Test
    void aDirectoryABlockDeviceALoopAndAMissingFolderAreRefusedWithTheirReason() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        assertThatThrownBy(() -> OutputFile.write(folder, NEW)).hasMessageEndingWith(": it is a directory");
        Path a = Files.createSymbolicLink(dir.resolve("a"), Path.of("b"));
        Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));
        assertThatThrownBy(() -> OutputFile.write(a, NEW)).hasMessageEndingWith("too many levels of symbolic links");
        assertThatThrownBy(() -> OutputFile.write(dir.resolve("no/such/x.json"), NEW))
                .hasMessageContaining("the folder ").hasMessageEndingWith("does not exist");
        Path linkToFolder = Files.createSymbolicLink(dir.resolve("lf.json"), folder);
        assertThatThrownBy(() -> OutputFile.write(linkToFolder, NEW)).hasMessageEndingWith(": it is a directory");
        assertThat(Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)).isTrue();
        // a block device (major 250 is unassigned: nothing could be written even by mistake)
        Path blk = dir.resolve("blk");
        run("mknod", blk.toString(), "b", "250", "250");
        assertThatThrownBy(() -> OutputFile.write(blk, NEW)).hasMessageEndingWith("it is a block device, not a regular file");
        assertThat(names(dir)).doesNotContain("x.json").noneMatch(n -> n.endsWith(".tmp"));
    }

    @Test
    void writeAllIsAllOrNothing() throws Exception {
        Path first = Files.writeString(dir.resolve("first.csv"), "old first");
        Path second = Files.createDirectory(dir.resolve("second.csv"));
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(first, NEW);
        files.put(second, NEW);
        assertThatThrownBy(() -> OutputFile.writeAll(files)).hasMessageEndingWith("it is a directory");
        assertThat(Files.readString(first)).isEqualTo("old first");
        assertThat(names(dir)).containsExactly("first.csv", "second.csv");
    }

    @Test
    void aCrashBeforeTheMoveLeavesTheTargetAndNoTemporaryFile() throws Exception {
        Path f = Files.writeString(dir.resolve("keep.json"), "old");
        assertThatThrownBy(() -> OutputFile.write(f, NEW, (t, target) -> {
            throw new IOException("simulated crash");
        })).hasMessage("simulated crash");
        assertThat(Files.readString(f)).isEqualTo("old");
        assertThat(names(dir)).containsExactly("keep.json");
    }

    @Test
    void leftoversOfAKilledRunAreRecognisedAndSweptButALiveRunsAreKept() throws Exception {
        Path dead = Files.writeString(dir.resolve(".clip.gif.bnlab-999999999-abc-def.tmp"), "partial");
        Path deadFolder = Files.createDirectory(dir.resolve(".bnlab-999999999-abc-x1.tmp"));
        Files.writeString(deadFolder.resolve("loss.csv"), "partial");
        Path unrelated = Files.writeString(dir.resolve(".notes.tmp"), "mine");
        try (OutputFile live = OutputFile.open(dir.resolve("clip.gif"))) {
            assertThat(OutputFile.TEMP_NAME.matcher(live.temp().getFileName().toString()).matches()).isTrue();
            OutputFile.sweepLeftovers(dir);
            assertThat(live.temp()).as("this process is alive").exists();
            assertThat(dead).doesNotExist();
            assertThat(deadFolder).doesNotExist();
            assertThat(unrelated).exists();
        }
    }

    @Test
    void theShutdownCleanupDeletesWhatIsStillOpen() throws Exception {
        OutputFile out = OutputFile.open(dir.resolve("clip.gif"));
        Files.write(out.temp(), NEW);
        boolean[] stopped = {false};
        Runnable forget = OutputFile.onShutdown(() -> stopped[0] = true);
        assertThat(OutputFile.pending()).contains(out.temp());
        OutputFile.cleanUp();
        forget.run();
        assertThat(stopped[0]).isTrue();
        assertThat(out.temp()).doesNotExist();
        assertThat(dir.resolve("clip.gif")).doesNotExist();
        out.close();
    }
}
