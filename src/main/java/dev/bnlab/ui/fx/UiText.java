package dev.bnlab.ui.fx;

import dev.bnlab.i18n.Messages;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Control;
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

    private static final String KEY = "bnlab.text-key";
    private static final String TIP_KEY = "bnlab.tooltip-key";

    /**
     * Binds a label's or button's text to a message key; in FXML the attribute {@code UiText.key="…"} on a
     * {@link Labeled} (with {@code <?import dev.bnlab.ui.fx.UiText?>}), so a layout written in FXML keeps
     * switching language at run time.
     */
    public static void setKey(Labeled node, String key) {
        node.getProperties().put(KEY, key);
        bind(node, key);
    }

    /** The message key a text is bound to ({@link #setKey}), or null. */
    public static String getKey(Labeled node) {
        return (String) node.getProperties().get(KEY);
    }

    /** A tooltip following the language on a control; in FXML {@code UiText.tooltip="…"}. */
    public static void setTooltip(Control control, String key) {
        control.getProperties().put(TIP_KEY, key);
        control.setTooltip(tooltip(key));
    }

    /** The message key of a control's tooltip ({@link #setTooltip}), or null. */
    public static String getTooltip(Control control) {
        return (String) control.getProperties().get(TIP_KEY);
    }

    /**
     * Text for a wrapped label. JavaFX's text layout breaks wrapped lines wrongly after a combining mark (the
     * "x̂" of the formulas is x + U+0302), drawing lines past the label's edge; labels get "x-hat" instead. Canvas
     * text is not affected.
     */
    public static String labelSafe(String s) {
        return s.replace("x\u0302", "x-hat").replace("\u0302", "");
    }

    /** A tooltip whose text follows the language. */
    public static Tooltip tooltip(String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(text(key));
        return t;
    }
}
