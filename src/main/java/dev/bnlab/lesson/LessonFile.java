package dev.bnlab.lesson;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.scenario.JsonTreeParser;
import dev.bnlab.scenario.LocatedNode;
import dev.bnlab.scenario.PartialSettings;
import dev.bnlab.scenario.ScenarioException;
import dev.bnlab.scenario.SettingsFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a lesson file of format {@value #FORMAT} (see docs/lessons.md). Settings are written in the shape of a
 * {@code bnlab-settings/1} file and may be partial: the lesson's {@code settings} are laid over the app's
 * defaults, and each scene's {@code settings} over the lesson's (never over the previous scene's, so every
 * scene stands on its own). Every problem is a {@link LessonException} naming the line and the member.
 */
public final class LessonFile {

    /** Value of the top-level {@code format} member. */
    public static final String FORMAT = "bnlab-lesson/1";

    private static final Set<String> LESSON_MEMBERS = Set.of("format", "id", "title", "settings", "scenes");
    private static final Set<String> SCENE_MEMBERS =
            Set.of("settings", "steps", "caption", "views", "highlight", "play");
    private static final Set<String> TEXT_MEMBERS = Set.of("en", "zh");
    private static final Pattern SYNTAX_LINE = Pattern.compile("at line (\\d+), column (\\d+)");

    private LessonFile() {
    }

    /** Reads a lesson file; problems name the file by its name. */
    public static Lesson load(Path file) throws LessonException {
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LessonException(name, 0, "", "cannot read file: no such file");
        } catch (AccessDeniedException e) {
            throw new LessonException(name, 0, "", "cannot read file: permission denied");
        } catch (IOException e) {
            throw new LessonException(name, 0, "", "cannot read file: " + e.getClass().getSimpleName());
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), name);
    }

    /** Reads a lesson given as text; {@code source} names it in messages (e.g. the file name). */
    public static Lesson parse(String text, String source) throws LessonException {
        try {
            return read(LocatedNode.root(JsonTreeParser.parse(text)));
        } catch (ScenarioException e) {
            Matcher m = SYNTAX_LINE.matcher(e.problem());
            if (m.find()) {
                // a syntax error knows its own line
                String problem = e.problem().substring(0, m.start()) + "at column " + m.group(2)
                        + e.problem().substring(m.end());
                throw new LessonException(source, Integer.parseInt(m.group(1)), e.path(), problem);
            }
            throw new LessonException(source, JsonLineIndex.of(text).lineOf(e.path()), e.path(), e.problem());
        }
    }

    private static Lesson read(LocatedNode root) throws ScenarioException {
        requireObject(root);
        onlyMembers(root, LESSON_MEMBERS);
        LocatedNode formatNode = root.member("format");
        String format = formatNode.text();
        if (!format.equals(FORMAT)) {
            throw formatNode.problem("unsupported format \"" + format + "\" (expected " + FORMAT + ")");
        }
        LocatedNode idNode = root.member("id");
        String id = idNode.text();
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw idNode.problem("must be lower-case letters, digits, '-', '_' or '.', got \"" + id + "\"");
        }
        LocalizedText title = text(root.member("title"));
        SettingsFile.Settings defaults = new SettingsFile.Settings(SessionConfig.defaults(), Hyperparams.defaults());
        LocatedNode baseNode = root.optionalMember("settings");
        SettingsFile.Settings base = baseNode == null ? defaults : PartialSettings.overlay(baseNode, defaults);
        LocatedNode scenesNode = root.member("scenes");
        List<LocatedNode> items = scenesNode.elements();
        if (items.isEmpty()) {
            throw scenesNode.problem("a lesson needs at least one scene, got an empty array");
        }
        List<LessonScene> scenes = new ArrayList<>();
        for (LocatedNode item : items) {
            scenes.add(scene(item, base));
        }
        return new Lesson(id, title, scenes);
    }

    private static LessonScene scene(LocatedNode node, SettingsFile.Settings base) throws ScenarioException {
        requireObject(node);
        onlyMembers(node, SCENE_MEMBERS);
        LocatedNode settingsNode = node.optionalMember("settings");
        SettingsFile.Settings s = settingsNode == null ? base : PartialSettings.overlay(settingsNode, base);
        LocatedNode stepsNode = node.optionalMember("steps");
        int steps = stepsNode == null ? 0 : (int) stepsNode.wholeNumber(0, LessonScene.MAX_STEPS);
        LocalizedText caption = text(node.member("caption"));
        LocatedNode viewsNode = node.optionalMember("views");
        List<String> views = viewsNode == null ? LessonViews.NAMES : viewNames(viewsNode, LessonViews.NAMES);
        if (views.isEmpty()) {
            throw viewsNode.problem("a scene shows at least one view (leave \"views\" out to show all)");
        }
        LocatedNode highlightNode = node.optionalMember("highlight");
        List<String> highlight = highlightNode == null ? List.of() : viewNames(highlightNode, views);
        LocatedNode playNode = node.optionalMember("play");
        boolean play = playNode != null && bool(playNode);
        return new LessonScene(s.config(), s.hyperparams(), steps, caption, views, highlight, play);
    }

    /** An array of distinct view names, each among {@code allowed}; returned in the window's order. */
    private static List<String> viewNames(LocatedNode node, List<String> allowed) throws ScenarioException {
        List<String> names = new ArrayList<>();
        for (LocatedNode item : node.elements()) {
            String name = item.text();
            if (!LessonViews.known(name)) {
                throw item.problem("unknown view \"" + name + "\" (expected " + String.join(", ", LessonViews.NAMES) + ")");
            }
            if (!allowed.contains(name)) {
                throw item.problem("view \"" + name + "\" is highlighted but not among the scene's views");
            }
            if (names.contains(name)) {
                throw item.problem("view \"" + name + "\" is listed twice");
            }
            names.add(name);
        }
        return LessonViews.NAMES.stream().filter(names::contains).toList();
    }

    /** {"en": "...", "zh": "..."} (zh optional) or a plain string used for both languages. */
    private static LocalizedText text(LocatedNode node) throws ScenarioException {
        if (node.json().isTextual()) {
            return new LocalizedText(nonBlank(node), null);
        }
        requireObject(node);
        onlyMembers(node, TEXT_MEMBERS);
        String en = nonBlank(node.member("en"));
        LocatedNode zhNode = node.optionalMember("zh");
        return new LocalizedText(en, zhNode == null ? null : nonBlank(zhNode));
    }

    private static String nonBlank(LocatedNode node) throws ScenarioException {
        String s = node.text();
        if (s.isBlank()) {
            throw node.problem("must not be empty");
        }
        return s;
    }

    private static boolean bool(LocatedNode node) throws ScenarioException {
        if (!node.json().isBoolean()) {
            throw node.problem("expected true or false, got " + describe(node));
        }
        return node.json().booleanValue();
    }

    private static void requireObject(LocatedNode node) throws ScenarioException {
        if (!node.json().isObject()) {
            throw node.problem("expected an object, got " + describe(node));
        }
    }

    private static String describe(LocatedNode node) {
        String s = node.json().isTextual() ? "\"" + node.json().textValue() + "\"" : node.json().toString();
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private static void onlyMembers(LocatedNode node, Set<String> known) throws ScenarioException {
        Iterator<String> names = node.json().fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw node.member(name).problem("unknown member (expected "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }
}
