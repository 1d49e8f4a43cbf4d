package dev.bnlab.scenario;

/**
 * Makes text taken from a file or a command line safe to print in a one-line message: control characters
 * (ESC, newlines, tabs, DEL, C1 controls, lone surrogates, bidi overrides) are shown as escapes such as
 * {@code \u001b} or {@code \n} so a value can neither start a new line nor drive the terminal, and lengths are
 * capped so a huge value or a deep path cannot make a huge message.
 */
public final class SafeText {

    /** Longest value echoed inside a message ({@code unknown kind "…"}), in characters. */
    public static final int MAX_VALUE = 60;
    /** Longest JSON path printed in a message. */
    public static final int MAX_PATH = 160;
    /** Longest whole message line. */
    public static final int MAX_LINE = 400;

    private static final String ELLIPSIS = "…";

    private SafeText() {
    }

    /** A value echoed in a message: escaped and cut to {@value #MAX_VALUE} characters. */
    public static String value(String s) {
        return cap(escape(s), MAX_VALUE);
    }

    /** A file name or path given by the user: escaped and cut to {@value #MAX_PATH} characters. */
    public static String file(Object s) {
        return cap(escape(String.valueOf(s)), MAX_PATH);
    }

    /** A JSON path: escaped, and when too long its start and end with "…" between. */
    public static String path(String s) {
        if (s == null) {
            return "null";
        }
        String raw = s.length() > 2 * MAX_PATH ? s.substring(0, MAX_PATH) + s.substring(s.length() - MAX_PATH) : s;
        String e = escape(raw);
        if (e.length() <= MAX_PATH) {
            return e;
        }
        int head = MAX_PATH / 2;
        int tail = MAX_PATH - head - 1;
        return e.substring(0, head) + ELLIPSIS + e.substring(e.length() - tail);
    }

    /** A whole message line: escaped and cut to {@value #MAX_LINE} characters. */
    public static String line(String s) {
        return cap(escape(s), MAX_LINE);
    }

    /** {@code s} cut to {@code max} characters (with "…" as the last one), never inside a surrogate pair. */
    public static String cap(String s, int max) {
        if (s == null) {
            return "null";
        }
        if (s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + ELLIPSIS;
    }

    /** Control and invisible format characters as escapes; everything else unchanged. */
    public static String escape(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = null;
        int n = s.length();
        // escaping a huge value only to cut it later is wasteful: look at a bounded prefix
        int limit = Math.min(n, 4 * MAX_LINE);
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            String rep = replacement(s, i, c);
            if (rep != null && sb == null) {
                sb = new StringBuilder(limit + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(c);
                }
            }
        }
        if (sb == null) {
            return limit == n ? s : s.substring(0, limit) + ELLIPSIS;
        }
        if (limit < n) {
            sb.append(ELLIPSIS);
        }
        return sb.toString();
    }

    private static String replacement(String s, int i, char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || isFormatControl(c)) {
            return String.format("\\u%04x", (int) c);
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? null
                    : String.format("\\u%04x", (int) c);
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1)) ? null : String.format("\\u%04x", (int) c);
        }
        return null;
    }

    /** Bidi overrides and isolates, line/paragraph separators: they can reorder or break a terminal line. */
    private static boolean isFormatControl(char c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029
                || c == 0x200e || c == 0x200f || c == 0x061c || c == 0xfeff;
    }
}
