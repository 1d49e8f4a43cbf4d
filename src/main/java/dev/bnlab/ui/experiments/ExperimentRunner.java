package dev.bnlab.ui.experiments;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.experiments.ExperimentSettings;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs an {@link ExperimentSession} on its own thread (never the FX thread) and publishes immutable
 * {@link ExperimentFrame}s, like {@code dev.bnlab.live.Trainer} does for the live lab: the UI asks for a frame
 * ({@link #requestFrame()}), takes the latest at most once per pulse ({@link #takeFrame()}), and sends commands,
 * which run on the experiment thread between units of work.
 */
public final class ExperimentRunner implements AutoCloseable {

    /** Speed meaning "as fast as possible". */
    public static final double FLAT_OUT = Double.POSITIVE_INFINITY;
    /** Default units per second while playing: 300 steps in 5 s. */
    public static final double DEFAULT_SPEED = 60;

    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<ExperimentFrame> latest = new AtomicReference<>();
    private final AtomicBoolean frameWanted = new AtomicBoolean(true);
    private final Thread thread;
    private volatile boolean shutdown;
    private volatile boolean playing;
    private volatile double speed = DEFAULT_SPEED;

    // experiment-thread state
    private ExperimentSession session;
    private long generation;
    private int pendingUnits;
    private boolean dirty = true;
    private String note = "";

    public ExperimentRunner(ExperimentChoice choice, ExperimentSettings settings, ExperimentControls controls) {
        session = new ExperimentSession(choice, settings, controls);
        thread = new Thread(this::loop, "bnlab-experiment");
        thread.setDaemon(true);
        thread.start();
    }

    // ------------------------------------------------------------------ commands (any thread)

    /** Starts another experiment (or the same with other settings) at step 0, paused. */
    public void select(ExperimentChoice choice, ExperimentSettings settings) {
        playing = false;
        commands.add(() -> {
            session = new ExperimentSession(choice, settings, session.controls());
            restarted("");
        });
    }

    public void play() {
        playing = true;
        commands.add(() -> {
            if (session.finished()) {
                // playing a finished experiment starts it over
                session.restart();
                restarted("");
            }
            dirty = true;
        });
    }

    public void pause() {
        playing = false;
        commands.add(() -> dirty = true);
    }

    public boolean isPlaying() {
        return playing;
    }

    /** Pauses and does exactly k units of work (k training steps of every run while training). */
    public void step(int k) {
        playing = false;
        commands.add(() -> pendingUnits += k);
    }

    /** Runs every remaining unit as fast as possible. */
    public void runToEnd() {
        playing = false;
        commands.add(() -> pendingUnits = Integer.MAX_VALUE);
    }

    /** Back to step 0 with the same experiment and settings. */
    public void reset() {
        playing = false;
        commands.add(() -> {
            session.restart();
            restarted("Reset to step 0");
        });
    }

    public void setControls(ExperimentControls c) {
        commands.add(() -> {
            session.setControls(c);
            dirty = true;
        });
    }

    /** Hot settings of one side-by-side run. */
    public void setRunHyperparams(int run, Hyperparams hp) {
        commands.add(() -> {
            session.setRunHyperparams(run, hp);
            dirty = true;
        });
    }

    /** Units per second while playing; {@link #FLAT_OUT} for no limit. */
    public void setSpeed(double unitsPerSecond) {
        speed = unitsPerSecond;
    }

    public double speed() {
        return speed;
    }

    public void requestFrame() {
        frameWanted.set(true);
    }

    /** The newest unpublished frame, or null; each frame is returned once. */
    public ExperimentFrame takeFrame() {
        return latest.getAndSet(null);
    }

    /** Runs work on the experiment thread (tests). */
    public void submit(Runnable work) {
        commands.add(work);
    }

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

    // ------------------------------------------------------------------ experiment thread

    private void restarted(String why) {
        generation++;
        pendingUnits = 0;
        note = why;
        dirty = true;
    }

    private void loop() {
        long nextDue = System.nanoTime();
        while (!shutdown) {
            try {
                Runnable c;
                while ((c = commands.poll()) != null) {
                    c.run();
                }
                if (pendingUnits > 0) {
                    // in slices of ~4 ms so that commands and frame requests are answered
                    long sliceEnd = System.nanoTime() + 4_000_000L;
                    while (pendingUnits > 0 && session.advance()) {
                        pendingUnits--;
                        dirty = true;
                        if (System.nanoTime() > sliceEnd) {
                            break;
                        }
                    }
                    if (session.finished()) {
                        pendingUnits = 0;
                    }
                } else if (playing) {
                    nextDue = playSlice(nextDue);
                } else {
                    waitForCommand(20_000_000L);
                }
                if (frameWanted.get() && dirty) {
                    publish();
                }
            } catch (InterruptedException e) {
                if (shutdown) {
                    return;
                }
            } catch (RuntimeException e) {
                // never die silently: report it and pause
                playing = false;
                pendingUnits = 0;
                note = "Experiment error: " + e.getMessage();
                dirty = true;
            }
        }
    }

    private long playSlice(long nextDue) throws InterruptedException {
        double sp = speed;
        long now = System.nanoTime();
        if (Double.isInfinite(sp)) {
            long sliceEnd = now + 4_000_000L;
            while (session.advance() && System.nanoTime() < sliceEnd && !frameWanted.get()) {
                dirty = true;
            }
            dirty = true;
            nextDue = System.nanoTime();
        } else if (now >= nextDue) {
            session.advance();
            dirty = true;
            long period = (long) (1e9 / sp);
            nextDue = Math.max(nextDue + period, now - period);
        } else {
            waitForCommand(Math.min(nextDue - now, 20_000_000L));
        }
        if (session.finished()) {
            playing = false;
            dirty = true;
        }
        return nextDue;
    }

    private void waitForCommand(long nanos) throws InterruptedException {
        Runnable c = commands.poll(nanos, TimeUnit.NANOSECONDS);
        if (c != null) {
            c.run();
        }
    }

    private void publish() {
        frameWanted.set(false);
        dirty = false;
        latest.set(session.frame(playing, note, generation));
    }
}
