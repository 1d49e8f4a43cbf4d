package dev.bnlab.ui.presentation;

import dev.bnlab.ui.fx.UiText;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The buttons for the lecture features, at the right end of the status bar (they stay on screen in presentation
 * mode): Presentation on/off, Presentation settings…, Theme, and the list of keys.
 */
public final class PresentationButtons extends HBox {

    final Button presentation = new Button();
    final Button settings = new Button();
    final Button theme = new Button();
    final Button keys = new Button();

    public PresentationButtons(PresentationMode mode, KeyHelp help) {
        super(6);
        getStyleClass().add("presentation-buttons");
        setAlignment(Pos.CENTER_RIGHT);
        PresentationSettingsDialog dialog = new PresentationSettingsDialog(mode.settings());
        presentation.textProperty().bind(Bindings.when(mode.activeProperty())
                .then(UiText.text("presentation.leave")).otherwise(UiText.text("presentation.button")));
        presentation.setOnAction(e -> mode.toggle());
        UiText.bind(settings, "presentation.settings.button").setOnAction(e -> dialog.show(window()));
        UiText.bind(theme, "presentation.theme.toggle").setOnAction(e -> mode.toggleTheme());
        UiText.bind(keys, "presentation.help.button").setOnAction(e -> help.toggle(window()));
        for (var b : new ButtonBase[] {presentation, settings, theme, keys}) {
            b.setFocusTraversable(false);
            // the status texts give way first: a lecture button is never cut short
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(presentation, settings, theme, keys);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    public Button presentationButton() {
        return presentation;
    }

    public Button settingsButton() {
        return settings;
    }
}
