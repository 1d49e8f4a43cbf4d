package dev.bnlab.ui;

import javafx.scene.control.Label;

/**
 * The styled labels of the control panels: the Experiments mode's sidebar and settings (the style classes are in
 * app.css and experiments.css).
 */
public final class ControlLabels {

    private ControlLabels() {
    }

    /** A control's current value (style class {@code value}). */
    public static Label value(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("value");
        return l;
    }

    /** A wrapped explanatory note (style class {@code hint}). */
    public static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("hint");
        return l;
    }

    /** A section title (style class {@code section}). */
    public static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section");
        return l;
    }
}
