package dev.bnlab.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The one engine of runs under the app: a single thread that owns every {@link Run} (the live lab's session, the
 * experiment on show), runs the commands sent from any thread between units of work, advances the runs that play
 * or have steps to take, and publishes an immutable frame of each run when its view asks for one and something
 * changed ({@link RunHandle}). The live lab and the Experiments mode are two layouts of views over runs of this
 * engine, not two applications.
 */
public final class RunEngine implements AutoCloseable {

    /** Speed meaning "as fast as possible". */
    public static final double FLAT_OUT = Double.POSITIVE_INFINITY;
    /** How long an idle engine waits for a command before looking at frame requests again (20 ms). */
    static final long IDLE_WAIT_NANOS = 20_000_000L;

    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean shutdown;

    // engine-thread state
    private final List<RunHandle<?, ?>> runs = new ArrayList<>();

    /** Starts the engine thread (a daemon: it never keeps the JVM alive). */
    public RunEngine() {
        thread = new Thread(this::loop, "bnlab-runs");
        thread.setDaemon(true);
        thread.start();
    }

    /** Adds a run, paused, at {@code unitsPerSecond} while playing; the handle sends its commands and takes its frames. */
    public <R extends Run<F>, F> RunHandle<R, F> add(R run, double unitsPerSecond) {
        RunHandle<R, F> h = new RunHandle<>(this, run, unitsPerSecond);
        command(() -> runs.add(h));
        return h;
    }

    void remove(RunHandle<?, ?> h) {
        command(() -> runs.remove(h));
    }

    /** Queues work for the engine thread, to run before the next unit of work. */
    void command(Runnable c) {
        commands.add(c);
    }

    /** Stops the engine thread (the runs stay as they are; no frame is published any more). */
    @Override
    public void close() {
        shutdown = true;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return thread.isAlive();
    }

    private void loop() {
        while (!shutdown) {
            try {
                Runnable c;
                while ((c = commands.poll()) != null) {
                    c.run();
                }
                long wait = IDLE_WAIT_NANOS;
                for (RunHandle<?, ?> h : runs) {
                    wait = Math.min(wait, h.work());
                    h.publishIfWanted();
                }
                if (wait > 0) {
                    c = commands.poll(wait, TimeUnit.NANOSECONDS);
                    if (c != null) {
                        c.run();
                    }
                }
            } catch (InterruptedException e) {
                if (shutdown) {
                    return;
                }
            } catch (RuntimeException e) {
                // a failing command: never let the engine die silently (the runs report their own failures)
                e.printStackTrace();
            }
        }
    }
}
