package dev.bnlab.ui;

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
        File f = chooser("Open settings").showOpenDialog(owner);
        if (f != null) {
            open(f.toPath()).ifPresent(msg -> showError("Cannot open " + f.getName(), msg));
        }
    }

    void chooseAndSave(Window owner) {
        FileChooser fc = chooser("Save settings");
        fc.setInitialFileName("bnlab-settings.json");
        File f = fc.showSaveDialog(owner);
        if (f != null) {
            save(f.toPath()).ifPresent(msg -> showError("Cannot save " + f.getName(), msg));
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("BN Lab settings (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return fc;
    }

    private static void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(header);
        alert.showAndWait();
    }
}
