package dev.bnlab.runtime;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.SessionState;
import dev.bnlab.core.Snapshot;
import dev.bnlab.core.TestShift;
import dev.bnlab.core.TrainingSession;

/**
 * The live lab's run: one {@link TrainingSession} and the histories its frames carry. Hot settings apply at the next
 * step; structural ones rebuild the session from its seeds. Publishes {@link LiveFrame}s. Engine thread only (see
 * {@link RunEngine}); {@link #headless} runs one synchronously for the snapshot command and the tests.
 */
public final class LiveRun implements Run<LiveFrame> {

    /** Decision-grid resolution: cells per side of the data plane ({@link TrainingSession#planeGrid}). */
    public static final int GRID_CELLS = 100;
    /** Steps per second while playing until the user moves the speed slider. */
    public static final double DEFAULT_SPEED = 20;

    private TrainingSession session;
    private HistoryAccumulator stepRows;
    private HistoryAccumulator evalRows;
    private long generation;
    private StatusNote note = StatusNote.NONE;
    /** The hidden layer whose per-element arrays the frames carry (0-based; kept within the network's depth). */
    private int shownLayer;

    public LiveRun(SessionConfig config, Hyperparams hp) {
        install(new TrainingSession(config, hp));
    }

    private void install(TrainingSession s) {
        session = s;
        stepRows = new HistoryAccumulator(s.stepHistory());
        evalRows = new HistoryAccumulator(s.evalHistory());
        generation++;
    }

    /** The session, for read-only questions ({@link RunHandle#query}). */
    public TrainingSession session() {
        return session;
    }

    // ------------------------------------------------------------------ changes (engine thread)

    /** Which hidden layer's per-element arrays the next frames carry (the layer the per-neuron views show). */
    public void showLayer(int k) {
        shownLayer = Math.max(0, k);
    }

    /** Hot settings, used from the next step on. */
    public void setHyperparams(Hyperparams hp) {
        session.setHyperparams(hp);
    }

    public void setTestShift(TestShift shift) {
        session.setTestShift(shift);
        if (session.stepCount() > 0) {
            session.evaluate();
        }
    }

    /** Structural settings: rebuilds the session from its seeds (training restarts at step 0); the note says why. */
    public void rebuild(SessionConfig config, StatusNote why) {
        install(session.rebuild(config));
        note = why;
    }

    /**
     * Loaded trained state: a fresh session of these settings continues from {@code state} (the next step is the one
     * the saved session would have taken). The state must fit the config (checked by the loader).
     */
    public void restore(SessionConfig config, Hyperparams hp, SessionState state, String why) {
        TrainingSession s = new TrainingSession(config, hp);
        s.restoreState(state);
        install(s);
        note = StatusNote.text(why);
    }

    /**
     * A lesson scene: a session of these settings built from the seeds, trained exactly {@code steps} steps and
     * evaluated (as {@link #headless} does), so the next frame is the scene's frame.
     */
    public void arrive(SessionConfig config, Hyperparams hp, int steps, String why) {
        install(trained(config, hp, steps));
        note = StatusNote.text(why);
    }

    // ------------------------------------------------------------------ Run

    @Override
    public boolean advance() {
        return session.advance();
    }

    @Override
    public boolean stopped() {
        return session.divergence() != null;
    }

    @Override
    public void reset() {
        session.reset();
        install(session);
        note = StatusNote.reset();
    }

    @Override
    public void failed(RuntimeException e) {
        note = StatusNote.error(String.valueOf(e));
    }

    @Override
    public LiveFrame frame(RunStatus status) {
        Snapshot snap = session.snapshot(true, Math.min(shownLayer, session.config().layers() - 1));
        return new LiveFrame(snap, stepRows.update(), evalRows.update(), session.dataset(), session.planeGrid(GRID_CELLS),
                generation, status.unitsPerSecond(), status.playing(), note);
    }

    // ------------------------------------------------------------------ headless

    /** A fresh session trained {@code steps} steps (fewer if it diverges) and evaluated; deterministic. */
    private static TrainingSession trained(SessionConfig config, Hyperparams hp, int steps) {
        TrainingSession s = new TrainingSession(config, hp);
        for (int i = 0; i < steps && s.advance(); i++) {
            // deterministic: the same settings always train the same steps
        }
        if (s.divergence() == null && steps > 0) {
            s.evaluate();
        }
        return s;
    }

    /**
     * Runs {@code steps} steps of a fresh session synchronously on the caller's thread and returns the frame after
     * them: deterministic (no timing), for the headless snapshot command and tests.
     */
    public static LiveFrame headless(SessionConfig config, Hyperparams hp, int steps) {
        return headless(config, hp, steps, 0);
    }

    /** {@link #headless(SessionConfig, Hyperparams, int)} with the per-neuron views on hidden layer {@code layer}. */
    public static LiveFrame headless(SessionConfig config, Hyperparams hp, int steps, int layer) {
        LiveRun r = new LiveRun(config, hp);
        r.showLayer(layer);
        r.install(trained(config, hp, steps));
        r.generation = 1;
        return r.frame(new RunStatus(false, 0));
    }
}
