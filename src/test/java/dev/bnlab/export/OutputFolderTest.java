package dev.bnlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of outputs is written all or nothing. */
class OutputFolderTest {

    @TempDir
    Path dir;

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void everyFileArrivesAndTheStagingFolderIsGone() throws Exception {
        Path out = dir.resolve("results");
        Files.createDirectory(out);
        Files.writeString(out.resolve("a.csv"), "old a");
        Files.writeString(out.resolve("mine.txt"), "not ours");
        List<Path> written;
        try (OutputFolder f = OutputFolder.open(out)) {
            Path a = Files.writeString(f.staging().resolve("a.csv"), "new a");
            Path b = Files.writeString(f.staging().resolve("b.csv"), "new b");
            written = f.commit(List.of(a, b));
        }
        assertThat(written).containsExactly(out.resolve("a.csv"), out.resolve("b.csv"));
        assertThat(Files.readString(out.resolve("a.csv"))).isEqualTo("new a");
        assertThat(Files.readString(out.resolve("b.csv"))).isEqualTo("new b");
        assertThat(names(out)).containsExactly("a.csv", "b.csv", "mine.txt");
    }

    @Test
    void aWriterThatFailsMidwayLeavesThePreviousResultsIntact() throws Exception {
        Path out = Files.createDirectory(dir.resolve("results"));
        Files.writeString(out.resolve("loss.csv"), "previous loss");
        Files.writeString(out.resolve("acc.csv"), "previous acc");
        assertThatThrownBy(() -> {
            try (OutputFolder f = OutputFolder.open(out)) {
                List<Path> staged = new ArrayList<>();
                staged.add(Files.writeString(f.staging().resolve("loss.csv"), "new loss, complete"));
                Files.writeString(f.staging().resolve("acc.csv"), "new acc, half");
                throw new IOException("disk full (simulated)");
            }
        }).hasMessage("disk full (simulated)");
        assertThat(Files.readString(out.resolve("loss.csv"))).isEqualTo("previous loss");
        assertThat(Files.readString(out.resolve("acc.csv"))).isEqualTo("previous acc");
        assertThat(names(out)).containsExactly("acc.csv", "loss.csv");
    }

    @Test
    void aTargetThatCannotBeReplacedStopsTheCommitBeforeAnyFileMoves() throws Exception {
        Path out = Files.createDirectory(dir.resolve("results"));
        Files.writeString(out.resolve("a.csv"), "old a");
        Files.createDirectory(out.resolve("b.csv"));
        try (OutputFolder f = OutputFolder.open(out)) {
            Path a = Files.writeString(f.staging().resolve("a.csv"), "new a");
            Path b = Files.writeString(f.staging().resolve("b.csv"), "new b");
            assertThatThrownBy(() -> f.commit(List.of(a, b))).hasMessageEndingWith("it is a directory");
        }
        assertThat(Files.readString(out.resolve("a.csv"))).isEqualTo("old a");
        assertThat(names(out)).containsExactly("a.csv", "b.csv");
    }

    @Test
    void aFileInThePlaceOfTheFolderIsRefusedAndALinkToAFolderFollowed() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> OutputFolder.open(file)).hasMessageEndingWith("it is not a folder");
        assertThat(Files.readString(file)).isEqualTo("x");
        Path real = Files.createDirectory(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        try (OutputFolder f = OutputFolder.open(link)) {
            f.commit(List.of(Files.writeString(f.staging().resolve("x.csv"), "x")));
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(names(real)).containsExactly("x.csv");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("made"));
        try (OutputFolder f = OutputFolder.open(dangling)) {
            f.commit(List.of(Files.writeString(f.staging().resolve("y.csv"), "y")));
        }
        assertThat(names(dir.resolve("made"))).containsExactly("y.csv");
    }
}
