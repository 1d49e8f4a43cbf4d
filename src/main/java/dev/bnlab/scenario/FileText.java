package dev.bnlab.scenario;

import dev.bnlab.i18n.Messages;

/**
 * The problem texts of settings, experiment and lesson files, from the {@code files} resource bundle in the
 * language current when the file is read. Arguments are passed on as their {@code String.valueOf}, so numbers
 * keep Java's own form ({@code 1000}, not a grouped {@code 1,000}) in every language.
 */
public final class FileText {

    private FileText() {
    }

    /** The text of {@code key} with {@code args} filled in. */
    public static String format(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return Messages.format(key, texts);
    }
}
