package dev.bnlab.runtime;


/**
 * The run commands both modes share (play, pause, step, reset, speed) for one run of the engine, and its frames for
 * the window's frame loop. Settings go through the model's own commands (the UI reaches no run otherwise). Any
 * thread.
 *
 * @param <F> the run's frame type
 */
public final class RunControls<F> {

    private final RunHandle<?, F> run;
    private final boolean resetPauses;

    /** @param resetPauses whether Reset also pauses (an experiment; the live lab keeps playing) */
    public RunControls(RunHandle<?, F> run, boolean resetPauses) {
        this.run = run;
        this.resetPauses = resetPauses;
    }

    public void play() {
        run.play();
    }

    public void pause() {
        run.pause();
    }

    public void togglePlay() {
        run.togglePlay();
    }

    /** Pauses and takes exactly k steps. */
    public void step(int k) {
        run.step(k);
    }

    /** Pauses and does every remaining unit as fast as possible (an experiment to its end). */
    public void runToEnd() {
        run.runToEnd();
    }

    /** Back to step 0 with the same settings (an experiment also pauses). */
    public void reset() {
        if (resetPauses) {
            run.pause();
        }
        run.reset();
    }

    /** Steps per second while playing; {@link RunEngine#FLAT_OUT} for no limit. */
    public void setSpeed(double unitsPerSecond) {
        run.setSpeed(unitsPerSecond);
    }

    public double speed() {
        return run.speed();
    }

    public boolean isPlaying() {
        return run.isPlaying();
    }

    /** A fresh frame of the same state (e.g. after a language switch); nothing is computed. */
    public void refresh() {
        run.refresh();
    }

    /** Asks the engine for a frame when something changed. */
    public void requestFrame() {
        run.requestFrame();
    }

    /** The newest unpublished frame, or null; each frame is returned once. */
    public F takeFrame() {
        return run.takeFrame();
    }

    /** The newest frame without consuming it (may be null). */
    public F peekFrame() {
        return run.peekFrame();
    }
}
