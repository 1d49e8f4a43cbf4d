package dev.bnlab.lesson;

import java.util.List;

/**
 * The names of the main window's views that a scene can show or highlight, in the window's reading order (the
 * same names as the UI's view catalogue; a UI test checks they agree).
 */
public final class LessonViews {

    public static final List<String> NAMES = List.of(
            "histograms", "running-stats", "activation", "training-curves", "data", "network");

    private LessonViews() {
    }

    public static boolean known(String name) {
        return NAMES.contains(name);
    }
}
