package dev.bnlab.lesson;

import dev.bnlab.i18n.Messages;
import dev.bnlab.scenario.ScenarioException;
import dev.bnlab.scenario.SettingsFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The built-in presets: settings files in {@code resources/presets} (on the class path under {@code /bnlab/presets}),
 * listed in order in its {@code index.txt}, that set the live lab up for one comparison (badly scaled inputs, four
 * sigmoid layers, each with and without BN, …). A preset is applied like a settings file that is opened.
 */
public final class PresetLibrary {

    private static final String DIR = "/bnlab/presets/";

    private PresetLibrary() {
    }

    /** The names of the built-in presets, in the order of {@code index.txt}. */
    public static List<String> names() {
        return read("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** A preset's settings. */
    public static SettingsFile.Settings load(String name) {
        try {
            return SettingsFile.parse(read(name + ".json"));
        } catch (ScenarioException e) {
            throw new IllegalStateException("built-in preset " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The preset's title in the current language (message {@code presets.NAME}), or its name. */
    public static String title(String name) {
        String key = "presets." + name;
        return Messages.has(key) ? Messages.get(key) : name;
    }

    private static String read(String file) {
        try (InputStream in = PresetLibrary.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("resource " + DIR + file + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DIR + file + ": " + e.getMessage(), e);
        }
    }
}
