package dev.bnlab.ui.fx;

import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The app's stylesheets, the themes in {@code resources/themes} (on the class path under {@code /bnlab/themes}), and
 * scenes made with them (the window, offscreen pictures, dialogs).
 */
public final class Stylesheets {

    /** The controls' look in both modes. */
    public static final String APP = url("/bnlab/themes/app.css");

    private Stylesheets() {
    }

    /** The URL of a stylesheet on the class path. */
    public static String url(String resource) {
        return Objects.requireNonNull(Stylesheets.class.getResource(resource), resource).toExternalForm();
    }

    /** A scene of the root with the app's stylesheet. */
    public static Scene scene(Parent root, double w, double h) {
        Scene scene = new Scene(root, w, h);
        scene.getStylesheets().add(APP);
        return scene;
    }
}
