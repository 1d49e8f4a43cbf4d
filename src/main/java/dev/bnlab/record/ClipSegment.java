package dev.bnlab.record;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import java.util.List;

/**
 * One part of a clip: train with these settings for {@code steps} steps, showing a caption and some views.
 *
 * @param config      structural settings (a segment whose config differs from the previous one starts a fresh
 *                    session from its seeds, as the live app does)
 * @param hyperparams training settings, applied from the segment's first step
 * @param steps       training steps filmed (≥ 0; 0 films one still frame)
 * @param caption     text of the banner at the bottom of the frame ("" for none)
 * @param views       names of the views to show (see the view catalogue; empty = all six)
 * @param highlighted names of the views to highlight (may be empty)
 * @param fresh       start from step 0 even when the config equals the previous segment's
 * @param holdFrames  extra frames that repeat the segment's last state (time to read a lesson caption)
 */
public record ClipSegment(SessionConfig config, Hyperparams hyperparams, int steps, String caption,
                          List<String> views, List<String> highlighted, boolean fresh, int holdFrames) {

    /** A segment without a hold at its end. */
    public ClipSegment(SessionConfig config, Hyperparams hyperparams, int steps, String caption, List<String> views,
                       List<String> highlighted, boolean fresh) {
        this(config, hyperparams, steps, caption, views, highlighted, fresh, 0);
    }

    public ClipSegment {
        if (config == null || hyperparams == null) {
            throw new IllegalArgumentException("a segment needs settings");
        }
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be ≥ 0, got " + steps);
        }
        if (holdFrames < 0) {
            throw new IllegalArgumentException("hold frames must be ≥ 0, got " + holdFrames);
        }
        caption = caption == null ? "" : caption.strip();
        views = views == null ? List.of() : List.copyOf(views);
        highlighted = highlighted == null ? List.of() : List.copyOf(highlighted);
    }

    /** A fresh session trained for {@code steps} steps, all views, no caption. */
    public static ClipSegment of(SessionConfig config, Hyperparams hp, int steps) {
        return new ClipSegment(config, hp, steps, "", List.of(), List.of(), true);
    }

    public ClipSegment withCaption(String text) {
        return new ClipSegment(config, hyperparams, steps, text, views, highlighted, fresh, holdFrames);
    }

    public ClipSegment withViews(List<String> shown, List<String> marked) {
        return new ClipSegment(config, hyperparams, steps, caption, shown, marked, fresh, holdFrames);
    }

    /**
     * Frames this segment gives: the starting state, then one after every {@code stepsPerFrame} steps, then the
     * last state {@code holdFrames} more times.
     */
    public int frames(int stepsPerFrame) {
        // 1 + ⌈steps / k⌉ + hold
        return 1 + (steps + stepsPerFrame - 1) / stepsPerFrame + holdFrames;
    }
}
