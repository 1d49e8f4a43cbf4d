package dev.bnlab.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.i18n.Messages;
import dev.bnlab.runtime.LiveFrame;
import dev.bnlab.runtime.LiveRun;
import dev.bnlab.ui.BnLabApp;
import dev.bnlab.ui.FxToolkit;
import dev.bnlab.ui.fx.HeadlessFx;
import dev.bnlab.ui.fx.Stylesheets;
import dev.bnlab.ui.lab.MainWindow;
import dev.bnlab.ui.model.LabModel;
import dev.bnlab.ui.record.Shots;
import dev.bnlab.ui.view.CanvasView;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Scale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PNG export at 2× is a real 2× render: twice the size, not a pixel-doubled copy, and as sharp as the 1× picture
 * (a blurred enlargement would halve the energy of the edges).
 */
class PngExportTest {

    private static LabModel idle;
    private static MainWindow window;
    private static Scene scene;

    @TempDir
    Path tmp;

    @BeforeAll
    static void setUp() {
        SessionConfig config = SessionConfig.defaults();
        Hyperparams hp = Hyperparams.defaults();
        LiveFrame frame = LiveRun.headless(config, hp, 60);
        idle = new LabModel(config, hp);
        FxToolkit.run(() -> {
            window = new MainWindow(idle);
            scene = Stylesheets.scene(window, 1280, 720);
            window.showFrame(frame, 0);
            HeadlessFx.settleLayout(scene);
        });
    }

    @AfterAll
    static void tearDown() {
        idle.close();
    }

    @Test
    void viewAtTwiceTheScaleIsTwiceTheSizeAndCrisp() throws Exception {
        CanvasView view = window.views().get("histograms");
        Path one = tmp.resolve("one.png");
        Path two = tmp.resolve("two.png");
        WritableImage[] naive = new WritableImage[1];
        double[] canvasSize = new double[2];
        FxToolkit.run(() -> {
            canvasSize[0] = view.canvas().getWidth();
            canvasSize[1] = view.canvas().getHeight();
            try {
                PngExport.write(view, 1, one);
                PngExport.write(view, 2, two);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            SnapshotParameters p = new SnapshotParameters();
            p.setTransform(new Scale(2, 2));
            naive[0] = view.snapshot(p, null);
        });
        Path shots = Shots.dir(tmp);
        if (!shots.equals(tmp)) {
            Files.copy(two, shots.resolve("histograms@2x.png"), StandardCopyOption.REPLACE_EXISTING);
        }
        BufferedImage a = ImageIO.read(one.toFile());
        BufferedImage b = ImageIO.read(two.toFile());
        assertThat(b.getWidth()).isEqualTo(2 * a.getWidth());
        assertThat(b.getHeight()).isEqualTo(2 * a.getHeight());
        assertThat(nonUniformBlocks(b)).as("share of 2×2 blocks that are not one colour").isGreaterThan(0.02);
        double crisp = edgeEnergy(b) / edgeEnergy(a);
        double enlarged = edgeEnergy(SwingFXUtils.fromFXImage(naive[0], null)) / edgeEnergy(a);
        System.out.printf("edge energy 2x/1x: crisp %.2f, plain scaled snapshot %.2f%n", crisp, enlarged);
        // edges twice as long at the same sharpness: about 2; an interpolated enlargement: about 1
        assertThat(crisp).isGreaterThan(1.6);
        // the views are back to their own size and still draw at 1×
        FxToolkit.run(() -> {
            assertThat(view.canvas().getWidth()).isEqualTo(canvasSize[0]);
            assertThat(view.canvas().getHeight()).isEqualTo(canvasSize[1]);
        });
        assertThat(sameImage(ImageIO.read(one.toFile()), reRender(view, tmp.resolve("again.png")))).isTrue();
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("one.png", "two.png", "again.png");
        }
    }

    @Test
    void windowAtTwiceTheScale() throws Exception {
        Path two = Shots.dir(tmp.resolve("shots")).resolve("window@2x.png");
        FxToolkit.run(() -> {
            try {
                PngExport.write(scene.getRoot(), 2, two);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        BufferedImage b = ImageIO.read(two.toFile());
        assertThat(b.getWidth()).isEqualTo(2560);
        assertThat(b.getHeight()).isEqualTo(1440);
    }

    @Test
    void everyViewHasAnExportMenuAndTheControlPanelAnExportButton() {
        FxToolkit.run(() -> {
            window.views().all().values().forEach(v -> assertThat(v.getOnContextMenuRequested()).isNotNull());
            var items = ExportActions.viewMenu(window.views().get("data"), "data").getItems();
            assertThat(items.stream().map(MenuItem::getText).toList())
                    .containsExactly("Save view as PNG (1×)…", "Save view as PNG (2×)…", null, "Copy view to clipboard");
            var button = window.controls().lookupAll(".menu-button").stream()
                    .filter(n -> n instanceof MenuButton).map(n -> (MenuButton) n)
                    .filter(b -> b.getText().equals(Messages.get("record.menu.button")))
                    .findFirst().orElseThrow();
            assertThat(button.getItems().stream().map(MenuItem::getText).toList())
                    .containsExactly("Save window as PNG (1×)…", "Save window as PNG (2×)…", null, "Record clip…");
        });
    }

    private static BufferedImage reRender(CanvasView view, Path file) throws Exception {
        FxToolkit.run(() -> {
            try {
                PngExport.write(view, 1, file);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return ImageIO.read(file.toFile());
    }

    private static boolean sameImage(BufferedImage x, BufferedImage y) {
        if (x.getWidth() != y.getWidth() || x.getHeight() != y.getHeight()) {
            return false;
        }
        for (int j = 0; j < x.getHeight(); j++) {
            for (int i = 0; i < x.getWidth(); i++) {
                if (x.getRGB(i, j) != y.getRGB(i, j)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Share of the 2×2 blocks (at even offsets) whose four pixels are not all equal. */
    static double nonUniformBlocks(BufferedImage img) {
        long blocks = 0;
        long mixed = 0;
        for (int y = 0; y + 1 < img.getHeight(); y += 2) {
            for (int x = 0; x + 1 < img.getWidth(); x += 2) {
                int p = img.getRGB(x, y);
                blocks++;
                if (img.getRGB(x + 1, y) != p || img.getRGB(x, y + 1) != p || img.getRGB(x + 1, y + 1) != p) {
                    mixed++;
                }
            }
        }
        return (double) mixed / blocks;
    }

    /** Σ (difference of horizontally adjacent luminances)²: sharp edges count fully, blurred ones about half. */
    static double edgeEnergy(BufferedImage img) {
        double e = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            double prev = luma(img.getRGB(0, y));
            for (int x = 1; x < img.getWidth(); x++) {
                double l = luma(img.getRGB(x, y));
                e += (l - prev) * (l - prev);
                prev = l;
            }
        }
        return e;
    }

    private static double luma(int rgb) {
        // Rec. 601 luma: 0.299 R + 0.587 G + 0.114 B
        return 0.299 * ((rgb >>> 16) & 0xFF) + 0.587 * ((rgb >>> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
    }
}
