package dev.bnlab.ui;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.live.LiveFrame;
import dev.bnlab.live.Trainer;
import dev.bnlab.ui.experiments.LabShell;
import dev.bnlab.ui.lesson.LessonPanel;
import dev.bnlab.ui.view.CanvasView;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/**
 * Renders the main window with no display (headless Monocle, software pipeline): PNG snapshots after N
 * deterministic steps, and a frame-time benchmark with the trainer running flat out.
 */
public final class HeadlessRenderer {

    private HeadlessRenderer() {
    }

    /** Selects headless Monocle and software rendering; must run before the toolkit starts (see {@link HeadlessFx}). */
    public static void useHeadlessToolkit() {
        HeadlessFx.useHeadlessToolkit();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return HeadlessFx.submit(work).get(120, TimeUnit.SECONDS);
    }

    /**
     * Runs {@code steps} deterministic steps with the given settings and writes DIR/main.png plus one PNG per
     * view. Returns the files written.
     */
    public static List<Path> snapshot(SessionConfig config, Hyperparams hp, int steps, Path dir, int width,
                                      int height) throws Exception {
        HeadlessFx.startToolkit();
        Files.createDirectories(dir);
        LiveFrame frame = Trainer.runHeadless(config, hp, steps);
        try (Trainer idle = new Trainer(config, hp)) {
            return onFx(() -> {
                AppModel model = new AppModel(idle, config, hp);
                MainWindow window = new MainWindow(model);
                // as the app builds it: the lesson strip above the views
                LessonPanel lessons = LessonPanel.install(window, model);
                LabShell shell = new LabShell(window, model);
                try {
                    Scene scene = BnLabApp.createScene(shell, width, height);
                    window.showFrame(frame, 0);
                    HeadlessFx.settleLayout(scene);
                    List<Path> written = new ArrayList<>();
                    written.add(HeadlessFx.writePng(scene.snapshot(null), dir.resolve("main.png")));
                    for (Map.Entry<String, CanvasView> e : window.views().all().entrySet()) {
                        written.add(HeadlessFx.writePng(snapshotNode(e.getValue()),
                                dir.resolve(e.getKey() + ".png")));
                    }
                    return written;
                } finally {
                    shell.close();
                    lessons.dispose();
                }
            });
        }
    }

    /**
     * Stops the toolkit (the commands call this once at the end; tests keep it running). With
     * {@code -Dbnlab.keepToolkit=true} it stays up, so a test can run many rendering commands in one JVM.
     */
    public static void shutdown() {
        if (!Boolean.getBoolean("bnlab.keepToolkit")) {
            Platform.exit();
        }
    }

    private static WritableImage snapshotNode(Node n) {
        return n.snapshot(null, null);
    }

    /**
     * Renders {@code frames} frames of the main window while the trainer runs flat out; each frame is the
     * FX-thread work of one pulse: draw the newest snapshot in every view and render the scene (software).
     * The first {@code warmupFrames} frames (JIT compilation of the drawing and rasterizing code) are not timed.
     * Returns one JSON line.
     */
    public static String frameBench(int batch, int frames, int warmupFrames, int width, int height) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        HeadlessFx.startToolkit();
        SessionConfig config = SessionConfig.defaults();
        Hyperparams hp = Hyperparams.defaults().withBatchSize(batch);
        try (Trainer trainer = new Trainer(config, hp)) {
            AppModel model = new AppModel(trainer, config, hp);
            MainWindow window = onFx(() -> {
                MainWindow w = new MainWindow(model);
                LessonPanel.install(w, model);
                return w;
            });
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
