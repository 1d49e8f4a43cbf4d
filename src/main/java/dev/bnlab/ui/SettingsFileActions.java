package dev.bnlab.ui;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.SessionState;
import dev.bnlab.core.TrainingSession;
import dev.bnlab.i18n.Messages;
import dev.bnlab.scenario.ExperimentFile;
import dev.bnlab.scenario.ScenarioException;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
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
    private static final ExecutorService FILES = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bnlab-files");
        t.setDaemon(true);
        return t;
    });

    /** How long a save waits for the trainer thread to hand over the state. */
    private static final long STATE_TIMEOUT_SECONDS = 10;

    private final AppModel model;
    private final BooleanProperty includeState = new SimpleBooleanProperty(false);

    public SettingsFileActions(AppModel model) {
        this.model = model;
    }

    /** Whether Save… also writes the trained state (parameters, running statistics, batch order, histories). */
    public BooleanProperty includeStateProperty() {
        return includeState;
    }

    /**
     * Applies the settings in the file, and its trained state if it has one; on a problem returns its message
     * and leaves the model and the trainer unchanged.
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

    /** Saves the current settings atomically, with the trained state when the option is on. */
    public Optional<String> save(Path file) {
        return save(file, includeState.get());
    }

    /** Saves the current settings atomically, with the trained state when asked; on a problem returns its message. */
    public Optional<String> save(Path file, boolean withState) {
        return write(file, model.config(), model.hyperparams(), withState);
    }

    /** The writing half of a save; any thread but the trainer's (it waits for the trainer to hand over the state). */
    private Optional<String> write(Path file, SessionConfig config, Hyperparams hp, boolean withState) {
        try {
            SessionState state = withState ? captureState() : null;
            ExperimentFile.save(file, config, hp, state);
            return Optional.empty();
        } catch (ScenarioException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The session's state, taken on the trainer thread after the settings commands already sent. */
    private SessionState captureState() throws ScenarioException {
        try {
            return model.trainer().query(TrainingSession::captureState).get(STATE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScenarioException("", Messages.format("export.error.state", "interrupted"));
        } catch (ExecutionException | TimeoutException e) {
            String why = e instanceof TimeoutException ? "the trainer did not answer" : String.valueOf(e.getCause());
            throw new ScenarioException("", Messages.format("export.error.state", why));
        }
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
        SessionConfig config = model.config();
        Hyperparams hp = model.hyperparams();
        CompletableFuture.supplyAsync(() -> write(f.toPath(), config, hp, withState), FILES)
                .thenAcceptAsync(problem -> problem.ifPresent(
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
