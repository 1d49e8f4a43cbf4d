package dev.bnlab.ui.plot;

/**
 * Works around a JavaFX race on Linux: {@code com.sun.javafx.text.GlyphLayout} hands one shared instance to the
 * first caller, and {@code PangoGlyphLayout.dispose()} gives it back <em>before</em> it has freed its strings. Text
 * laid out on the FX thread (labels, measuring) while the render thread draws canvas text (both complex text, so
 * Chinese) can then take the same instance at once: a {@code ConcurrentModificationException} in a view's draw,
 * seen here every few seconds in the Chinese UI, or worse, a freed native string used again.
 * Holding the shared instance for the life of the app makes every later caller get an instance of its own.
 * Needs the package {@code com.sun.javafx.text}: open when JavaFX is on the class path (the jar, the tests), and
 * exported to the app by the app image's launcher options; without it nothing is done.
 */
public final class GlyphLayoutRaceGuard {

    private static Object held;

    private GlyphLayoutRaceGuard() {
    }

    /**
     * Takes the shared glyph layout and keeps it (call once the toolkit runs, before any window shows).
     *
     * @return whether the guard is in place
     */
    public static synchronized boolean install() {
        if (held != null) {
            return true;
        }
        try {
            held = Class.forName("com.sun.javafx.text.GlyphLayout").getMethod("getInstance").invoke(null);
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    public static synchronized boolean installed() {
        return held != null;
    }
}
