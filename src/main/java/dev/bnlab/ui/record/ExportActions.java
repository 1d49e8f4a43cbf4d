package dev.bnlab.ui.record;

import dev.bnlab.export.OutputFile;
import dev.bnlab.i18n.Messages;
import dev.bnlab.scenario.SafeText;
import dev.bnlab.ui.AppModel;
import dev.bnlab.ui.MainWindow;
import dev.bnlab.ui.UiText;
import dev.bnlab.ui.view.CanvasView;
import java.io.File;
import java.io.IOException;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The export entry points: a context menu on every view (save as PNG 1×/2×, copy), and the "Export" menu button
 * of the control panel (window as PNG 1×/2×, Record clip…). FX thread.
 */
public final class ExportActions {

    private ExportActions() {
    }

    /** Gives every view of the window its right-click menu. */
    public static void install(MainWindow window) {
        for (Map.Entry<String, CanvasView> e : window.views().all().entrySet()) {
            CanvasView view = e.getValue();
            ContextMenu menu = viewMenu(view, e.getKey());
            view.setOnContextMenuRequested(ev -> {
                menu.show(view, ev.getScreenX(), ev.getScreenY());
                ev.consume();
            });
        }
    }

    static ContextMenu viewMenu(Node view, String name) {
        MenuItem one = item("record.png.view1x", () -> saveAs(view, 1, name + ".png"));
        MenuItem two = item("record.png.view2x", () -> saveAs(view, 2, name + "@2x.png"));
        MenuItem copy = item("record.png.copy", () -> PngExport.copy(view));
        return new ContextMenu(one, two, new SeparatorMenuItem(), copy);
    }

    /** The control panel's "Export ▾" button; the window is the scene the button is in. */
    public static MenuButton menuButton(AppModel model) {
        MenuButton button = new MenuButton();
        button.textProperty().bind(UiText.text("record.menu.button"));
        button.setTooltip(UiText.tooltip("record.menu.tooltip"));
        button.setMaxWidth(Double.MAX_VALUE);
        button.getItems().addAll(
                item("record.png.window1x", () -> saveWindow(button.getScene(), 1)),
                item("record.png.window2x", () -> saveWindow(button.getScene(), 2)),
                new SeparatorMenuItem(),
                item("record.dialog.open", () -> RecordDialog.show(model, window(button))));
        return button;
    }

    private static void saveWindow(Scene scene, double scale) {
        if (scene != null) {
            saveAs(scene.getRoot(), scale, scale == 1 ? "bnlab-window.png" : "bnlab-window@2x.png");
        }
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem m = new MenuItem();
        m.textProperty().bind(UiText.text(key));
        m.setOnAction(e -> action.run());
        return m;
    }

    private static Window window(Node n) {
        return n.getScene() == null ? null : n.getScene().getWindow();
    }

    private static void saveAs(Node node, double scale, String suggested) {
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.get("record.png.chooserTitle"));
        fc.setInitialFileName(suggested);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("record.png.filter"), "*.png"));
        File f = fc.showSaveDialog(window(node));
        if (f == null) {
            return;
        }
        try {
            PngExport.write(node, scale, f.toPath());
        } catch (IOException | RuntimeException ex) {
            String why = ex instanceof IOException io ? OutputFile.reason(io) : String.valueOf(ex.getMessage());
            Alert alert = new Alert(Alert.AlertType.ERROR, SafeText.line(SafeText.file(f.getName()) + ": " + why));
            alert.setHeaderText(Messages.get("record.png.failed"));
            alert.showAndWait();
        }
    }
}
