package dev.bnlab.ui;

import dev.bnlab.export.OutputFile;
import dev.bnlab.ui.view.GlyphLayoutRaceGuard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * The JavaFX plumbing of the headless PNG writers ({@link HeadlessRenderer} for the live lab,
 * {@code PngExperimentRenderer} for the experiments): starting the toolkit without a display, running work on
 * the FX thread, settling layout before a snapshot, and writing a PNG atomically.
 */
public final class HeadlessFx {

    private HeadlessFx() {
    }

    /**
     * JavaFX's logger; held here because java.util.logging keeps loggers only weakly, and a collected logger would
     * forget its filter.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    /** Selects headless Monocle and software rendering; must run before the toolkit starts. */
    public static void useHeadlessToolkit() {
        silenceClassPathWarning();
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
    }

    /**
     * The headless commands run JavaFX from the class path (the fat jar), which JavaFX reports at start-up with a
     * two-line "Unsupported JavaFX configuration" warning on stderr; it is harmless here, and a command's stderr
     * must hold only its own messages. Only that warning is dropped.
     */
    static void silenceClassPathWarning() {
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null
                || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Starts the toolkit headless (or keeps the running one) and keeps it alive when no window is open. */
    public static void startToolkit() {
        useHeadlessToolkit();
        requireMonocle();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        try {
            Platform.startup(() -> ready.complete(null));
        } catch (IllegalStateException alreadyStarted) {
            ready.complete(null);
        }
        Platform.setImplicitExit(false);
        ready.join();
        GlyphLayoutRaceGuard.install();
    }

    /**
     * Headless Monocle must be loadable, else the toolkit fails to start and then waits forever. It is not in the
     * jpackage app image, whose JavaFX is a set of named modules that Monocle's classes cannot join.
     */
    private static void requireMonocle() {
        if (!"Monocle".equals(System.getProperty("glass.platform"))) {
            return;
        }
        try {
            Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory", false, HeadlessFx.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("headless rendering (Monocle) is not available in this build; "
                    + "run it with the jar: java -jar target/bnlab.jar <command> …");
        }
    }

    /** Runs the work on the FX thread; the future holds its result or what it threw. */
    public static <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f;
    }

    /** CSS and layout until stable: lists, scroll panes, sliders and wrapped labels settle in a second pass. */
    public static void settleLayout(Scene scene) {
        for (int i = 0; i < 3; i++) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
    }

    /** Writes through {@link OutputFile} (temporary file, then move) so an interrupted run leaves no half PNG. */
    public static Path writePng(WritableImage img, Path file) throws IOException {
        try (OutputFile out = OutputFile.open(file)) {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out.temp().toFile())) {
                throw new IOException("no PNG writer");
            }
            out.commit();
        }
        return file;
    }
}
