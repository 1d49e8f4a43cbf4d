package dev.bnlab.live;

import dev.bnlab.core.DecisionGrid;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.SessionState;
import dev.bnlab.core.Snapshot;
import dev.bnlab.core.TestShift;
import dev.bnlab.core.TrainingSession;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Runs a {@link TrainingSession} on its own thread and publishes immutable {@link LiveFrame}s (a
 * {@link FrameWorker}). The UI asks for a frame ({@link #requestFrame()}), takes the latest one
 * ({@link #takeFrame()}) at most once per pulse, and sends commands; commands run on the trainer thread between
 * steps, so the session has one owner.
 */
public final class Trainer extends FrameWorker<LiveFrame> {

    /** Decision-grid resolution: cells per side of the data plane. */
    public static final int GRID_CELLS = 100;

    // trainer-thread state
    private TrainingSession session;
    private HistoryAccumulator stepRows;
    private HistoryAccumulator evalRows;
    private long generation;
    private StatusNote note = StatusNote.NONE;
    private long nextDue = System.nanoTime();
    private long stepsThisWindow;
    private long windowStart = System.nanoTime();
    private double measuredSpeed;
    private int pendingSteps;

    public Trainer(SessionConfig config, Hyperparams hp) {
        super(20);
        install(new TrainingSession(config, hp));
        start("bnlab-trainer");
    }

    private void install(TrainingSession s) {
        session = s;
        stepRows = new HistoryAccumulator(s.stepHistory());
        evalRows = new HistoryAccumulator(s.evalHistory());
        generation++;
        markDirty();
    }

    // ------------------------------------------------------------------ commands (any thread)

    public void play() {
        setPlaying(true);
        command(this::markDirty);
    }

    /** Pauses and takes exactly k steps. */
    public void step(int k) {
        setPlaying(false);
        command(() -> pendingSteps += k);
    }

    /** Hot settings, used from the next step on. */
    public void setHyperparams(Hyperparams hp) {
        command(() -> {
            session.setHyperparams(hp);
            markDirty();
        });
    }

    public void setTestShift(TestShift shift) {
        command(() -> {
            session.setTestShift(shift);
            if (session.stepCount() > 0) {
                session.evaluate();
            }
            markDirty();
        });
    }

    /** Structural settings: rebuilds the session from its seeds (training restarts at step 0); why: finished text. */
    public void rebuild(SessionConfig config, String why) {
        rebuild(config, StatusNote.text(why));
    }

    /** Structural settings: rebuilds the session from its seeds; the note says why (worded by the UI). */
    public void rebuild(SessionConfig config, StatusNote why) {
        command(() -> {
            install(session.rebuild(config));
            pendingSteps = 0;
            note = why;
        });
    }

    /**
     * Loaded trained state: a fresh session of these settings continues from {@code state} (pauses; the next
     * step is the one the saved session would have taken). The state must fit the config (checked by the loader).
     */
    public void restore(SessionConfig config, Hyperparams hp, SessionState state, String why) {
        setPlaying(false);
        command(() -> {
            TrainingSession s = new TrainingSession(config, hp);
            s.restoreState(state);
            install(s);
            pendingSteps = 0;
            note = StatusNote.text(why);
        });
    }

    /** Runs a read-only question on the trainer thread, after the commands sent before it. */
    public <T> CompletableFuture<T> query(Function<TrainingSession, T> question) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        command(() -> {
            try {
                answer.complete(question.apply(session));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer;
    }

    /**
     * A lesson scene: pauses, rebuilds the session from the seeds with these settings, trains exactly
     * {@code steps} steps and evaluates (as {@link #runHeadless} does), all in one command, so the next frame
     * is the scene's frame and no frame in between is published; then plays if {@code play}.
     */
    public void arrive(SessionConfig config, Hyperparams hp, int steps, boolean play, String why) {
        setPlaying(false);
        command(() -> {
            setPlaying(false);
            TrainingSession s = new TrainingSession(config, hp);
            for (int i = 0; i < steps && s.advance(); i++) {
                // deterministic: the same scene always trains the same steps
            }
            if (s.divergence() == null && steps > 0) {
                s.evaluate();
            }
            install(s);
            pendingSteps = 0;
            note = StatusNote.text(why);
            setPlaying(play);
        });
    }

    /** Back to step 0 with the same settings. */
    public void reset() {
        command(() -> {
            session.reset();
            install(session);
            pendingSteps = 0;
            note = StatusNote.reset();
        });
    }

    // ------------------------------------------------------------------ trainer thread

    @Override
    protected void work() throws InterruptedException {
        if (pendingSteps > 0) {
            int k = Math.min(pendingSteps, 1000);
            pendingSteps -= k;
            for (int i = 0; i < k && session.advance(); i++) {
                countStep();
            }
            markDirty();
            if (session.divergence() != null) {
                pendingSteps = 0;
            }
        } else if (isPlaying() && session.divergence() == null) {
            double sp = speed();
            if (Double.isInfinite(sp)) {
                // flat out: train in slices of ~2 ms, then look at commands and frame requests
                long sliceEnd = System.nanoTime() + 2_000_000L;
                do {
                    if (!session.advance()) {
                        break;
                    }
                    countStep();
                } while (System.nanoTime() < sliceEnd && !frameWanted());
                markDirty();
                nextDue = System.nanoTime();
            } else {
                long now = System.nanoTime();
                if (now >= nextDue) {
                    if (session.advance()) {
                        countStep();
                    }
                    markDirty();
                    long period = (long) (1e9 / sp);
                    nextDue = Math.max(nextDue + period, now - period);
                } else {
                    waitForCommand(Math.min(nextDue - now, IDLE_WAIT_NANOS));
                }
            }
            if (session.divergence() != null) {
                setPlaying(false);
            }
        } else {
            waitForCommand(IDLE_WAIT_NANOS);
        }
    }

    @Override
    protected void failed(RuntimeException e) {
        note = StatusNote.error(String.valueOf(e));
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

    /** Builds a frame of the current state (trainer thread). */
    @Override
    protected LiveFrame buildFrame() {
        Snapshot snap = session.snapshot(true);
        DecisionGrid grid = session.planeGrid(GRID_CELLS);
        boolean idle = !isPlaying() && pendingSteps == 0;
        if (idle && System.nanoTime() - windowStart > 500_000_000L) {
            measuredSpeed = 0;
        }
        return new LiveFrame(snap, stepRows.update(), evalRows.update(), session.dataset(), grid, generation,
                measuredSpeed, isPlaying(), note);
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
                s.planeGrid(GRID_CELLS), 1, 0, false, StatusNote.NONE);
    }
}
