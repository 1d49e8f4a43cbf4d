package dev.bnlab.lesson;

import dev.bnlab.i18n.Messages;

/**
 * A text in English and Simplified Chinese (a lesson's title or a scene's caption).
 *
 * @param en English
 * @param zh Simplified Chinese (the English text when a lesson file gives none)
 */
public record LocalizedText(String en, String zh) {

    public LocalizedText {
        if (en == null || en.isBlank()) {
            throw new IllegalArgumentException("the English text is required");
        }
        if (zh == null || zh.isBlank()) {
            zh = en;
        }
    }

    /** The text in Chinese or in English. */
    public String text(boolean chinese) {
        return chinese ? zh : en;
    }

    /** The text in the app's current language ({@link Messages#chinese()}). */
    public String current() {
        return text(Messages.chinese());
    }
}
