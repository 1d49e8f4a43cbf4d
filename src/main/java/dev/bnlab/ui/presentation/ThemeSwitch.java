package dev.bnlab.ui.presentation;

import dev.bnlab.ui.fx.Stylesheets;
import dev.bnlab.ui.plot.ViewStyle;
import dev.bnlab.ui.plot.ViewTheme;
import java.util.function.Supplier;
import javafx.scene.Parent;

/**
 * Light or dark: the views' colours ({@link ViewStyle#setTheme}) and the controls' stylesheet ({@code dark.css}
 * and the style class {@code dark} on the root), switched together, then every view redraws. FX thread.
 */
public final class ThemeSwitch {

    public static final String DARK_STYLE_CLASS = "dark";
    public static final String DARK_CSS = Stylesheets.url("/bnlab/themes/dark.css");

    private final Supplier<Parent> root;

    /** @param root the scene root the stylesheet goes on (may supply null before the window has a scene) */
    public ThemeSwitch(Supplier<Parent> root) {
        this.root = root;
    }

    public ViewTheme current() {
        return ViewStyle.theme();
    }

    public void apply(ViewTheme t) {
        ViewStyle.setTheme(t);
        Parent r = root.get();
        if (r == null) {
            return;
        }
        r.getStylesheets().remove(DARK_CSS);
        r.getStyleClass().remove(DARK_STYLE_CLASS);
        if (t.dark()) {
            // last in the root's list: wins over app.css and experiments.css at equal specificity
            r.getStylesheets().add(DARK_CSS);
            r.getStyleClass().add(DARK_STYLE_CLASS);
        }
        ViewRedraw.all(r);
    }

    /** Light ↔ dark; returns the new theme. */
    public ViewTheme toggle() {
        ViewTheme next = current().dark() ? ViewTheme.LIGHT : ViewTheme.DARK;
        apply(next);
        return next;
    }
}
