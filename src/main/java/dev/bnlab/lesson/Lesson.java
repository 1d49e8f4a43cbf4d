package dev.bnlab.lesson;

import java.util.List;

/**
 * A guided lesson: a title and a sequence of deterministic scenes (see {@link LessonScene}). Read one with
 * {@link LessonFile} or take a built-in one from {@link LessonLibrary}. {@link #scenes()} is everything a
 * recorder needs: per scene its {@code config()}, {@code hyperparams()}, {@code steps()}, {@code caption()},
 * {@code views()} and {@code highlighted()}.
 *
 * @param id     short name, e.g. {@code b3-speed-and-lr}
 * @param title  title in both languages
 * @param scenes at least one scene, in order
 */
public record Lesson(String id, LocalizedText title, List<LessonScene> scenes) {

    public Lesson {
        if (id == null || !id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("id must be lower-case letters, digits, '-', '_' or '.', got \"" + id + "\"");
        }
        if (title == null) {
            throw new IllegalArgumentException("title is required");
        }
        scenes = List.copyOf(scenes);
        if (scenes.isEmpty()) {
            throw new IllegalArgumentException("a lesson has at least one scene");
        }
    }

    public int sceneCount() {
        return scenes.size();
    }

    /** Scene k (0-based). */
    public LessonScene scene(int k) {
        return scenes.get(k);
    }
}
