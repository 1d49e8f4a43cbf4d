package dev.bnlab.ui.experiments;

/**
 * Text for wrapped JavaFX labels. JavaFX's text layout breaks wrapped lines wrongly after a combining mark (the
 * "x̂" of the formulas is x + U+0302), drawing lines past the label's edge; labels get "x-hat" instead. Canvas
 * text is not affected.
 */
final class LabelText {

    private LabelText() {
    }

    static String safe(String s) {
        return s.replace("x\u0302", "x-hat").replace("\u0302", "");
    }
}
