package dev.bnlab.ui.model;

import dev.bnlab.runtime.RunEngine;
import dev.bnlab.runtime.RunHandle;

/**
 * The run commands both modes share (play, pause, step, reset, speed) for one run of the engine, and its frames for
 * the {@link FrameLoop}. Settings go through the {@link LabModel}'s own commands. Any thread.
 *
 * @param <F> the run's frame type
 */
public final class RunControls<F> {

    private final RunHandle<?, F> run;
    private final boolean resetPauses;

    RunControls(RunHandle<?, F> run, boolean resetPauses) {
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
