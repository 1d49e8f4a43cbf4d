package dev.bnlab.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Text widths, shortening and word wrapping for laying out canvas labels before drawing them; used by the
 * live-lab views and the experiment views (FX thread).
 */
public final class TextMeasure {

    private static final Text PROBE = new Text();

    private TextMeasure() {
    }

    /** Width of the string in the font. */
    public static double width(Font font, String s) {
        PROBE.setFont(font);
        PROBE.setText(s);
        return PROBE.getLayoutBounds().getWidth();
    }

    /** The text, shortened with "…" until it fits in maxWidth (may return ""). */
    public static String fit(Font font, String s, double maxWidth) {
        if (width(font, s) <= maxWidth) {
            return s;
        }
        for (int len = s.length() - 1; len > 0; len--) {
            String t = s.substring(0, len).stripTrailing() + "…";
            if (width(font, t) <= maxWidth) {
                return t;
            }
        }
        return "";
    }

    /** Greedy word wrap into lines no wider than {@code maxWidth} (a single over-long word gets its own line). */
    public static List<String> wrap(Font font, String text, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && width(font, candidate) > maxWidth) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
