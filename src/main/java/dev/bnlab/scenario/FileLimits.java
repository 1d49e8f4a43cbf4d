package dev.bnlab.scenario;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.InputTransform;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.TrainingSession;
import java.util.ArrayList;
import java.util.List;

/**
 * Every size in every file format, with its documented range, in one table (docs/files-and-limits.md lists the
 * same; a test keeps the two in step). A reader calls {@link #check(String, LocatedNode)} on the parsed tree
 * before it reads anything else, so a value out of range is refused before it can allocate or run anything, and
 * the message names the member's JSON path as it is in the file ({@code scenes[2].settings.data.trainSize:
 * must be in 2..65536, got 200000000}).
 *
 * <p>To give a new member a range, add one line to {@link #RANGES} (and its row to docs/files-and-limits.md): the
 * format, what the number is, its bounds and where it is ({@link #value} for an integer member, {@link #number}
 * for any finite number, {@link #count} for the length of an array, {@link #length} for the length of a string),
 * e.g. {@code range(SETTINGS, "hidden layers L", 1, 8, value("network.layers"))} or
 * {@code range(SETTINGS, "input scale", 1e-3, 1e3, number("data.inputScale"))}. In a path, {@code []} stands for every element of an array; a
 * member that is absent, or of another JSON type than the check expects, is left to the reader, which reports
 * it in its own words.
 */
public final class FileLimits {

    /** Settings members: bnlab-settings/1, and the same members in experiment files and in lessons. */
    public static final String SETTINGS = "bnlab-settings/1";
    /** The trained state of an experiment file (bnlab-experiment/1), besides its settings members. */
    public static final String EXPERIMENT = "bnlab-experiment/1";
    /** Golden scenario files (bn-golden/1, kinds bn_layer, mlp_training, deep_mlp_training), read by {@code replay}. */
    public static final String GOLDEN = "bn-golden/1";
    /** Lesson files (bnlab-lesson/1); their settings are checked as {@link #SETTINGS}. */
    public static final String LESSON = "bnlab-lesson/1";

    /** Hidden neurons h, in every format (the app's, the golden files' bn_layer and mlp_training cases). */
    public static final int MAX_HIDDEN = SessionConfig.MAX_HIDDEN;
    /** Rows of one batch n, in every format. */
    public static final int MAX_BATCH = Hyperparams.MAX_BATCH;
    /** Training and test points of a data set. */
    public static final int MAX_POINTS = 65_536;
    /** Rows the app keeps of each history. */
    public static final int MAX_HISTORY_ROWS = TrainingSession.HISTORY_CAPACITY;

    /** How a range is measured at a path. */
    public enum Measure {
        /** A JSON number that must be an integer in the range. */
        INTEGER,
        /** A JSON number (finite) in the range. */
        NUMBER,
        /** The number of elements of an array. */
        COUNT,
        /** The number of characters of a string. */
        LENGTH
    }

    /** Where a range applies: a path in its format and how it is measured there. */
    public record Target(String path, Measure measure) {
    }

    /**
     * One documented range.
     *
     * @param format  the format whose files it applies to
     * @param what    what the number is (for the documentation)
     * @param min     smallest value allowed (a whole number for an integer, a count or a length)
     * @param max     largest value allowed ({@code Long.MAX_VALUE} as a double stands for 2^63 − 1)
     * @param targets the members it applies to
     * @param key     the files.* key of the message ({0} min, {1} max, {2} the value), or null for the usual one
     */
    public record Range(String format, String what, double min, double max, List<Target> targets, String key) {

        public Range {
            targets = List.copyOf(targets);
        }

        /** A bound as the documentation and the messages write it: 2..65536, 0.001..1000, 1..2^31-1. */
        public static String text(double v) {
            if (v >= Long.MAX_VALUE) {
                return "2^63-1";
            }
            if (v == Integer.MAX_VALUE) {
                return "2^31-1";
            }
            return LocatedNode.format(v);
        }

        /** The same range, reported with the message of {@code messageKey} (which says why). */
        Range because(String messageKey) {
            return new Range(format, what, min, max, targets, messageKey);
        }
    }

    static Target value(String path) {
        return new Target(path, Measure.INTEGER);
    }

    static Target number(String path) {
        return new Target(path, Measure.NUMBER);
    }

    static Target count(String path) {
        return new Target(path, Measure.COUNT);
    }

    static Target length(String path) {
        return new Target(path, Measure.LENGTH);
    }

    private static Range range(String format, String what, double min, double max, Target... targets) {
        return new Range(format, what, min, max, List.of(targets), null);
    }

    /** The table. One line per rule; the same rule at several places is one line with several targets. */
    public static final List<Range> RANGES = List.of(
            // settings (also inside experiment files and lessons)
            range(SETTINGS, "hidden neurons h", 1, MAX_HIDDEN, value("network.hidden")),
            range(SETTINGS, "hidden layers L", 1, SessionConfig.MAX_LAYERS, value("network.layers")),
            range(SETTINGS, "training points", 2, MAX_POINTS, value("data.trainSize")),
            range(SETTINGS, "test points", 1, MAX_POINTS, value("data.testSize")),
            range(SETTINGS, "input scale", InputTransform.MIN_SCALE, InputTransform.MAX_SCALE,
                    number("data.input.scale")),
            range(SETTINGS, "input offset", -InputTransform.MAX_OFFSET, InputTransform.MAX_OFFSET,
                    number("data.input.offset")),
            range(SETTINGS, "steps between evaluations", 1, Integer.MAX_VALUE, value("evalInterval")),
            range(SETTINGS, "batch size n", 2, MAX_BATCH, value("training.batchSize")).because("files.rule.batchSize"),
            // the trained state of an experiment file
            range(EXPERIMENT, "steps done", 0, Long.MAX_VALUE, value("state.step")),
            range(EXPERIMENT, "running-statistics updates", 0, Long.MAX_VALUE, value("state.runningUpdates")),
            range(EXPERIMENT, "indices in the batch order", 2, MAX_POINTS, count("state.sampler.order")),
            range(EXPERIMENT, "history rows kept", 0, MAX_HISTORY_ROWS, value("state.stepHistory.rows"),
                    count("state.stepHistory.float64"), value("state.evalHistory.rows"),
                    count("state.evalHistory.float64")),
            range(EXPERIMENT, "history rows ever recorded", 0, Long.MAX_VALUE, value("state.stepHistory.count"),
                    value("state.evalHistory.count")),
            range(EXPERIMENT, "characters of the divergence text", 0, 1000, length("state.divergence.what")),
            // golden scenario files: one rule for h in both kinds
            range(GOLDEN, "hidden neurons h", 1, MAX_HIDDEN, value("input.network.hidden"),
                    value("input.network.hidden[]"), count("input.x[]"), count("input.gamma"), count("input.beta")),
            range(GOLDEN, "hidden layers L (deep_mlp_training)", 1, SessionConfig.MAX_LAYERS,
                    count("input.network.hidden")),
            range(GOLDEN, "inputs d", 1, 64, value("input.network.inputs")),
            range(GOLDEN, "rows of a batch n", 2, MAX_BATCH, count("input.x"), count("input.batches[].x"))
                    .because("files.limit.batchRows"),
            range(GOLDEN, "batches (training steps) T", 1, 10_000, count("input.batches")),
            range(GOLDEN, "rows of eval_x m", 1, MAX_BATCH, count("input.eval_x")),
            range(GOLDEN, "running-statistics updates k", 0, 1000, count("input.running_updates")),
            // lessons
            range(LESSON, "characters of the id", 1, 64, length("id")),
            range(LESSON, "characters of the title", 1, 200, length("title"), length("title.en"), length("title.zh")),
            range(LESSON, "scenes", 1, 100, count("scenes")),
            range(LESSON, "steps of a scene", 0, 50_000, value("scenes[].steps")),
            range(LESSON, "characters of a caption", 1, 2000, length("scenes[].caption"),
                    length("scenes[].caption.en"), length("scenes[].caption.zh")));

    private FileLimits() {
    }

    /** The ranges of one format. */
    public static List<Range> of(String format) {
        return RANGES.stream().filter(r -> r.format().equals(format)).toList();
    }

    /** The range of a format's member (by the path in the table), or null. */
    public static Range at(String format, String path) {
        for (Range r : of(format)) {
            for (Target t : r.targets()) {
                if (t.path().equals(path)) {
                    return r;
                }
            }
        }
        return null;
    }

    /** Checks every range of {@code format} under {@code root}; the first value out of range is thrown. */
    public static void check(String format, LocatedNode root) throws ScenarioException {
        for (Range r : of(format)) {
            for (Target t : r.targets()) {
                for (LocatedNode node : resolve(root, t.path())) {
                    check(r, t.measure(), node);
                }
            }
        }
    }

    private static void check(Range r, Measure m, LocatedNode node) throws ScenarioException {
        switch (m) {
            case INTEGER -> {
                if (node.json().isNumber()) {
                    node.wholeNumber((long) r.min(), (long) r.max(),
                            r.key() == null ? "files.value.range" : r.key());
                }
            }
            case NUMBER -> {
                if (node.json().isNumber()) {
                    double v = node.number();
                    if (v < r.min() || v > r.max()) {
                        // a real interval, written as the core's rules write it: [1.0, 20.0]
                        throw node.problem(FileText.format(r.key() == null ? "files.limit.interval" : r.key(),
                                Double.toString(r.min()), Double.toString(r.max()), LocatedNode.format(v)));
                    }
                }
            }
            case COUNT -> {
                if (node.json().isArray()) {
                    int n = node.json().size();
                    if (n < r.min() || n > r.max()) {
                        throw node.problem(message(r, "files.limit.count", Integer.toString(n)));
                    }
                }
            }
            case LENGTH -> {
                if (node.json().isTextual()) {
                    String s = node.json().textValue();
                    int n = s.codePointCount(0, s.length());
                    if (n < r.min() || n > r.max()) {
                        throw node.problem(message(r, "files.limit.length", Integer.toString(n)));
                    }
                }
            }
            default -> throw new IllegalStateException(m.toString());
        }
    }

    private static String message(Range r, String usualKey, String got) {
        return FileText.format(r.key() == null ? usualKey : r.key(), Range.text(r.min()), Range.text(r.max()), got);
    }

    /** The nodes at a table path ("a.b[].c"); absent members and values of another type lead nowhere. */
    static List<LocatedNode> resolve(LocatedNode root, String path) throws ScenarioException {
        List<LocatedNode> current = List.of(root);
        for (String step : steps(path)) {
            List<LocatedNode> next = new ArrayList<>();
            for (LocatedNode n : current) {
                if (step.equals("[]")) {
                    if (n.json().isArray()) {
                        next.addAll(n.elements());
                    }
                } else if (n.json().isObject()) {
                    LocatedNode child = n.optionalMember(step);
                    if (child != null) {
                        next.add(child);
                    }
                }
            }
            current = next;
        }
        return current;
    }

    /** "a.b[].c" → a, b, [], c. */
    static List<String> steps(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("\\.")) {
            String p = part;
            while (p.endsWith("[]")) {
                p = p.substring(0, p.length() - 2);
                if (!p.isEmpty()) {
                    out.add(p);
                }
                out.add("[]");
                p = "";
            }
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
