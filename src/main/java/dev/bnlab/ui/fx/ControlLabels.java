package dev.bnlab.ui.fx;

import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

/**
 * The styled labels and choice-box display names of the control panels, for the live lab's {@link ControlPanel}
 * and the Experiments mode's sidebar and settings (the style classes are in app.css and experiments.css).
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

    /** Shows a choice box's items by the given name; one-way (a choice box never parses text back). */
    public static <T> StringConverter<T> displayName(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
