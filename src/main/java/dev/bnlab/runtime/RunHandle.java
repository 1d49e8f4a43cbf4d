package dev.bnlab.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One run on the {@link RunEngine}: the commands the app sends it (any thread; they run on the engine thread between
 * units of work, in the order sent) and the frames it publishes. A view asks for a frame ({@link #requestFrame()})
 * and takes the newest one ({@link #takeFrame()}) at most once per pulse; frames in between are never built.
 *
 * @param <R> the run
 * @param <F> its frame type
 */
public final class RunHandle<R extends Run<F>, F> {

    /** A flat-out slice ends after this long (or earlier when a frame is wanted), so commands are answered. */
    private static final long SLICE_NANOS = 2_000_000L;
    /** Steps asked for ({@link #step}) are taken in slices of this long. */
    private static final long STEP_SLICE_NANOS = 4_000_000L;

    private final RunEngine engine;
    private final R run;
    private final AtomicReference<F> latest = new AtomicReference<>();
    private final AtomicBoolean frameWanted = new AtomicBoolean(true);
    private volatile boolean playing;
    private volatile double speed;

    // engine-thread state
    private boolean dirty = true;
    private int pending;
    private long nextDue = System.nanoTime();
    private long unitsThisWindow;
    private long windowStart = System.nanoTime();
    private double measuredSpeed;

    RunHandle(RunEngine engine, R run, double unitsPerSecond) {
        this.engine = engine;
        this.run = run;
        this.speed = unitsPerSecond;
    }

    // ------------------------------------------------------------------ commands (any thread)

    public void play() {
        playing = true;
        engine.command(() -> {
            run.beforePlay();
            dirty = true;
        });
    }

    public void pause() {
        playing = false;
        engine.command(() -> dirty = true);
    }

    public void togglePlay() {
        if (playing) {
            pause();
        } else {
            play();
        }
    }

    /** Pauses and takes exactly k units (training steps). */
    public void step(int k) {
        playing = false;
        engine.command(() -> pending = (int) Math.min(Integer.MAX_VALUE, (long) pending + k));
    }

    /** Pauses and does every remaining unit as fast as possible. */
    public void runToEnd() {
        playing = false;
        engine.command(() -> pending = Integer.MAX_VALUE);
    }

    /** Back to step 0 with the same settings (playing or not as before). */
    public void reset() {
        engine.command(() -> {
            run.reset();
            pending = 0;
            dirty = true;
        });
    }

    /** A change that applies from the next unit on (hot settings); steps asked for are still taken. */
    public void apply(Consumer<? super R> change) {
        engine.command(() -> {
            change.accept(run);
            dirty = true;
        });
    }

    /** A change that starts the run over (structural settings): steps asked for are dropped. */
    public void restart(Consumer<? super R> change) {
        engine.command(() -> {
            change.accept(run);
            pending = 0;
            dirty = true;
        });
    }

    /**
     * Pauses now, makes the change on the engine thread (no frame in between), then plays if {@code playAfter}: a
     * loaded state, a lesson scene, another experiment.
     */
    public void restartPaused(Consumer<? super R> change, boolean playAfter) {
        playing = false;
        engine.command(() -> {
            playing = false;
            change.accept(run);
            pending = 0;
            dirty = true;
            if (playAfter) {
                run.beforePlay();
                playing = true;
            }
        });
    }

    /** Runs a read-only question on the engine thread, after the commands sent before it. */
    public <T> CompletableFuture<T> query(Function<? super R, T> question) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        engine.command(() -> {
            try {
                answer.complete(question.apply(run));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer;
    }

    /** Publishes a fresh frame of the same state (e.g. after a language switch); computes nothing new. */
    public void refresh() {
        engine.command(() -> dirty = true);
    }

    /** Units per second while playing; {@link RunEngine#FLAT_OUT} for no limit. */
    public void setSpeed(double unitsPerSecond) {
        this.speed = unitsPerSecond;
    }

    public double speed() {
        return speed;
    }

    public boolean isPlaying() {
        return playing;
    }

    /** Asks for a frame when something changed. */
    public void requestFrame() {
        frameWanted.set(true);
    }

    /** The newest unpublished frame, or null; each frame is returned once. */
    public F takeFrame() {
        return latest.getAndSet(null);
    }

    /** The newest frame without consuming it (may be null). */
    public F peekFrame() {
        return latest.get();
    }

    /** Takes the run off the engine (nothing is advanced or published any more). */
    public void remove() {
        playing = false;
        engine.remove(this);
    }

    // ------------------------------------------------------------------ engine thread

    /** One slice of work; returns how long the engine may wait before this run needs it again (0: at once). */
    long work() {
        try {
            if (pending > 0) {
                long sliceEnd = System.nanoTime() + STEP_SLICE_NANOS;
                while (pending > 0 && System.nanoTime() < sliceEnd) {
                    if (!run.advance()) {
                        pending = 0;
                        break;
                    }
                    pending--;
                    counted();
                }
                dirty = true;
                if (run.stopped()) {
                    pending = 0;
                }
                return 0;
            }
            if (!playing) {
                return RunEngine.IDLE_WAIT_NANOS;
            }
            long wait = run.stopped() ? RunEngine.IDLE_WAIT_NANOS : playSlice();
            if (run.stopped()) {
                playing = false;
                dirty = true;
            }
            return wait;
        } catch (RuntimeException e) {
            // never let a run fail silently: report it in the next frame and pause
            playing = false;
            pending = 0;
            run.failed(e);
            dirty = true;
            return 0;
        }
    }

    private long playSlice() {
        double sp = speed;
        long now = System.nanoTime();
        if (Double.isInfinite(sp)) {
            // flat out: slices of ~2 ms, ending early when a frame is wanted
            long sliceEnd = now + SLICE_NANOS;
            do {
                if (!run.advance()) {
                    break;
                }
                counted();
            } while (System.nanoTime() < sliceEnd && !frameWanted.get());
            dirty = true;
            nextDue = System.nanoTime();
            return 0;
        }
        if (now < nextDue) {
            return nextDue - now;
        }
        if (run.advance()) {
            counted();
        }
        dirty = true;
        long period = (long) (1e9 / sp);
        nextDue = Math.max(nextDue + period, now - period);
        return Math.max(0, nextDue - System.nanoTime());
    }

    private void counted() {
        unitsThisWindow++;
        long now = System.nanoTime();
        long el = now - windowStart;
        if (el >= 250_000_000L) {
            measuredSpeed = unitsThisWindow * 1e9 / el;
            unitsThisWindow = 0;
            windowStart = now;
        }
    }

    void publishIfWanted() {
        if (!frameWanted.get() || !dirty) {
            return;
        }
        if (!playing && pending == 0 && System.nanoTime() - windowStart > 500_000_000L) {
            measuredSpeed = 0;
        }
        frameWanted.set(false);
        dirty = false;
        try {
            latest.set(run.frame(new RunStatus(playing, measuredSpeed)));
        } catch (RuntimeException e) {
            playing = false;
            run.failed(e);
            dirty = true;
        }
    }
}
