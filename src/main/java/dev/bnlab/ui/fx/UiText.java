package dev.bnlab.ui.fx;

import dev.bnlab.i18n.Messages;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;

/**
 * The JavaFX side of {@link Messages}: the current language as a property, and bindings that re-read their
 * text when it changes, so the whole UI switches language at run time. FX thread only.
 */
public final class UiText {

    private static final ReadOnlyObjectWrapper<Locale> LOCALE = new ReadOnlyObjectWrapper<>(Messages.locale());

    private UiText() {
    }

    public static ReadOnlyObjectProperty<Locale> localeProperty() {
        return LOCALE.getReadOnlyProperty();
    }

    /** Switches the language of the whole UI (bound texts update; canvas views redraw when told). */
    public static void setLocale(Locale l) {
        Messages.setLocale(l);
        LOCALE.set(Messages.locale());
    }

    /** The text of a key, following the language. */
    public static StringBinding text(String key) {
        return Bindings.createStringBinding(() -> Messages.get(key), LOCALE);
    }

    /** A formatted text, following the language (arguments are fixed). */
    public static StringBinding format(String key, Object... args) {
        return Bindings.createStringBinding(() -> Messages.format(key, args), LOCALE);
    }

    /** Binds a label's or button's text to a key. */
    public static <T extends Labeled> T bind(T node, String key) {
        node.textProperty().bind(text(key));
        return node;
    }

    /** A tooltip whose text follows the language. */
    public static Tooltip tooltip(String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(text(key));
        return t;
    }
}
