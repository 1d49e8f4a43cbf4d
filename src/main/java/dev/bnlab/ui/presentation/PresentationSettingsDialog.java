package dev.bnlab.ui.presentation;

import dev.bnlab.ui.fx.Fxml;
import dev.bnlab.ui.fx.UiText;
import dev.bnlab.ui.plot.ViewTheme;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The small "Presentation settings" window ({@code PresentationSettingsDialog.fxml}): a checkbox per control group
 * that stays on screen in presentation mode, the theme and the size of the views' text. Changes apply at once (also
 * while presenting). FX thread.
 */
public final class PresentationSettingsDialog {

    private final PresentationSettings settings;
    private final Map<ControlGroup, CheckBox> boxes = new EnumMap<>(ControlGroup.class);
    @FXML private GridPane groups;
    @FXML private RadioButton light;
    @FXML private RadioButton dark;
    @FXML private ChoiceBox<Double> zoom;
    private final VBox content;
    private Stage stage;

    public PresentationSettingsDialog(PresentationSettings settings) {
        this.settings = settings;
        content = Fxml.content(this, "PresentationSettingsDialog.fxml");
        ControlGroup[] all = ControlGroup.values();
        int half = (all.length + 1) / 2;
        for (int i = 0; i < all.length; i++) {
            ControlGroup g = all[i];
            CheckBox box = new CheckBox();
            box.textProperty().bind(g.label());
            box.setSelected(settings.keeps(g));
            box.selectedProperty().addListener((o, was, now) -> settings.setKept(g, now));
            boxes.put(g, box);
            groups.add(box, i / half, i % half);
        }
        light.setSelected(!settings.theme().dark());
        dark.setSelected(settings.theme().dark());
        zoom.getItems().setAll(PresentationSettings.ZOOMS);
        zoom.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double z) {
                return z == null ? "" : String.format(Locale.ROOT, "%.2f×", z);
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        zoom.setValue(closestZoom(settings.zoom()));
        zoom.setOnAction(e -> settings.setZoom(zoom.getValue()));
        settings.addListener(this::sync);
    }

    @FXML
    private void chooseLight() {
        settings.setTheme(ViewTheme.LIGHT);
    }

    @FXML
    private void chooseDark() {
        settings.setTheme(ViewTheme.DARK);
    }

    /** Shows the window over the owner (the app's stylesheets and current theme). */
    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage(StageStyle.UTILITY);
            stage.titleProperty().bind(UiText.text("presentation.settings.title"));
            if (owner != null) {
                stage.initOwner(owner);
            }
            stage.setScene(new Scene(content));
        }
        if (owner != null && owner.getScene() != null) {
            // the owner's look: app.css, and dark.css / presentation.css while they are on
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
            content.getStylesheets().setAll(owner.getScene().getRoot().getStylesheets());
            content.getStyleClass().removeAll(ThemeSwitch.DARK_STYLE_CLASS, PresentationMode.STYLE_CLASS);
            owner.getScene().getRoot().getStyleClass().stream()
                    .filter(c -> c.equals(ThemeSwitch.DARK_STYLE_CLASS) || c.equals(PresentationMode.STYLE_CLASS))
                    .forEach(content.getStyleClass()::add);
        }
        sync();
        stage.show();
        stage.toFront();
    }

    @FXML
    public void hide() {
        if (stage != null) {
            stage.hide();
        }
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    /** The checkbox of a group (tests). */
    public CheckBox checkBox(ControlGroup g) {
        return boxes.get(g);
    }

    private void sync() {
        boxes.forEach((g, b) -> b.setSelected(settings.keeps(g)));
        light.setSelected(!settings.theme().dark());
        dark.setSelected(settings.theme().dark());
        zoom.setValue(closestZoom(settings.zoom()));
    }

    private static Double closestZoom(double z) {
        Double best = PresentationSettings.ZOOMS.get(0);
        for (Double c : PresentationSettings.ZOOMS) {
            if (Math.abs(c - z) < Math.abs(best - z)) {
                best = c;
            }
        }
        return best;
    }
}
