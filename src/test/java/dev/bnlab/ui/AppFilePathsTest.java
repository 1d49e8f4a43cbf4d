package dev.bnlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.i18n.Messages;
import dev.bnlab.live.LiveFrame;
import dev.bnlab.live.Trainer;
import dev.bnlab.scenario.SettingsFile;
import dev.bnlab.ui.record.PngExport;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's own file paths (Open…, Save…, Export data…, PNG export) get the same treatment as the commands:
 * special or oversized files are refused before reading, links are followed, devices are never replaced, and a
 * failure leaves the app as it was and says why in one line, in the UI language.
 */
class AppFilePathsTest {

    private final SessionConfig startConfig = SessionConfig.defaults();
    private final Hyperparams startHp = Hyperparams.defaults();
    private final Trainer trainer = new Trainer(startConfig, startHp);
    private final AppModel model = new AppModel(trainer, startConfig, startHp);
    private final SettingsFileActions actions = new SettingsFileActions(model);

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        FxToolkit.run(() -> UiText.setLocale(Messages.ENGLISH));
        trainer.close();
    }

    private static Path fifo(Path p) throws Exception {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is available");
        return p;
    }

    private Optional<String> open(Path p) {
        return FxToolkit.call(() -> actions.open(p));
    }

    @Test
    void openRefusesSpecialAndOversizedFilesInOneLineAndChangesNothing() throws Exception {
        Path sparse = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
            f.setLength(300L * 1024 * 1024);
        }
        long start = System.nanoTime();
        assertThat(open(fifo(dir.resolve("pipe.json")))).get().asString()
                .isEqualTo("cannot read file: it is a named pipe (FIFO), not a regular file");
        assertThat(open(dir)).get().asString().isEqualTo("cannot read file: it is a directory");
        assertThat(open(Path.of("/dev/zero"))).get().asString().contains("character device");
        assertThat(open(sparse)).get().asString().startsWith("file too large: 314572800 bytes");
        assertThat(System.nanoTime() - start).as("nothing was read").isLessThan(5_000_000_000L);
        FxToolkit.run(() -> UiText.setLocale(Messages.CHINESE));
        assertThat(open(dir)).get().asString().isEqualTo("无法读取文件：这是一个文件夹");
        assertThat(model.config()).isEqualTo(startConfig);
        assertThat(model.hyperparams()).isEqualTo(startHp);
    }

    @Test
    void openReportsInvalidUtf8AndHostileValuesOnOneEscapedLine() throws Exception {
        Path file = dir.resolve("s.json");
        SettingsFile.save(file, startConfig, startHp);
        String good = Files.readString(file);
        byte[] bytes = good.replace("\"xor\"", "\"x\u00e9or\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = good.indexOf("\"xor\"") + 2;
        bytes[at] = (byte) 0xff;
        Files.write(file, bytes);
        assertThat(open(file)).get().asString().startsWith("not valid UTF-8 at byte " + at);
        Files.writeString(file, good.replace("\"xor\"", "\"\\u001b[31mred\\nline\""));
        String m = open(file).orElseThrow();
        assertThat(m).doesNotContain("\u001b").doesNotContain("\n").contains("\\u001b[31mred\\nline");
        Files.writeString(file, good.replace("\"xor\"", "\"" + "k".repeat(60_000) + "\""));
        assertThat(open(file).orElseThrow().length()).isLessThan(400);
        assertThat(model.config()).isEqualTo(startConfig);
    }

    @Test
    void saveFollowsALinkAndNeverReplacesADeviceOrADirectory() throws Exception {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        assertThat(FxToolkit.call(() -> actions.save(link))).isEmpty();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("bnlab-settings/1");
        assertThat(FxToolkit.call(() -> actions.save(Path.of("/dev/null")))).isEmpty();
        assertThat(Files.isRegularFile(Path.of("/dev/null"), LinkOption.NOFOLLOW_LINKS)).isFalse();
        Path folder = Files.createDirectory(dir.resolve("taken.json"));
        FxToolkit.run(() -> UiText.setLocale(Messages.CHINESE));
        assertThat(FxToolkit.call(() -> actions.save(folder))).get().asString()
                .isEqualTo("无法保存 taken.json：这是一个文件夹");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void seriesExportSaysWhyInOneLine() throws Exception {
        SeriesExportActions export = new SeriesExportActions(model);
        Path folder = Files.createDirectory(dir.resolve("run.csv"));
        assertThat(export.export(folder)).get().asString().isEqualTo("it is a directory");
        assertThat(export.export(dir.resolve("missing").resolve("run.csv"))).get().asString()
                .startsWith("the folder ").endsWith(" does not exist");
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("series.json"), real);
        assertThat(export.export(link)).isEmpty();
        assertThat(Files.readString(real)).contains("bnlab-series/1");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void pngExportFollowsLinksAndRefusesADirectory() throws Exception {
        LiveFrame frame = Trainer.runHeadless(startConfig, startHp, 5);
        Scene[] scene = new Scene[1];
        MainWindow window = FxToolkit.call(() -> {
            MainWindow w = new MainWindow(model);
            scene[0] = BnLabApp.createScene(w, 800, 600);
            w.showFrame(frame, 0);
            HeadlessFx.settleLayout(scene[0]);
            return w;
        });
        Path real = Files.writeString(dir.resolve("real.png"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("view.png"), real);
        FxToolkit.call(() -> {
            try {
                return PngExport.write(window.views().all().get("data"), 1, link);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllBytes(real)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        Path folder = Files.createDirectory(dir.resolve("folder.png"));
        assertThatThrownBy(() -> FxToolkit.call(() -> {
            try {
                return PngExport.write(window.views().all().get("data"), 1, folder);
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        })).hasMessageContaining("it is a directory");
        assertThat(leftovers()).isEmpty();
    }

    private java.util.List<String> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }
}
