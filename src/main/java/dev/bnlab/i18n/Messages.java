package dev.bnlab.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Every user-visible string, from the message bundles {@code resources/i18n/<area>.properties} (English) and
 * {@code <area>_zh_CN.properties} (Simplified Chinese), on the class path under {@code /bnlab/i18n}. Each area is
 * one file so that parts of the app own their own strings; a key is looked up in every area. No JavaFX here: the headless commands and the
 * experiments use it too. The current language is global and can change at run time ({@link #setLocale}).
 */
public final class Messages {

    /** The bundle files, one per part of the app. */
    public static final List<String> AREAS = List.of(
            "app", "controls", "views", "experiments", "lessons", "presentation", "export", "cli", "record", "files");

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final List<Consumer<Locale>> LISTENERS = new CopyOnWriteArrayList<>();
    private static volatile Locale locale = ENGLISH;
    private static volatile List<ResourceBundle> bundles = load(ENGLISH);

    private Messages() {
    }

    public static Locale locale() {
        return locale;
    }

    public static boolean chinese() {
        return locale.getLanguage().equals("zh");
    }

    /** Switches the language; listeners run on the calling thread. */
    public static void setLocale(Locale l) {
        Locale chosen = supported(l);
        bundles = load(chosen);
        locale = chosen;
        for (Consumer<Locale> c : LISTENERS) {
            c.accept(chosen);
        }
    }

    public static void addListener(Consumer<Locale> c) {
        LISTENERS.add(c);
    }

    public static void removeListener(Consumer<Locale> c) {
        LISTENERS.remove(c);
    }

    /** "en" or "zh" (also "zh-CN", "zh_CN"); anything else is an {@link IllegalArgumentException} naming the choices. */
    public static Locale parse(String tag) {
        String t = tag == null ? "" : tag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        return switch (t) {
            case "en", "en-us", "en-gb" -> ENGLISH;
            case "zh", "zh-cn", "zh-hans" -> CHINESE;
            default -> throw new IllegalArgumentException("unknown language \"" + tag + "\" (en, zh)");
        };
    }

    /** The short tag of the current language: "en" or "zh". */
    public static String tag() {
        return chinese() ? "zh" : "en";
    }

    /** The text of a key in the current language (English when the Chinese file lacks it); "⟦key⟧" if unknown. */
    public static String get(String key) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                return b.getString(key);
            }
        }
        return "⟦" + key + "⟧";
    }

    /** {@link #get} run through {@link MessageFormat} (so a literal apostrophe in such a pattern is written ''). */
    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /**
     * The text of a key in the current language, or the string itself when it is no key (a label given either as
     * a key or as literal text, e.g. a run name); null stays null.
     */
    public static String keyOrText(String s) {
        if (s == null) {
            return null;
        }
        for (ResourceBundle b : bundles) {
            if (b.containsKey(s)) {
                return b.getString(s);
            }
        }
        return s;
    }

    /** Whether some area defines the key (in English). */
    public static boolean has(String key) {
        for (String area : AREAS) {
            ResourceBundle b = bundle(area, ENGLISH);
            if (b != null && b.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    private static Locale supported(Locale l) {
        return l.getLanguage().equals("zh") ? CHINESE : ENGLISH;
    }

    private static List<ResourceBundle> load(Locale l) {
        List<ResourceBundle> out = new ArrayList<>();
        for (String area : AREAS) {
            ResourceBundle b = bundle(area, l);
            if (b != null) {
                out.add(b);
            }
        }
        return List.copyOf(out);
    }

    /** One area's bundle for a locale (the Chinese file falls back to the English one key by key), or null. */
    public static ResourceBundle bundle(String area, Locale l) {
        try {
            return ResourceBundle.getBundle("bnlab.i18n." + area, l, Messages.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
