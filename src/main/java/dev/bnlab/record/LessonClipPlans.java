package dev.bnlab.record;

import java.util.Optional;

/**
 * Where a lesson becomes a clip plan: {@code record --lesson NAME} and the record dialog call {@link #plan}.
 * Until the lesson package is merged no lesson is known. To wire it, load the lesson by name and map each scene
 * to a segment, e.g.
 * <pre>{@code
 * Lesson l = Lessons.load(name);            // dev.bnlab.lesson
 * return Optional.of(new ClipPlan(l.title(), l.scenes().stream().map(s -> new ClipSegment(
 *         s.config(), s.hyperparams(), s.steps(), s.caption(), s.views(), s.highlighted(), true)).toList()));
 * }</pre>
 */
public final class LessonClipPlans {

    private LessonClipPlans() {
    }

    /** The plan of the lesson with this name, or empty if there is no such lesson. */
    public static Optional<ClipPlan> plan(String name) {
        return Optional.empty();
    }
}
