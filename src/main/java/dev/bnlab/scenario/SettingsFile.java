package dev.bnlab.scenario;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bnlab.core.Activation;
import dev.bnlab.core.Convention;
import dev.bnlab.core.DataConfig;
import dev.bnlab.core.DatasetKind;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.InputTransform;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.TestShift;
import dev.bnlab.export.OutputFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The experiment's settings (a {@link SessionConfig} and {@link Hyperparams}) as a JSON file of format
 * {@value #FORMAT}. Saving is atomic: the bytes go to a temporary file in the target's directory, which is then
 * moved over the target, so a crash leaves either the old file or the new one. Loading reports the first problem
 * as a {@link ScenarioException} with the JSON path of the member, e.g. {@code training.momentum: must be in
 * [0, 1], got 1.5}; range rules are the records' own (their constructors' messages).
 */
public final class SettingsFile {

    /** Value of the top-level {@code format} member. */
    public static final String FORMAT = "bnlab-settings/1";

    private static final JsonMapper WRITER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** What a settings file holds. */
    public record Settings(SessionConfig config, Hyperparams hyperparams) {
    }

    /** Moves the finished temporary file over the target (a seam so tests can simulate a crash before it). */
    @FunctionalInterface
    interface FileMover extends OutputFile.Mover {
    }

    static final FileMover ATOMIC_MOVE = OutputFile.ATOMIC::move;

    private SettingsFile() {
    }

    // ------------------------------------------------------------------ save

    /** Writes the settings atomically; on failure the target is untouched and no temporary file is left. */
    public static void save(Path file, SessionConfig config, Hyperparams hp) throws ScenarioException {
        save(file, config, hp, ATOMIC_MOVE);
    }

    static void save(Path file, SessionConfig config, Hyperparams hp, FileMover mover) throws ScenarioException {
        writeAtomically(file, toJson(config, hp).getBytes(java.nio.charset.StandardCharsets.UTF_8), mover);
    }

    /**
     * Writes bytes through {@link OutputFile}: a temporary file next to the (resolved) target, forced to disk, then
     * moved over it; a device such as /dev/null is written directly, a directory in the way is refused.
     */
    static void writeAtomically(Path file, byte[] bytes, FileMover mover) throws ScenarioException {
        try {
            OutputFile.write(file, bytes, mover);
        } catch (IOException e) {
            throw new ScenarioException("", FileText.format("files.save.failed", SafeText.file(file.getFileName()),
                    OutputFile.reason(e)));
        }
    }

    /** The file's text: ids as in the enums' {@code id()}, doubles at full precision (shortest round trip). */
    static String toJson(SessionConfig c, Hyperparams hp) {
        return text(settingsTree(FORMAT, c, hp));
    }

    /** Indented JSON text with a final newline. */
    static String text(ObjectNode root) {
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of numbers and strings always serializes", e);
        }
    }

    /** The members of a settings file under the given format name (other formats add members to it). */
    static ObjectNode settingsTree(String format, SessionConfig c, Hyperparams hp) {
        ObjectNode root = WRITER.createObjectNode();
        root.put("format", format);
        ObjectNode network = root.putObject("network");
        network.put("hidden", c.hidden());
        network.put("layers", c.layers());
        network.put("activation", c.activation().id());
        network.put("placement", c.placement().id());
        DataConfig d = c.data();
        ObjectNode data = root.putObject("data");
        data.put("kind", d.kind().id());
        data.put("trainSize", d.trainSize());
        data.put("testSize", d.testSize());
        data.put("noise", d.noise());
        ObjectNode input = data.putObject("input");
        input.put("scale", d.input().scale());
        input.put("offset", d.input().offset());
        ObjectNode shift = data.putObject("testShift");
        shift.put("dx", d.testShift().dx());
        shift.put("dy", d.testShift().dy());
        shift.put("scale", d.testShift().scale());
        data.put("seed", d.seed());
        ObjectNode seeds = root.putObject("seeds");
        seeds.put("init", c.initSeed());
        seeds.put("batch", c.batchSeed());
        root.put("evalInterval", c.evalInterval());
        ObjectNode training = root.putObject("training");
        training.put("learningRate", hp.learningRate());
        training.put("batchSize", hp.batchSize());
        training.put("momentum", hp.momentum());
        training.put("convention", hp.convention().id());
        training.put("eps", hp.eps());
        return root;
    }

    // ------------------------------------------------------------------ load

    public static Settings load(Path file) throws ScenarioException {
        return fromTree(LocatedNode.root(JsonTreeParser.parseFile(file, InputFiles.Kind.SETTINGS)));
    }

    /** Reads settings given as text. */
    public static Settings parse(String json) throws ScenarioException {
        return fromTree(LocatedNode.root(JsonTreeParser.parse(json)));
    }

    private static Settings fromTree(LocatedNode root) throws ScenarioException {
        LocatedNode formatNode = root.member("format");
        String format = formatNode.text();
        if (!format.equals(FORMAT)) {
            throw formatNode.problem(FileText.format("files.format.unsupported", SafeText.value(format), FORMAT));
        }
        return readSettings(root);
    }

    /** The settings members of a file (whatever its format member says); no other top-level member. */
    static Settings readSettings(LocatedNode root) throws ScenarioException {
        return readSettings(root, java.util.Set.of());
    }

    /**
     * The settings members of a file whose top level may also hold {@code extraTopLevel}; any other member, at
     * any level of the settings, is refused (as lessons do), so a typo cannot pass silently.
     */
    static Settings readSettings(LocatedNode root, java.util.Set<String> extraTopLevel) throws ScenarioException {
        onlyKnownMembers(root, settingsTree(FORMAT, SessionConfig.defaults(), Hyperparams.defaults()), extraTopLevel);
        FileLimits.check(FileLimits.SETTINGS, root);
        LocatedNode network = root.member("network");
        int hidden = integer(network.member("hidden"));
        // optional: files written before networks had depth hold one hidden layer
        LocatedNode layersNode = network.optionalMember("layers");
        int layers = layersNode == null ? 1 : integer(layersNode);
        Activation activation = id(network.member("activation"), "files.what.activation", Activation.values(), Activation::id);
        Placement placement = id(network.member("placement"), "files.what.placement", Placement.values(), Placement::id);
        DataConfig data = readData(root.member("data"));
        LocatedNode seeds = root.member("seeds");
        long initSeed = seeds.member("init").wholeNumber(Long.MIN_VALUE, Long.MAX_VALUE);
        long batchSeed = seeds.member("batch").wholeNumber(Long.MIN_VALUE, Long.MAX_VALUE);
        LocatedNode evalNode = root.member("evalInterval");
        int evalInterval = integer(evalNode);
        SessionConfig base = SessionConfig.defaults();
        validated(network.member("hidden"), () -> base.withHidden(hidden));
        if (layersNode != null) {
            validated(layersNode, () -> base.withLayers(layers));
        }
        validated(evalNode, () -> base.withEvalInterval(evalInterval));
        SessionConfig config = validated(root, () -> new SessionConfig(data, hidden, layers, activation, placement,
                initSeed, batchSeed, evalInterval));
        return new Settings(config, readTraining(root.member("training")));
    }

    private static DataConfig readData(LocatedNode data) throws ScenarioException {
        DatasetKind kind = id(data.member("kind"), "files.what.dataset", DatasetKind.values(), DatasetKind::id);
        DataConfig base = DataConfig.defaults();
        LocatedNode trainNode = data.member("trainSize");
        int trainSize = integer(trainNode);
        validated(trainNode, () -> new DataConfig(kind, trainSize, base.testSize(), base.noise(), null, 0));
        LocatedNode testNode = data.member("testSize");
        int testSize = integer(testNode);
        validated(testNode, () -> new DataConfig(kind, base.trainSize(), testSize, base.noise(), null, 0));
        LocatedNode noiseNode = data.member("noise");
        double noise = noiseNode.number();
        validated(noiseNode, () -> base.withNoise(noise));
        // optional: files written before the input transform existed have untransformed inputs
        LocatedNode inputNode = data.optionalMember("input");
        InputTransform input = inputNode == null ? InputTransform.NONE : readInput(inputNode);
        TestShift shift = readShift(data.member("testShift"));
        long seed = data.member("seed").wholeNumber(Long.MIN_VALUE, Long.MAX_VALUE);
        return validated(data, () -> new DataConfig(kind, trainSize, testSize, noise, input, shift, seed));
    }

    private static InputTransform readInput(LocatedNode input) throws ScenarioException {
        LocatedNode scaleNode = input.member("scale");
        double scale = scaleNode.number();
        validated(scaleNode, () -> new InputTransform(scale, 0));
        LocatedNode offsetNode = input.member("offset");
        double offset = offsetNode.number();
        validated(offsetNode, () -> new InputTransform(1, offset));
        return new InputTransform(scale, offset);
    }

    private static TestShift readShift(LocatedNode shift) throws ScenarioException {
        LocatedNode dxNode = shift.member("dx");
        double dx = dxNode.number();
        LocatedNode dyNode = shift.member("dy");
        double dy = dyNode.number();
        LocatedNode scaleNode = shift.member("scale");
        double scale = scaleNode.number();
        validated(scaleNode, () -> new TestShift(0, 0, scale));
        return validated(shift, () -> new TestShift(dx, dy, scale));
    }

    private static Hyperparams readTraining(LocatedNode training) throws ScenarioException {
        Hyperparams base = Hyperparams.defaults();
        LocatedNode lrNode = training.member("learningRate");
        double lr = lrNode.number();
        validated(lrNode, () -> base.withLearningRate(lr));
        LocatedNode batchNode = training.member("batchSize");
        int batchSize = integer(batchNode);
        validated(batchNode, () -> base.withBatchSize(batchSize));
        LocatedNode momentumNode = training.member("momentum");
        double momentum = momentumNode.number();
        validated(momentumNode, () -> base.withMomentum(momentum));
        Convention convention = id(training.member("convention"), "files.what.convention", Convention.values(), Convention::id);
        LocatedNode epsNode = training.member("eps");
        double eps = epsNode.number();
        validated(epsNode, () -> base.withEps(eps));
        return validated(training, () -> new Hyperparams(lr, batchSize, momentum, convention, eps));
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Refuses a member of {@code node} that the written form ({@code template}) does not have, recursing into
     * objects both have; {@code extra} names more members allowed at this level (not checked further).
     */
    private static void onlyKnownMembers(LocatedNode node, com.fasterxml.jackson.databind.JsonNode template,
                                         java.util.Set<String> extra) throws ScenarioException {
        if (!node.json().isObject()) {
            return;
        }
        java.util.Iterator<String> names = node.json().fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (extra.contains(name)) {
                continue;
            }
            com.fasterxml.jackson.databind.JsonNode known = template.get(name);
            if (known == null) {
                java.util.List<String> expected = new java.util.ArrayList<>();
                template.fieldNames().forEachRemaining(expected::add);
                expected.addAll(extra);
                throw node.member(name).problem(FileText.format("files.settings.unknownMember",
                        SafeText.value(name), String.join(", ", expected)));
            }
            if (known.isObject()) {
                onlyKnownMembers(node.member(name), known, java.util.Set.of());
            }
        }
    }

    private static int integer(LocatedNode node) throws ScenarioException {
        return (int) node.wholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * The enum constant whose id is the member's text, or "unknown activation "swish" (expected a, b or c)";
     * {@code whatKey} is the key of the word for what the member names.
     */
    private static <E> E id(LocatedNode node, String whatKey, E[] values, Function<E, String> idOf)
            throws ScenarioException {
        String text = node.text();
        for (E v : values) {
            if (idOf.apply(v).equals(text)) {
                return v;
            }
        }
        String[] ids = Arrays.stream(values).map(idOf).toArray(String[]::new);
        String expected = FileText.format("files.list.or",
                Arrays.stream(ids, 0, ids.length - 1).collect(Collectors.joining(", ")), ids[ids.length - 1]);
        throw node.problem(FileText.format("files.id.unknown", FileText.format(whatKey), SafeText.value(text), expected));
    }

    /**
     * Builds a record; its constructor's IllegalArgumentException becomes a ScenarioException at {@code node},
     * with the record's field name dropped ("momentum must be in [0, 1], got 1.5" → "must be in [0, 1], got 1.5").
     */
    private static <T> T validated(LocatedNode node, Supplier<T> build) throws ScenarioException {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            String msg = String.valueOf(e.getMessage());
            int must = msg.indexOf(" must ");
            throw node.problem(KnownMessages.rule(must > 0 ? msg.substring(must + 1) : msg));
        }
    }
}
