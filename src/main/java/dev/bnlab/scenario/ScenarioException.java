package dev.bnlab.scenario;

/**
 * A problem with a scenario file or its replay, located by a JSON path such as {@code input.batches[2].y[4]}.
 * The message is one line, {@code "<path>: <problem>"}, or just the problem when it concerns the whole file;
 * the problem is in the language current when it was found (see {@link FileText}), the path is never translated.
 * Control characters in either are escaped and both are capped in length ({@link SafeText}), so a hostile file
 * cannot make a message span lines, drive the terminal or grow without bound.
 */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;
    private final JsonSyntaxError syntax;

    public ScenarioException(String path, String problem) {
        this(path, problem, null);
    }

    /** A problem that is a JSON syntax error at a known line and column ({@code syntax} may be null). */
    public ScenarioException(String path, String problem, JsonSyntaxError syntax) {
        super(message(path, problem), null, false, false);
        this.path = path;
        this.problem = SafeText.line(problem);
        this.syntax = syntax;
    }

    /** One line of bounded length: control characters escaped, a long path or problem shortened. */
    private static String message(String path, String problem) {
        String p = SafeText.line(problem);
        return path.isEmpty() ? p : SafeText.path(path) + ": " + p;
    }

    /** JSON path of the offending value ("" for the file as a whole), as found (see {@link SafeText#path}). */
    public String path() {
        return path;
    }

    /** What is wrong there, without the path. */
    public String problem() {
        return problem;
    }

    /** The line, column and reason when the file is not valid JSON there, else null. */
    public JsonSyntaxError syntax() {
        return syntax;
    }
}
