package dev.bnlab.ui;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.live.LiveFrame;
import dev.bnlab.live.Trainer;
import dev.bnlab.ui.experiments.LabShell;
import dev.bnlab.ui.view.CanvasView;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Renders the main window with no display (headless Monocle, software pipeline): PNG snapshots after N
 * deterministic steps, and a frame-time benchmark with the trainer running flat out.
 */
public final class HeadlessRenderer {

    private HeadlessRenderer() {
    }

    /** Selects headless Monocle and software rendering; must run before the toolkit starts. */
    public static void useHeadlessToolkit() {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static void startToolkit() {
        useHeadlessToolkit();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        try {
            Platform.startup(() -> ready.complete(null));
        } catch (IllegalStateException alreadyStarted) {
            ready.complete(null);
        }
        Platform.setImplicitExit(false);
        ready.join();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(120, TimeUnit.SECONDS);
    }

    /**
     * Runs {@code steps} deterministic steps with the given settings and writes DIR/main.png plus one PNG per
     * view. Returns the files written.
     */
    public static List<Path> snapshot(SessionConfig config, Hyperparams hp, int steps, Path dir, int width,
                                      int height) throws Exception {
        startToolkit();
        Files.createDirectories(dir);
        LiveFrame frame = Trainer.runHeadless(config, hp, steps);
        try (Trainer idle = new Trainer(config, hp)) {
            return onFx(() -> {
                AppModel model = new AppModel(idle, config, hp);
                MainWindow window = new MainWindow(model);
                LabShell shell = new LabShell(window, model);
                try {
                    Scene scene = BnLabApp.createScene(shell, width, height);
                    window.showFrame(frame, 0);
                    settleLayout(scene);
                    List<Path> written = new ArrayList<>();
                    written.add(writePng(scene.snapshot(null), dir.resolve("main.png")));
                    for (Map.Entry<String, CanvasView> e : window.views().all().entrySet()) {
                        written.add(writePng(snapshotNode(e.getValue()), dir.resolve(e.getKey() + ".png")));
                    }
                    return written;
                } finally {
                    shell.close();
                }
            });
        }
    }

    /** Stops the toolkit (the commands call this once at the end; tests keep it running). */
    public static void shutdown() {
        Platform.exit();
    }

    /** CSS and layout until stable: scroll panes and sliders lay out their content in a second pass. */
    static void settleLayout(Scene scene) {
        for (int i = 0; i < 3; i++) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
    }

    private static WritableImage snapshotNode(Node n) {
        return n.snapshot(null, null);
    }

    /** Writes atomically (temp file, then move) so an interrupted run leaves no half PNG. */
    static Path writePng(WritableImage img, Path file) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".bnlab", ".png.tmp");
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", tmp.toFile());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }

    /**
     * Renders {@code frames} frames of the main window while the trainer runs flat out; each frame is the
     * FX-thread work of one pulse: draw the newest snapshot in every view and render the scene (software).
     * The first {@code warmupFrames} frames (JIT compilation of the drawing and rasterizing code) are not timed.
     * Returns one JSON line.
     */
    public static String frameBench(int batch, int frames, int warmupFrames, int width, int height) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        startToolkit();
        SessionConfig config = SessionConfig.defaults();
        Hyperparams hp = Hyperparams.defaults().withBatchSize(batch);
        try (Trainer trainer = new Trainer(config, hp)) {
            AppModel model = new AppModel(trainer, config, hp);
            MainWindow window = onFx(() -> new MainWindow(model));
            // after the control panel, which sets the speed from its slider
            trainer.setSpeed(Trainer.FLAT_OUT);
            LabShell shell = onFx(() -> new LabShell(window, model));
            Scene scene = onFx(() -> BnLabApp.createScene(shell, width, height));
            trainer.requestFrame();
            LiveFrame first = awaitFrame(trainer);
            onFx(() -> {
                window.showFrame(first, 0);
                scene.snapshot(null);
                return null;
            });
            long firstFrameMs = System.currentTimeMillis() - jvmStart;
            trainer.play();
            WritableImage[] target = new WritableImage[1];
            int warmup = warmupFrames;
            double[] ms = new double[frames];
            long stepsAtStart = 0;
            long t0 = 0;
            for (int i = -warmup; i < frames; i++) {
                trainer.requestFrame();
                LiveFrame f = awaitFrame(trainer);
                if (i == 0) {
                    stepsAtStart = f.snapshot().step();
                    t0 = System.nanoTime();
                }
                double took = onFx(() -> {
                    long s = System.nanoTime();
                    window.showFrame(f, 60);
                    // render into one reused image: the read-back buffer is the benchmark's, not the app's
                    target[0] = scene.snapshot(target[0]);
                    return (System.nanoTime() - s) / 1e6;
                });
                if (i >= 0) {
                    ms[i] = took;
                }
            }
            trainer.pause();
            trainer.requestFrame();
            LiveFrame last = awaitFrame(trainer);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double sps = (last.snapshot().step() - stepsAtStart) / seconds;
            onFx(() -> {
                shell.close();
                return null;
            });
            Arrays.sort(ms);
            return String.format(Locale.ROOT,
                    "{\"batch\":%d, \"frames\":%d, \"warmup_frames\":%d, \"width\":%d, \"height\":%d, \"median_ms\":%.2f, \"p99_ms\":%.2f, "
                            + "\"steps_per_s\":%.0f, \"first_frame_ms_after_jvm_start\":%d}",
                    batch, frames, warmup, width, height, percentile(ms, 0.5), percentile(ms, 0.99), sps, firstFrameMs);
        }
    }

    private static LiveFrame awaitFrame(Trainer trainer) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        LiveFrame f;
        while ((f = trainer.takeFrame()) == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the trainer published no frame within 10 s");
            }
            Thread.sleep(0, 200_000);
        }
        return f;
    }

    static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
