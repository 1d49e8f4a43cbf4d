package dev.bnlab.scenario;

/**
 * A problem with a scenario file or its replay, located by a JSON path such as {@code input.batches[2].y[4]}.
 * The message is one line, {@code "<path>: <problem>"}, or just the problem when it concerns the whole file.
 */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    public ScenarioException(String path, String problem) {
        super(path.isEmpty() ? problem : path + ": " + problem, null, false, false);
        this.path = path;
        this.problem = problem;
    }

    /** JSON path of the offending value ("" for the file as a whole). */
    public String path() {
        return path;
    }

    /** What is wrong there, without the path. */
    public String problem() {
        return problem;
    }
}
