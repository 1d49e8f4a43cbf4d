package dev.bnlab.ui.lab;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.SessionState;
import dev.bnlab.i18n.Messages;
import dev.bnlab.scenario.ExperimentFile;
import dev.bnlab.scenario.ScenarioException;
import dev.bnlab.ui.model.LabModel;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Saves the model's settings (and, when {@link #includeStateProperty()} is on, the trained state) to a file and
 * loads either kind back (see {@link ExperimentFile}): a bad file or a failed save shows its one-line problem in
 * an alert and changes nothing.
 */
public final class SettingsFileActions {

    /** One background thread for reading and writing files, so the FX thread never waits on the disk. */
    static final ExecutorService FILES = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bnlab-files");
        t.setDaemon(true);
        return t;
    });

    /** How long a save waits for the engine to hand over the state. */
    private static final long STATE_TIMEOUT_SECONDS = 10;

    private final LabModel model;
    private final BooleanProperty includeState = new SimpleBooleanProperty(false);

    public SettingsFileActions(LabModel model) {
        this.model = model;
    }

    /** Whether Save… also writes the trained state (parameters, running statistics, batch order, histories). */
    public BooleanProperty includeStateProperty() {
        return includeState;
    }

    /**
     * Applies the settings in the file, and its trained state if it has one; on a problem returns its message
     * and leaves the model and the live run unchanged.
     */
    public Optional<String> open(Path file) {
        try {
            apply(ExperimentFile.load(file));
            return Optional.empty();
        } catch (ScenarioException e) {
            return Optional.of(e.getMessage());
        }
    }

    private void apply(ExperimentFile.Experiment e) {
        if (e.hasState()) {
            model.apply(e.config(), e.hyperparams(), e.state(),
                    Messages.format("export.note.loadedState", Long.toString(e.state().step())));
        } else {
            model.apply(e.config(), e.hyperparams());
        }
    }

    /** Saves the current settings atomically, with the trained state when the option is on (see {@link #save(Path, boolean)}). */
    public CompletableFuture<Optional<String>> save(Path file) {
        return save(file, includeState.get());
    }

    /**
     * Saves the current settings atomically, with the trained state when asked. The settings are taken now (FX
     * thread); the state is asked of the engine and the file is written off the FX thread, which never waits. The
     * future holds the problem's one-line message, or nothing.
     */
    public CompletableFuture<Optional<String>> save(Path file, boolean withState) {
        SessionConfig config = model.config();
        Hyperparams hp = model.hyperparams();
        CompletableFuture<SessionState> state = withState
                ? model.captureState().orTimeout(STATE_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                : CompletableFuture.completedFuture(null);
        return state.handleAsync((s, failure) -> failure == null ? write(file, config, hp, s)
                : Optional.of(Messages.format("export.error.state", why(failure))), FILES);
    }

    /** The writing half of a save (the files thread). */
    private static Optional<String> write(Path file, SessionConfig config, Hyperparams hp, SessionState state) {
        try {
            ExperimentFile.save(file, config, hp, state);
            return Optional.empty();
        } catch (ScenarioException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Why the engine gave no state. */
    private static String why(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return t instanceof TimeoutException ? "the engine did not answer" : String.valueOf(t);
    }

    /**
     * Open… from the button: the file is read and checked off the FX thread (a saved state with a long history
     * takes a second or two), then applied on it; the window stays live meanwhile.
     */
    void chooseAndOpen(Window owner) {
        File f = chooser(Messages.get("export.open.title")).showOpenDialog(owner);
        if (f == null) {
            return;
        }
        CompletableFuture.supplyAsync(() -> {
            try {
                return ExperimentFile.load(f.toPath());
            } catch (ScenarioException e) {
                throw new CompletionException(e);
            }
        }, FILES).whenCompleteAsync((loaded, failure) -> {
            if (failure == null) {
                apply(loaded);
            } else {
                Throwable why = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                showError(Messages.format("export.error.open", f.getName()), String.valueOf(why.getMessage()));
            }
        }, Platform::runLater);
    }

    void chooseAndSave(Window owner) {
        boolean withState = includeState.get();
        FileChooser fc = chooser(Messages.get(withState ? "export.save.titleWithState" : "export.save.title"));
        fc.setInitialFileName(withState ? "bnlab-experiment.json" : "bnlab-settings.json");
        File f = fc.showSaveDialog(owner);
        if (f == null) {
            return;
        }
        // the settings as they are now, on the FX thread; the state and the writing off it
        save(f.toPath(), withState).thenAcceptAsync(problem -> problem.ifPresent(
                        msg -> showError(Messages.format("export.error.save", f.getName()), msg)), Platform::runLater);
    }

    private static FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Messages.get("export.filter.json"), "*.json"),
                new FileChooser.ExtensionFilter(Messages.get("export.filter.all"), "*.*"));
        return fc;
    }

    static void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(header);
        alert.showAndWait();
    }
}
