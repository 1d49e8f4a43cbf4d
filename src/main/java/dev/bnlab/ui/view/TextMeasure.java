package dev.bnlab.ui.view;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Width of a string in a font, for laying out labels before drawing them (FX thread). */
final class TextMeasure {

    private static final Text PROBE = new Text();

    private TextMeasure() {
    }

    static double width(String s, Font font) {
        PROBE.setFont(font);
        PROBE.setText(s);
        return PROBE.getLayoutBounds().getWidth();
    }
}
