package dev.bnlab.experiments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Extension point for the headless {@code experiment} command: draws the views of an experiment result as PNG
 * files. The implementation lives on the UI side (it needs JavaFX) and is found by reflection under the fixed
 * name {@value #IMPLEMENTATION}, with a public no-argument constructor; when that class is absent the command
 * writes CSV only and loads no JavaFX class.
 */
public interface ExperimentRenderer {

    /** Fully qualified name of the implementation the command looks for. */
    String IMPLEMENTATION = "dev.bnlab.ui.experiments.PngExperimentRenderer";

    /** Writes one PNG per view of the result into dir; returns the files written. */
    List<Path> render(ExperimentResult result, Path dir) throws IOException;

    /** The UI's renderer if it is on the class path. */
    static Optional<ExperimentRenderer> find() {
        return find(IMPLEMENTATION);
    }

    /** The renderer of the named class, if present (a class that exists but fails to load is an error). */
    static Optional<ExperimentRenderer> find(String className) {
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        try {
            return Optional.of((ExperimentRenderer) type.getConstructor().newInstance());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("cannot create the PNG renderer " + className + ": " + e, e);
        }
    }
}
