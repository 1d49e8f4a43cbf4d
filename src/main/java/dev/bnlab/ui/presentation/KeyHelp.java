package dev.bnlab.ui.presentation;

import dev.bnlab.ui.fx.Fxml;
import javafx.scene.Parent;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;

/**
 * The list of lecture keys ({@code KeyHelp.fxml}), over the middle of the window ("?" or F1); any key or click
 * closes it. FX thread.
 */
public final class KeyHelp {

    private final Popup popup = new Popup();
    private final VBox content = Fxml.content(this, "KeyHelp.fxml");

    public KeyHelp() {
        popup.getContent().add(content);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        content.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            popup.hide();
            e.consume();
        });
        content.setOnMouseClicked(e -> popup.hide());
    }

    /** Shows the list centred on the owner, styled like the owner's root (theme, presentation fonts). */
    public void show(Window owner) {
        if (owner == null || owner.getScene() == null) {
            return;
        }
        Parent root = owner.getScene().getRoot();
        content.getStylesheets().setAll(owner.getScene().getStylesheets());
        content.getStylesheets().addAll(root.getStylesheets());
        content.getStyleClass().setAll("key-help");
        root.getStyleClass().stream()
                .filter(c -> c.equals(ThemeSwitch.DARK_STYLE_CLASS) || c.equals(PresentationMode.STYLE_CLASS))
                .forEach(content.getStyleClass()::add);
        popup.show(owner);
        content.applyCss();
        content.autosize();
        popup.setX(owner.getX() + (owner.getWidth() - content.getWidth()) / 2);
        popup.setY(owner.getY() + (owner.getHeight() - content.getHeight()) / 2);
    }

    public void hide() {
        popup.hide();
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    public void toggle(Window owner) {
        if (isShowing()) {
            hide();
        } else {
            show(owner);
        }
    }
}
