package dev.bnlab.ui.experiments;

import dev.bnlab.export.ExperimentTables;
import dev.bnlab.export.ExperimentTablesExport;
import dev.bnlab.export.OutputFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * Export data (CSV/JSON)… of the Experiments mode: writes the series of the frame on screen
 * ({@link ShownTables}) into a folder with {@link ExperimentTablesExport}, off the FX thread, then reports to
 * {@code onDone} on the FX thread.
 */
final class ExperimentExportAction {

    /** What an export did: a one-line message for the user, and whether it failed. */
    record Outcome(boolean failed, String message, List<Path> written) {
    }

    private final Supplier<ExperimentFrame> frameOnScreen;
    private final java.util.function.Consumer<Outcome> onDone;
    private File lastFolder;

    ExperimentExportAction(Supplier<ExperimentFrame> frameOnScreen, java.util.function.Consumer<Outcome> onDone) {
        this.frameOnScreen = frameOnScreen;
        this.onDone = onDone;
    }

    /** Asks for a folder (FX thread); empty when the user cancels. */
    Optional<Path> chooseFolder(Window owner) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(ExpText.ui("export.chooser-title"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            dc.setInitialDirectory(lastFolder);
        }
        File dir = dc.showDialog(owner);
        if (dir == null) {
            return Optional.empty();
        }
        lastFolder = dir;
        return Optional.of(dir.toPath());
    }

    /**
     * Takes the frame on screen now and writes its series into {@code dir} on a background thread (FX thread).
     * The future completes after {@code onDone} has run on the FX thread.
     */
    CompletableFuture<Outcome> exportTo(Path dir) {
        ExperimentFrame f = frameOnScreen.get();
        CompletableFuture<Outcome> done = new CompletableFuture<>();
        if (f == null) {
            finish(new Outcome(true, ExpText.ui("export.nothing"), List.of()), done);
            return done;
        }
        // the texts (title, caption, findings) are read here, in the language on screen
        ExperimentTables tables = ShownTables.of(f);
        String shownDir = dir.toAbsolutePath().toString();
        String step = Integer.toString(tables.trainingStep());
        Thread t = new Thread(() -> {
            Outcome o;
            try {
                if (Files.exists(dir) && !Files.isDirectory(dir)) {
                    throw new NotAFolderException();
                }
                List<Path> written = ExperimentTablesExport.write(tables, dir);
                o = new Outcome(false, ExpText.ui("export.done", Integer.toString(written.size()), shownDir, step),
                        written);
            } catch (IOException | RuntimeException e) {
                o = new Outcome(true, ExpText.ui("export.failed", shownDir, oneLine(dir, e)), List.of());
            }
            Outcome result = o;
            Platform.runLater(() -> finish(result, done));
        }, "bnlab-experiment-export");
        t.setDaemon(true);
        t.start();
        return done;
    }

    private void finish(Outcome o, CompletableFuture<Outcome> done) {
        try {
            onDone.accept(o);
        } finally {
            done.complete(o);
        }
    }

    /** Why a write failed, in one line, without repeating the folder the message already names. */
    static String oneLine(Path dir, Exception e) {
        if (e instanceof OutputFile.OutputException oe) {
            return oe.reason();
        }
        if (e instanceof AccessDeniedException) {
            return ExpText.ui("export.permission-denied");
        }
        if (e instanceof NotAFolderException) {
            return ExpText.ui("export.not-a-folder");
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        if (e instanceof FileSystemException fse) {
            return ExpText.ui("export.cannot-write", String.valueOf(fse.getFile()));
        }
        String msg = String.valueOf(e.getMessage());
        int nl = msg.indexOf('\n');
        return nl >= 0 ? msg.substring(0, nl) : msg;
    }

    /** A file is where the folder should be. */
    private static final class NotAFolderException extends IOException {
    }
}
