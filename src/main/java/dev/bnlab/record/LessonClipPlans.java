package dev.bnlab.record;

import dev.bnlab.i18n.Messages;
import dev.bnlab.lesson.Lesson;
import dev.bnlab.lesson.LessonException;
import dev.bnlab.lesson.LessonLibrary;
import dev.bnlab.lesson.LessonScene;
import java.util.List;

/**
 * A lesson as a clip plan ({@code record --lesson NAME}): one segment per scene, each filmed from step 0 of its
 * own settings through the scene's steps (what the lesson panel trains before it shows the scene), with the
 * scene's caption in the current language as the banner and its views, then held still so the caption can be
 * read.
 */
public final class LessonClipPlans {

    private LessonClipPlans() {
    }

    /**
     * The plan of a built-in lesson (by id) or of a lesson file (by path).
     *
     * @param holdFrames frames that repeat each scene's last state
     * @throws LessonException no such lesson, or a malformed lesson file (the message names line and field)
     */
    public static ClipPlan plan(String idOrPath, int holdFrames) throws LessonException {
        Lesson lesson = LessonLibrary.resolve(idOrPath);
        boolean chinese = Messages.chinese();
        List<ClipSegment> segments = lesson.scenes().stream().map(s -> segment(s, chinese, holdFrames)).toList();
        return new ClipPlan(lesson.title().text(chinese), segments);
    }

    private static ClipSegment segment(LessonScene s, boolean chinese, int holdFrames) {
        return new ClipSegment(s.config(), s.hyperparams(), s.steps(), s.caption().text(chinese), s.views(),
                s.highlighted(), true, holdFrames);
    }
}
