package dev.bnlab.ui.experiments;

import dev.bnlab.i18n.Messages;

/**
 * Texts of the Experiments mode given either as a key of the {@code experiments} bundle or as a literal. Views keep
 * keys (not texts) so that they read the current language at draw time; symbols and data names such as "a", "d" or
 * a run label are not translated and are kept as they are.
 */
final class ExpText {

    /** Keys of the experiments bundle start with this. */
    static final String PREFIX = "experiments.";

    private ExpText() {
    }

    /** The text of a key ("experiments.…") in the current language, anything else unchanged; null stays null. */
    static String of(String keyOrText) {
        return keyOrText != null && keyOrText.startsWith(PREFIX) ? Messages.get(keyOrText) : keyOrText;
    }

    /** The text of a key of the Experiments mode's user interface, "experiments.ui." + name. */
    static String ui(String name) {
        return Messages.get(PREFIX + "ui." + name);
    }

    /** A formatted text of the Experiments mode's user interface ("experiments.ui." + name). */
    static String ui(String name, Object... args) {
        return Messages.format(PREFIX + "ui." + name, args);
    }

    /** The text of a view's key, "experiments.view." + name. */
    static String view(String name) {
        return Messages.get(PREFIX + "view." + name);
    }

    /** A formatted text of a view, "experiments.view." + name. */
    static String view(String name, Object... args) {
        return Messages.format(PREFIX + "view." + name, args);
    }
}
