package dev.bnlab.ui.presentation;

import dev.bnlab.ui.fx.UiText;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;

/** The list of lecture keys, over the middle of the window ("?" or F1); any key or click closes it. FX thread. */
public final class KeyHelp {

    /** One line of the list: the key(s) as printed, and the bundle key of what it does. */
    record Entry(String keys, String actionKey) {
    }

    /** The keys {@link LectureKeys} handles, in the order a lecture uses them. */
    static final List<Entry> ENTRIES = List.of(
            new Entry("⟨space⟩", "presentation.key.play"),
            new Entry("→", "presentation.key.step"),
            new Entry("R", "presentation.key.reset"),
            new Entry("N  ·  Page Down", "presentation.key.next"),
            new Entry("P  ·  Page Up", "presentation.key.previous"),
            new Entry("1 – 6", "presentation.key.views"),
            new Entry("0", "presentation.key.all-views"),
            new Entry("F5", "presentation.key.presentation"),
            new Entry("Esc", "presentation.key.leave"),
            new Entry("F11", "presentation.key.fullscreen"),
            new Entry("T", "presentation.key.theme"),
            new Entry("?  ·  F1", "presentation.key.help"));

    private final Popup popup = new Popup();
    private final VBox content = new VBox(10);

    public KeyHelp() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (Entry e : ENTRIES) {
            Label key = new Label();
            if (e.keys().equals("⟨space⟩")) {
                key.textProperty().bind(UiText.text("presentation.keyname.space"));
            } else {
                key.setText(e.keys());
            }
            key.getStyleClass().add("key-name");
            Label what = UiText.bind(new Label(), e.actionKey());
            what.setWrapText(true);
            what.setMaxWidth(720);
            grid.addRow(row++, key, what);
        }
        Label title = UiText.bind(new Label(), "presentation.help.title");
        title.getStyleClass().add("key-help-title");
        Label hint = UiText.bind(new Label(), "presentation.help.close");
        hint.getStyleClass().add("key-help-hint");
        content.getChildren().addAll(title, grid, hint);
        content.setPadding(new Insets(18, 24, 18, 24));
        content.getStyleClass().add("key-help");
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
