package dev.bnlab.live;

import dev.bnlab.core.DecisionGrid;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.Snapshot;
import dev.bnlab.core.TestShift;
import dev.bnlab.core.TrainingSession;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a {@link TrainingSession} on its own thread and publishes immutable {@link LiveFrame}s. The UI asks
 * for a frame ({@link #requestFrame()}), takes the latest one ({@link #takeFrame()}) at most once per pulse,
 * and sends commands; commands run on the trainer thread between steps, so the session has one owner.
 */
public final class Trainer implements AutoCloseable {

    /** Speed meaning "as fast as possible". */
    public static final double FLAT_OUT = Double.POSITIVE_INFINITY;
    /** Decision-grid resolution and the data-plane bounds it covers. */
    public static final int GRID_CELLS = 100;
    public static final double PLANE = 3.5;

    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<LiveFrame> latest = new AtomicReference<>();
    private final AtomicBoolean frameWanted = new AtomicBoolean(true);
    private final Thread thread;
    private volatile boolean shutdown;
    private volatile double speed = 20;
    private volatile boolean playing;

    // trainer-thread state
    private TrainingSession session;
    private HistoryAccumulator stepRows;
    private HistoryAccumulator evalRows;
    private long generation;
    private long publishedStep = -1;
    private long publishedGeneration = -1;
    private String note = "";
    private boolean dirty = true;
    private long stepsThisWindow;
    private long windowStart = System.nanoTime();
    private double measuredSpeed;
    private int pendingSteps;

    public Trainer(SessionConfig config, Hyperparams hp) {
        install(new TrainingSession(config, hp));
        thread = new Thread(this::loop, "bnlab-trainer");
        thread.setDaemon(true);
        thread.start();
    }

    private void install(TrainingSession s) {
        session = s;
        stepRows = new HistoryAccumulator(s.stepHistory());
        evalRows = new HistoryAccumulator(s.evalHistory());
        generation++;
        dirty = true;
    }

    // ------------------------------------------------------------------ commands (any thread)

    public void play() {
        playing = true;
        commands.add(() -> dirty = true);
    }

    public void pause() {
        playing = false;
        commands.add(() -> dirty = true);
    }

    public boolean isPlaying() {
        return playing;
    }

    /** Pauses and takes exactly k steps. */
    public void step(int k) {
        playing = false;
        commands.add(() -> pendingSteps += k);
    }

    /** Steps per second while playing; {@link #FLAT_OUT} for no limit. */
    public void setSpeed(double stepsPerSecond) {
        this.speed = stepsPerSecond;
    }

    public double speed() {
        return speed;
    }

    /** Hot settings, used from the next step on. */
    public void setHyperparams(Hyperparams hp) {
        commands.add(() -> {
            session.setHyperparams(hp);
            dirty = true;
        });
    }

    public void setTestShift(TestShift shift) {
        commands.add(() -> {
            session.setTestShift(shift);
            if (session.stepCount() > 0) {
                session.evaluate();
            }
            dirty = true;
        });
    }

    /** Structural settings: rebuilds the session from its seeds (training restarts at step 0). */
    public void rebuild(SessionConfig config, String why) {
        commands.add(() -> {
            install(session.rebuild(config));
            pendingSteps = 0;
            note = why;
        });
    }

    /** Back to step 0 with the same settings. */
    public void reset() {
        commands.add(() -> {
            session.reset();
            install(session);
            pendingSteps = 0;
            note = "Reset to step 0";
        });
    }

    /** Runs arbitrary work on the trainer thread (tests, experiments). */
    public void submit(Runnable work) {
        commands.add(work);
    }

    /** Asks the trainer to publish a frame when something changed. */
    public void requestFrame() {
        frameWanted.set(true);
    }

    /** The newest unpublished frame, or null; each frame is returned once. */
    public LiveFrame takeFrame() {
        return latest.getAndSet(null);
    }

    /** The newest frame without consuming it (may be null). */
    public LiveFrame peekFrame() {
        return latest.get();
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

    // ------------------------------------------------------------------ trainer thread

    private void loop() {
        long nextDue = System.nanoTime();
        while (!shutdown) {
            try {
                Runnable c;
                while ((c = commands.poll()) != null) {
                    c.run();
                }
                if (pendingSteps > 0) {
                    int k = Math.min(pendingSteps, 1000);
                    pendingSteps -= k;
                    for (int i = 0; i < k && session.advance(); i++) {
                        countStep();
                    }
                    dirty = true;
                    if (session.divergence() != null) {
                        pendingSteps = 0;
                    }
                } else if (playing && session.divergence() == null) {
                    double sp = speed;
                    if (Double.isInfinite(sp)) {
                        // flat out: train in slices of ~2 ms, then look at commands and frame requests
                        long sliceEnd = System.nanoTime() + 2_000_000L;
                        do {
                            if (!session.advance()) {
                                break;
                            }
                            countStep();
                        } while (System.nanoTime() < sliceEnd && !frameWanted.get());
                        dirty = true;
                        nextDue = System.nanoTime();
                    } else {
                        long now = System.nanoTime();
                        if (now >= nextDue) {
                            if (session.advance()) {
                                countStep();
                            }
                            dirty = true;
                            long period = (long) (1e9 / sp);
                            nextDue = Math.max(nextDue + period, now - period);
                        } else {
                            waitForCommand(Math.min(nextDue - now, 20_000_000L));
                        }
                    }
                    if (session.divergence() != null) {
                        playing = false;
                    }
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
                // never let the trainer die silently: report it as a status and pause
                playing = false;
                note = "Training error: " + e;
                dirty = true;
            }
        }
    }

    private void waitForCommand(long nanos) throws InterruptedException {
        Runnable c = commands.poll(nanos, TimeUnit.NANOSECONDS);
        if (c != null) {
            c.run();
        }
    }

    private void countStep() {
        stepsThisWindow++;
        long now = System.nanoTime();
        long el = now - windowStart;
        if (el >= 250_000_000L) {
            measuredSpeed = stepsThisWindow * 1e9 / el;
            stepsThisWindow = 0;
            windowStart = now;
        }
    }

    private void publish() {
        frameWanted.set(false);
        dirty = false;
        LiveFrame f = buildFrame();
        publishedStep = f.snapshot().step();
        publishedGeneration = generation;
        latest.set(f);
    }

    /** Builds a frame of the current state (trainer thread). */
    private LiveFrame buildFrame() {
        Snapshot snap = session.snapshot(true);
        DecisionGrid grid = session.decisionGrid(GRID_CELLS, GRID_CELLS, -PLANE, PLANE, -PLANE, PLANE);
        boolean idle = !playing && pendingSteps == 0;
        if (idle && System.nanoTime() - windowStart > 500_000_000L) {
            measuredSpeed = 0;
        }
        return new LiveFrame(snap, stepRows.update(), evalRows.update(), session.dataset(), grid, generation,
                measuredSpeed, playing, note);
    }

    /**
     * Runs {@code steps} steps of a fresh session synchronously on the caller's thread and returns the
     * frame after them: deterministic (no timing), for the headless snapshot command and tests.
     */
    public static LiveFrame runHeadless(SessionConfig config, Hyperparams hp, int steps) {
        TrainingSession s = new TrainingSession(config, hp);
        for (int i = 0; i < steps && s.advance(); i++) {
            // deterministic: no timing involved
        }
        if (s.divergence() == null && steps > 0) {
            s.evaluate();
        }
        HistoryAccumulator st = new HistoryAccumulator(s.stepHistory());
        HistoryAccumulator ev = new HistoryAccumulator(s.evalHistory());
        return new LiveFrame(s.snapshot(true), st.update(), ev.update(), s.dataset(),
                s.decisionGrid(GRID_CELLS, GRID_CELLS, -PLANE, PLANE, -PLANE, PLANE), 1, 0, false, "");
    }
}
