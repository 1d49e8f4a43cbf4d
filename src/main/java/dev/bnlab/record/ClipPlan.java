package dev.bnlab.record;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import java.util.List;

/**
 * What a clip shows: segments filmed one after the other from their own deterministic training session (never
 * the live trainer), so the same plan and options always give the same frames. A lesson becomes a plan with one
 * segment per scene (see {@link LessonClipPlans}).
 */
public record ClipPlan(String title, List<ClipSegment> segments) {

    public ClipPlan {
        if (segments == null || segments.isEmpty()) {
            throw new IllegalArgumentException("a clip plan needs at least one segment");
        }
        segments = List.copyOf(segments);
        title = title == null ? "" : title;
    }

    /** The next {@code steps} steps of a fresh session with these settings. */
    public static ClipPlan of(SessionConfig config, Hyperparams hp, int steps) {
        return new ClipPlan("", List.of(ClipSegment.of(config, hp, steps)));
    }

    /** Total frames at {@code stepsPerFrame} steps per frame. */
    public int frames(int stepsPerFrame) {
        int n = 0;
        for (ClipSegment s : segments) {
            n += s.frames(stepsPerFrame);
        }
        return n;
    }

    /** Total training steps. */
    public long steps() {
        long n = 0;
        for (ClipSegment s : segments) {
            n += s.steps();
        }
        return n;
    }
}
