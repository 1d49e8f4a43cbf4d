package dev.bnlab.lesson;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.runtime.LiveFrame;
import dev.bnlab.runtime.LiveRun;
import java.util.List;

/**
 * One scene of a lesson: rebuild the session from these settings (paused), train exactly {@code steps} steps,
 * then show the frame with the caption, showing {@code views} and highlighting {@code highlighted}. The same
 * scene always shows the same frame.
 *
 * @param config      structural settings (seeds included)
 * @param hyperparams hot settings
 * @param steps       steps trained before the scene is shown (≥ 0)
 * @param caption     what to look at, in both languages
 * @param views       the views to show ({@link LessonViews} names, in window order, never empty)
 * @param highlighted the views to mark for attention (a subset of {@code views}, may be empty)
 * @param play        whether training continues (plays) after arriving at the scene
 */
public record LessonScene(SessionConfig config, Hyperparams hyperparams, int steps, LocalizedText caption,
                          List<String> views, List<String> highlighted, boolean play) {

    /** Upper bound of {@code steps}: arriving at a scene trains synchronously, so it stays short (well under 1 s). */
    public static final int MAX_STEPS = 50_000;

    public LessonScene {
        if (config == null || hyperparams == null || caption == null) {
            throw new IllegalArgumentException("settings and caption are required");
        }
        if (steps < 0 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be in 0.." + MAX_STEPS + ", got " + steps);
        }
        views = List.copyOf(views);
        highlighted = List.copyOf(highlighted);
        if (views.isEmpty()) {
            throw new IllegalArgumentException("a scene shows at least one view");
        }
        for (String v : views) {
            if (!LessonViews.known(v)) {
                throw new IllegalArgumentException("unknown view \"" + v + "\"");
            }
        }
        if (!views.containsAll(highlighted)) {
            throw new IllegalArgumentException("highlighted views must be shown");
        }
    }

    /**
     * The frame this scene shows, computed on the caller's thread without the UI: the same numbers the live
     * app shows on arriving (see {@link LiveRun#arrive}). For recordings and tests.
     */
    public LiveFrame headlessFrame() {
        return LiveRun.headless(config, hyperparams, steps);
    }
}
