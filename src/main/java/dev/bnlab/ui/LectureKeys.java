package dev.bnlab.ui;

import dev.bnlab.ui.lab.MainWindow;
import dev.bnlab.ui.model.LabModel;
import dev.bnlab.ui.presentation.KeyHelp;
import dev.bnlab.ui.presentation.PresentationMode;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard of a lecture, caught on the scene before any focused control can use the key: Space play/pause,
 * → step, R reset, N / Page Down and P / Page Up next and previous lesson scene, 1–6 show/hide a view, 0 all
 * views, F5 presentation mode, Esc leaves it, F11 full screen, T light/dark, ? or F1 the list of keys. Space, → and
 * R drive the run on show (the live lab's or the experiment's); the view and scene keys belong to the live lab.
 * While a text field has focus only the function keys act (the others type). Keys with Ctrl, Alt or Meta are left
 * alone.
 */
public final class LectureKeys {

    private final MainWindow window;
    private final LabModel model;
    private final PresentationMode presentation;
    private final KeyHelp help;

    public LectureKeys(LabShell shell, LabModel model) {
        this.window = shell.live();
        this.model = model;
        this.presentation = window.presentation();
        this.help = window.keyHelp();
    }

    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (help.isShowing()) {
                // any key closes the list of keys (and does nothing else)
                help.hide();
                e.consume();
            } else if (!withModifier(e) && handle(e.getCode(), scene.getFocusOwner())) {
                e.consume();
            }
        });
        // "?" by the character typed, so it works on every keyboard layout
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !typingIn(scene.getFocusOwner())) {
                help.toggle(scene.getWindow());
                e.consume();
            }
        });
    }

    /**
     * Whether keys typed now go into text: a text field or area, or an editable spinner or combo box (these keep
     * the focus themselves while their inner text field edits).
     */
    public static boolean typingIn(Node focus) {
        return focus instanceof TextInputControl
                || focus instanceof Spinner<?> s && s.isEditable()
                || focus instanceof ComboBoxBase<?> c && c.isEditable();
    }

    private static boolean withModifier(KeyEvent e) {
        return e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown();
    }

    /** Acts on a key; returns whether the key was used. */
    boolean handle(KeyCode code, Node focus) {
        boolean typing = typingIn(focus);
        switch (code) {
            case F5 -> presentation.toggle();
            case F11 -> presentation.toggleFullScreen();
            case F1 -> help.toggle(window.getScene().getWindow());
            default -> {
                return !typing && handleTyped(code);
            }
        }
        return true;
    }

    private boolean handleTyped(KeyCode code) {
        switch (code) {
            case SPACE -> model.shown().togglePlay();
            case RIGHT -> model.shown().step(1);
            case R -> model.shown().reset();
            default -> {
                return model.mode() == LabModel.Mode.LIVE ? handleLive(code) : handleEither(code);
            }
        }
        return true;
    }

    /** The live lab's keys: views, lesson scenes, and those of both modes. */
    private boolean handleLive(KeyCode code) {
        int view = viewNumber(code);
        if (view == 0) {
            window.setVisibleViews(List.of());
            return true;
        }
        if (view > 0) {
            List<String> names = List.copyOf(window.views().all().keySet());
            if (view <= names.size()) {
                String name = names.get(view - 1);
                window.setViewVisible(name, !window.isViewVisible(name));
            }
            return true;
        }
        switch (code) {
            case N, PAGE_DOWN -> window.sceneStepper().nextScene();
            case P, PAGE_UP -> window.sceneStepper().previousScene();
            case OPEN_BRACKET -> window.stepLayer(-1);
            case CLOSE_BRACKET -> window.stepLayer(1);
            default -> {
                return handleEither(code);
            }
        }
        return true;
    }

    /** Theme and leaving presentation mode, in either mode. */
    private boolean handleEither(KeyCode code) {
        switch (code) {
            case T -> presentation.toggleTheme();
            case ESCAPE -> {
                if (!presentation.isActive()) {
                    return false;
                }
                presentation.leave();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** 0–6 for the digit keys (top row or keypad) 0–6, else −1. */
    static int viewNumber(KeyCode code) {
        return switch (code) {
            case DIGIT0, NUMPAD0 -> 0;
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            case DIGIT6, NUMPAD6 -> 6;
            default -> -1;
        };
    }

    public KeyHelp help() {
        return help;
    }
}
