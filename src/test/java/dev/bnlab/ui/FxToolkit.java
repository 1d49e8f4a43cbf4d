package dev.bnlab.ui;

import dev.bnlab.ui.plot.GlyphLayoutRaceGuard;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Starts the JavaFX toolkit once per test JVM and runs code on the FX thread, waiting for the result. */
public final class FxToolkit {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private FxToolkit() {
    }

    /**
     * Starts the toolkit the way TestFX does (its primary stage), so tests that use this class and TestFX tests
     * can run in the same JVM in any order.
     */
    public static void start() {
        if (STARTED.compareAndSet(false, true)) {
            try {
                org.testfx.api.FxToolkit.registerPrimaryStage();
            } catch (TimeoutException e) {
                throw new IllegalStateException("the JavaFX toolkit did not start", e);
            }
            Platform.setImplicitExit(false);
            GlyphLayoutRaceGuard.install();
        }
    }

    /** Runs the supplier on the FX thread and returns its value (rethrows its exception). */
    public static <T> T call(Supplier<T> work) {
        start();
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
