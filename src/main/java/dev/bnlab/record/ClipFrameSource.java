package dev.bnlab.record;

import dev.bnlab.core.TrainingSession;
import dev.bnlab.live.LiveFrame;
import dev.bnlab.live.Trainer;
import java.util.NoSuchElementException;

/**
 * Trains the plan's own {@link TrainingSession}s step by step and yields the frames to film, in order: for each
 * segment its starting state, then the state after every {@code stepsPerFrame} steps (the last frame of a
 * segment may cover fewer), then its last state again for the segment's hold frames (no training). Deterministic: no threads, no clocks. Not thread-safe.
 */
public final class ClipFrameSource {

    private final ClipPlan plan;
    private final int stepsPerFrame;
    private final int total;
    private TrainingSession session;
    private int segmentIndex = -1;
    private int framesLeftInSegment;
    private int stepsLeftInSegment;
    private int produced;
    private long generation;

    public ClipFrameSource(ClipPlan plan, int stepsPerFrame) {
        if (stepsPerFrame < 1) {
            throw new IllegalArgumentException("steps per frame must be ≥ 1, got " + stepsPerFrame);
        }
        this.plan = plan;
        this.stepsPerFrame = stepsPerFrame;
        this.total = plan.frames(stepsPerFrame);
    }

    public int total() {
        return total;
    }

    public boolean hasNext() {
        return produced < total;
    }

    /** Trains up to the next frame and returns it. */
    public ClipFrame next() {
        if (!hasNext()) {
            throw new NoSuchElementException("all " + total + " frames were produced");
        }
        if (framesLeftInSegment == 0) {
            startSegment(plan.segments().get(++segmentIndex));
        } else {
            int k = Math.min(stepsPerFrame, stepsLeftInSegment);
            for (int i = 0; i < k && session.advance(); i++) {
                // train k steps (a diverged session stands still)
            }
            stepsLeftInSegment -= k;
        }
        framesLeftInSegment--;
        ClipSegment seg = plan.segments().get(segmentIndex);
        return new ClipFrame(produced++, total, liveFrame(), seg);
    }

    private void startSegment(ClipSegment seg) {
        boolean sameConfig = session != null && session.config().equals(seg.config());
        if (session == null || seg.fresh() || !sameConfig) {
            session = new TrainingSession(seg.config(), seg.hyperparams());
            generation++;
        } else {
            session.setHyperparams(seg.hyperparams());
        }
        framesLeftInSegment = seg.frames(stepsPerFrame);
        stepsLeftInSegment = seg.steps();
    }

    /** The state as the live trainer publishes it (same histories, decision grid and snapshot). */
    private LiveFrame liveFrame() {
        return new LiveFrame(session.snapshot(true), session.stepHistory().read(0), session.evalHistory().read(0),
                session.dataset(), session.planeGrid(Trainer.GRID_CELLS), generation, 0, false, dev.bnlab.live.StatusNote.NONE);
    }
}
