package dev.bnlab.lesson;

import dev.bnlab.scenario.FileText;
import dev.bnlab.scenario.SafeText;

/**
 * A problem with a lesson file, one line: {@code lesson.json line 14: scenes[2].steps: expected an integer,
 * got "ten"} (file name, line when known, JSON path of the member, what is wrong). The word "line" and the
 * problem are in the language current when the problem was found; the file name and path are never translated.
 */
public final class LessonException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String path;
    private final String problem;

    public LessonException(String source, int line, String path, String problem) {
        super(message(source, line, path, problem), null, false, false);
        this.source = source;
        this.line = line;
        this.path = path;
        this.problem = problem;
    }

    private static String message(String source, int line, String path, String problem) {
        String name = SafeText.file(source);
        StringBuilder sb = new StringBuilder(line > 0 ? FileText.format("files.lesson.atLine", name, line) : name);
        sb.append(": ");
        if (!path.isEmpty()) {
            sb.append(SafeText.path(path)).append(": ");
        }
        return SafeText.line(sb.append(SafeText.line(problem)).toString());
    }

    /** The file's name (or "built-in lesson x"). */
    public String source() {
        return source;
    }

    /** 1-based line of the offending member, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** JSON path of the offending member, e.g. {@code scenes[2].steps} ("" for the whole file). */
    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }
}
