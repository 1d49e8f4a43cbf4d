package dev.bnlab.ui.presentation;

import dev.bnlab.ui.fx.UiText;
import dev.bnlab.ui.plot.ViewTheme;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The small "Presentation settings" window: a checkbox per control group that stays on screen in presentation
 * mode, the theme and the size of the views' text. Changes apply at once (also while presenting). FX thread.
 */
public final class PresentationSettingsDialog {

    private final PresentationSettings settings;
    private final Map<ControlGroup, CheckBox> boxes = new EnumMap<>(ControlGroup.class);
    private final RadioButton light = new RadioButton();
    private final RadioButton dark = new RadioButton();
    private final ChoiceBox<Double> zoom = new ChoiceBox<>();
    private final VBox content;
    private Stage stage;

    public PresentationSettingsDialog(PresentationSettings settings) {
        this.settings = settings;
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        ControlGroup[] groups = ControlGroup.values();
        int half = (groups.length + 1) / 2;
        for (int i = 0; i < groups.length; i++) {
            ControlGroup g = groups[i];
            CheckBox box = UiText.bind(new CheckBox(), g.labelKey());
            box.setSelected(settings.keeps(g));
            box.selectedProperty().addListener((o, was, now) -> settings.setKept(g, now));
            boxes.put(g, box);
            grid.add(box, i / half, i % half);
        }
        ToggleGroup themes = new ToggleGroup();
        UiText.bind(light, "presentation.theme.light").setToggleGroup(themes);
        UiText.bind(dark, "presentation.theme.dark").setToggleGroup(themes);
        light.setSelected(!settings.theme().dark());
        dark.setSelected(settings.theme().dark());
        light.setOnAction(e -> settings.setTheme(ViewTheme.LIGHT));
        dark.setOnAction(e -> settings.setTheme(ViewTheme.DARK));
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
        Button close = UiText.bind(new Button(), "presentation.settings.close");
        close.setOnAction(e -> hide());
        close.setDefaultButton(true);
        content = new VBox(10,
                heading("presentation.settings.keep"), grid,
                heading("presentation.settings.theme"), new HBox(14, light, dark),
                heading("presentation.settings.zoom"), zoom,
                close);
        content.setPadding(new Insets(14));
        content.getStyleClass().add("presentation-settings");
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

    private static Label heading(String key) {
        Label l = UiText.bind(new Label(), key);
        l.getStyleClass().add("section");
        return l;
    }
}
