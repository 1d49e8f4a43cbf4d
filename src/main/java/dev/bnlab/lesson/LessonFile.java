package dev.bnlab.lesson;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.scenario.FileLimits;
import dev.bnlab.scenario.FileText;
import dev.bnlab.scenario.InputFiles;
import dev.bnlab.scenario.JsonSyntaxError;
import dev.bnlab.scenario.JsonTreeParser;
import dev.bnlab.scenario.LocatedNode;
import dev.bnlab.scenario.PartialSettings;
import dev.bnlab.scenario.SafeText;
import dev.bnlab.scenario.ScenarioException;
import dev.bnlab.scenario.SettingsFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

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

    private LessonFile() {
    }

    /** Reads a lesson file; problems name the file by its name. */
    public static Lesson load(Path file) throws LessonException {
        String name = String.valueOf(file.getFileName());
        String text;
        try {
            text = InputFiles.read(file, InputFiles.Kind.LESSON);
        } catch (ScenarioException e) {
            throw new LessonException(name, 0, "", e.problem());
        }
        return parse(text, name);
    }

    /** Reads a lesson given as text; {@code source} names it in messages (e.g. the file name). */
    public static Lesson parse(String text, String source) throws LessonException {
        try {
            return read(LocatedNode.root(JsonTreeParser.parse(text)));
        } catch (ScenarioException e) {
            JsonSyntaxError syntax = e.syntax();
            if (syntax != null) {
                // a syntax error knows its own line
                throw new LessonException(source, syntax.line(), e.path(),
                        FileText.format("files.json.invalidAtColumn", syntax.column(), syntax.reason()));
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
            throw formatNode.problem(FileText.format("files.format.unsupported", SafeText.value(format), FORMAT));
        }
        FileLimits.check(FileLimits.LESSON, root);
        LocatedNode idNode = root.member("id");
        String id = idNode.text();
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw idNode.problem(FileText.format("files.lesson.id", SafeText.value(id)));
        }
        LocalizedText title = text(root.member("title"));
        SettingsFile.Settings defaults = new SettingsFile.Settings(SessionConfig.defaults(), Hyperparams.defaults());
        LocatedNode baseNode = root.optionalMember("settings");
        SettingsFile.Settings base = baseNode == null ? defaults : PartialSettings.overlay(baseNode, defaults);
        LocatedNode scenesNode = root.member("scenes");
        List<LocatedNode> items = scenesNode.elements();
        if (items.isEmpty()) {
            throw scenesNode.problem(FileText.format("files.lesson.noScenes"));
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
            throw viewsNode.problem(FileText.format("files.lesson.noViews"));
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
                throw item.problem(FileText.format("files.lesson.unknownView", SafeText.value(name), String.join(", ", LessonViews.NAMES)));
            }
            if (!allowed.contains(name)) {
                throw item.problem(FileText.format("files.lesson.highlightNotShown", SafeText.value(name)));
            }
            if (names.contains(name)) {
                throw item.problem(FileText.format("files.lesson.viewTwice", SafeText.value(name)));
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
            throw node.problem(FileText.format("files.lesson.emptyText"));
        }
        return s;
    }

    private static boolean bool(LocatedNode node) throws ScenarioException {
        if (!node.json().isBoolean()) {
            throw node.problem(FileText.format("files.lesson.expectedBoolean", describe(node)));
        }
        return node.json().booleanValue();
    }

    private static void requireObject(LocatedNode node) throws ScenarioException {
        if (!node.json().isObject()) {
            throw node.problem(FileText.format("files.value.expectedObject", describe(node)));
        }
    }

    private static String describe(LocatedNode node) {
        if (node.json().isContainerNode()) {
            // no need to print (or even build) the text of a whole object or array
            return node.json().isArray() ? FileText.format("files.kind.array") : FileText.format("files.kind.object");
        }
        String s = node.json().isTextual() ? "\"" + node.json().textValue() + "\"" : node.json().toString();
        return SafeText.value(s);
    }

    private static void onlyMembers(LocatedNode node, Set<String> known) throws ScenarioException {
        Iterator<String> names = node.json().fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw node.member(name).problem(FileText.format("files.lesson.unknownMember",
                        String.join(", ", known.stream().sorted().toList())));
            }
        }
    }
}
