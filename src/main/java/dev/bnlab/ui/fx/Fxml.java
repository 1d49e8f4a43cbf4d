package dev.bnlab.ui.fx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import javafx.fxml.FXMLLoader;

/**
 * Loads the FXML layout of a component that is its own root and controller ({@code <fx:root>}): the file
 * {@code Name.fxml} beside the class {@code Name} (in the resources). The layout (nodes, style classes, texts as
 * message keys) is in the FXML, where Scene Builder can open it; the behaviour stays in the class.
 */
public final class Fxml {

    private Fxml() {
    }

    /** Loads {@code Type.fxml} into {@code component}, which receives the {@code @FXML} fields; returns it. */
    public static <T> T load(T component) {
        return load(component, component.getClass().getSimpleName() + ".fxml");
    }

    /**
     * Loads the named FXML file (beside the controller's class) with {@code controller} receiving its
     * {@code @FXML} fields, and returns its root (for a dialog's content that is no node class of its own).
     */
    public static <N> N content(Object controller, String file) {
        URL url = Objects.requireNonNull(controller.getClass().getResource(file), file);
        FXMLLoader loader = new FXMLLoader(url);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + url, e);
        }
    }

    /** Loads the named FXML file (beside the component's class) into {@code component}; returns it. */
    public static <T> T load(T component, String file) {
        URL url = Objects.requireNonNull(component.getClass().getResource(file), file);
        FXMLLoader loader = new FXMLLoader(url);
        loader.setRoot(component);
        loader.setController(component);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + url, e);
        }
        return component;
    }
}
