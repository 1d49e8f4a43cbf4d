package dev.bnlab.ui.plot;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The one text helper of the views in both modes: widths, shortening with "…" and line breaking (Chinese
 * included) for laying out canvas text before drawing it (FX thread).
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

    /** Closing punctuation that must not start a line. */
    private static final String NO_LINE_START = "，。、；：？！）》」』”’…%";

    /**
     * The lines of the text within maxWidth; explicit "\n" starts a new line. A line may break at a space or between
     * two CJK characters (never before closing punctuation such as "，" or "）"), so Chinese, which has no spaces,
     * wraps too; Latin words and formulas are kept whole (a single over-long word gets its own line).
     */
    public static List<String> wrap(Font font, String text, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String unit : units(paragraph)) {
                boolean space = unit.equals(" ");
                if (space && line.length() == 0) {
                    continue;
                }
                String candidate = line + unit;
                if (!space && line.length() > 0 && width(font, candidate.stripTrailing()) > maxWidth) {
                    lines.add(line.toString().stripTrailing());
                    line = new StringBuilder(unit);
                } else {
                    line.append(unit);
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /**
     * The pieces a line can be broken between: single spaces, Latin words (runs without spaces or CJK), and each CJK
     * character together with the closing punctuation that follows it.
     */
    static List<String> units(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp == ' ' && i + 1 < s.length() && NO_LINE_START.indexOf(s.codePointAt(i + 1)) >= 0) {
                // "91.8 %", "x ，": no break before the mark, so the space stays inside the unit
                if (word.length() == 0 && !out.isEmpty() && !out.get(out.size() - 1).equals(" ")) {
                    word.append(out.remove(out.size() - 1));
                }
                word.append(' ');
            } else if (cp == ' ') {
                flush(word, out);
                out.add(" ");
            } else if (cjk(cp) && NO_LINE_START.indexOf(cp) < 0) {
                flush(word, out);
                word.appendCodePoint(cp);
                // closing punctuation stays with the character before it
                while (i + n < s.length() && NO_LINE_START.indexOf(s.codePointAt(i + n)) >= 0) {
                    int p = s.codePointAt(i + n);
                    word.appendCodePoint(p);
                    n += Character.charCount(p);
                }
                flush(word, out);
            } else if (NO_LINE_START.indexOf(cp) >= 0 && !out.isEmpty() && word.length() == 0
                    && !out.get(out.size() - 1).equals(" ")) {
                // punctuation after a Latin word or a CJK unit: glue it to that unit
                out.set(out.size() - 1, out.get(out.size() - 1) + new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
            i += n;
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }

    /** CJK ideographs, CJK punctuation and full-width forms. */
    static boolean cjk(int cp) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS;
    }
}
