package dev.bnlab.runtime;

import dev.bnlab.i18n.Messages;

/**
 * The one-line status of a live run as data (what happened, with its numbers), so the UI can word it in the
 * current language each time it shows it.
 *
 * @param kind    what happened
 * @param seed    the seed of a rebuild (0 otherwise)
 * @param detail  REBUILT: what changed, as a message key (or plain text); ERROR and TEXT: the text; else ""
 */
public record StatusNote(Kind kind, long seed, String detail) {

    public enum Kind { NONE, REBUILT, LOADED, RESET, ERROR, TEXT }

    public static final StatusNote NONE = new StatusNote(Kind.NONE, 0, "");

    public static StatusNote rebuilt(long seed, String whatChanged) {
        return new StatusNote(Kind.REBUILT, seed, whatChanged);
    }

    public static StatusNote loaded() {
        return new StatusNote(Kind.LOADED, 0, "");
    }

    public static StatusNote reset() {
        return new StatusNote(Kind.RESET, 0, "");
    }

    public static StatusNote error(String what) {
        return new StatusNote(Kind.ERROR, 0, what);
    }

    /** A note given as finished text (not translated). */
    public static StatusNote text(String text) {
        return new StatusNote(Kind.TEXT, 0, text);
    }

    /** The note in the current language ("" for none). */
    public String text() {
        return switch (kind) {
            case NONE -> "";
            case REBUILT -> Messages.format("controls.note.rebuilt", Long.toString(seed), keyOrText(detail));
            case LOADED -> Messages.get("controls.note.loaded");
            case RESET -> Messages.get("controls.note.reset");
            case ERROR -> Messages.format("controls.note.error", detail);
            case TEXT -> detail;
        };
    }

    /** The text of a message key, or the string itself when it is no key. */
    static String keyOrText(String s) {
        return Messages.has(s) ? Messages.get(s) : s;
    }
}
