package dev.bnlab.ui.lab;

import dev.bnlab.ui.fx.UiText;
import dev.bnlab.ui.model.LabModel;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;

/**
 * Below Save…/Open…: the "include trained state" choice for Save… and the Export data (CSV/JSON)… button.
 * Texts follow the language (bundle area "export").
 */
public final class SaveOptionsBox extends VBox {

    final CheckBox includeState = new CheckBox();
    final Button exportSeries = new Button();
    private final SettingsFileActions files;

    public SaveOptionsBox(LabModel model, SettingsFileActions files) {
        super(6);
        this.files = files;
        setPadding(new Insets(2, 0, 0, 0));
        UiText.bind(includeState, "export.includeState");
        includeState.setTooltip(UiText.tooltip("export.includeState.tip"));
        includeState.selectedProperty().bindBidirectional(files.includeStateProperty());
        SeriesExportActions series = new SeriesExportActions(model);
        UiText.bind(exportSeries, "export.series.button");
        exportSeries.setTooltip(UiText.tooltip("export.series.tip"));
        exportSeries.setMaxWidth(Double.MAX_VALUE);
        exportSeries.setOnAction(e -> series.chooseAndExport(getScene() == null ? null : getScene().getWindow()));
        getChildren().addAll(includeState, exportSeries);
    }

    /** The actions behind Save…/Open… (whose Save… reads the check box). */
    SettingsFileActions files() {
        return files;
    }
}
