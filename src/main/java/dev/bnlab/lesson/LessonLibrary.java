package dev.bnlab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in lessons (resource files {@code /lessons/<id>.json}, following the explainer's sections A, B.1,
 * B.3, C.1, C.2 and C.3) and user lesson files.
 */
public final class LessonLibrary {

    /** Ids of the built-in lessons, in teaching order. */
    public static final List<String> BUILT_IN = List.of(
            "a-what-bn-does", "b1-train-vs-test", "b3-speed-and-lr",
            "c1-covariate-shift", "c2-placement", "c3-why-it-works", "d-depth");

    private LessonLibrary() {
    }

    /** A built-in lesson by id; an unknown id is an {@link IllegalArgumentException} listing the ids. */
    public static Lesson builtIn(String id) {
        if (!BUILT_IN.contains(id)) {
            throw new IllegalArgumentException("unknown lesson \"" + id + "\" (built-in: " + String.join(", ", BUILT_IN) + ")");
        }
        String resource = "/lessons/" + id + ".json";
        try (InputStream in = LessonLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the build");
            }
            return LessonFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), id + ".json");
        } catch (IOException | LessonException e) {
            throw new IllegalStateException("built-in lesson " + id + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Every built-in lesson, in teaching order. */
    public static List<Lesson> builtIns() {
        List<Lesson> out = new ArrayList<>();
        for (String id : BUILT_IN) {
            out.add(builtIn(id));
        }
        return out;
    }

    /** A user's lesson file. */
    public static Lesson load(Path file) throws LessonException {
        return LessonFile.load(file);
    }

    /**
     * A built-in lesson by id, or else the lesson file at that path (for command lines such as
     * {@code record --lesson NAME}).
     */
    public static Lesson resolve(String idOrPath) throws LessonException {
        if (BUILT_IN.contains(idOrPath)) {
            return builtIn(idOrPath);
        }
        Path p;
        try {
            p = Path.of(idOrPath);
        } catch (java.nio.file.InvalidPathException e) {
            p = null;
        }
        if (p == null || (!Files.exists(p) && !Files.isSymbolicLink(p))) {
            throw new LessonException(idOrPath, 0, "", dev.bnlab.scenario.FileText.format("files.lesson.notFound",
                    String.join(", ", BUILT_IN)));
        }
        return LessonFile.load(p);
    }
}
