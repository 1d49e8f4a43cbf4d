package dev.bnlab.export;

import dev.bnlab.core.Walkthrough;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Extension point for the headless {@code walkthrough} command: draws each stage of a walkthrough as a PNG. The
 * implementation lives on the UI side (it needs JavaFX) and is found by reflection under the fixed name
 * {@value #IMPLEMENTATION}, with a public no-argument constructor; without it the command writes stages.json
 * only and loads no JavaFX class.
 */
public interface WalkthroughRenderer {

    /** Fully qualified name of the implementation the command looks for. */
    String IMPLEMENTATION = "dev.bnlab.ui.walkthrough.PngWalkthroughRenderer";

    /** Writes one PNG per stage into dir, in the given language; returns the files written. */
    List<Path> render(Walkthrough walkthrough, Path dir) throws IOException;

    /** The UI's renderer if it is on the class path. */
    static Optional<WalkthroughRenderer> find() {
        Class<?> type;
        try {
            type = Class.forName(IMPLEMENTATION);
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        try {
            return Optional.of((WalkthroughRenderer) type.getConstructor().newInstance());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("cannot create the PNG renderer " + IMPLEMENTATION + ": " + e, e);
        }
    }
}
