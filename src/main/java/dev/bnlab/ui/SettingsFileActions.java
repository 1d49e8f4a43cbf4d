package dev.bnlab.ui;

import dev.bnlab.i18n.Messages;
import dev.bnlab.scenario.ScenarioException;
import dev.bnlab.scenario.SettingsFile;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Saves the model's settings to a file and loads them back: a bad file or a failed save shows its one-line
 * problem in an alert and changes nothing.
 */
public final class SettingsFileActions {

    private final AppModel model;

    public SettingsFileActions(AppModel model) {
        this.model = model;
    }

    /** Applies the settings in the file; on a problem returns its message and leaves the model unchanged. */
    public Optional<String> open(Path file) {
        try {
            SettingsFile.Settings s = SettingsFile.load(file);
            model.apply(s.config(), s.hyperparams());
            return Optional.empty();
        } catch (ScenarioException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Saves the current settings atomically; on a problem returns its message. */
    public Optional<String> save(Path file) {
        try {
            SettingsFile.save(file, model.config(), model.hyperparams());
            return Optional.empty();
        } catch (ScenarioException e) {
            return Optional.of(e.getMessage());
        }
    }

    void chooseAndOpen(Window owner) {
        File f = chooser(Messages.get("controls.file.openTitle")).showOpenDialog(owner);
        if (f != null) {
            open(f.toPath()).ifPresent(msg -> showError(Messages.format("controls.file.cannotOpen", f.getName()), msg));
        }
    }

    void chooseAndSave(Window owner) {
        FileChooser fc = chooser(Messages.get("controls.file.saveTitle"));
        fc.setInitialFileName("bnlab-settings.json");
        File f = fc.showSaveDialog(owner);
        if (f != null) {
            save(f.toPath()).ifPresent(msg -> showError(Messages.format("controls.file.cannotSave", f.getName()), msg));
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Messages.get("controls.file.filter"), "*.json"),
                new FileChooser.ExtensionFilter(Messages.get("controls.file.allFiles"), "*.*"));
        return fc;
    }

    private static void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(header);
        alert.showAndWait();
    }
}
