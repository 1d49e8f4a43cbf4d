package dev.bnlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bnlab.core.Activation;
import dev.bnlab.core.Convention;
import dev.bnlab.core.DataConfig;
import dev.bnlab.core.DatasetKind;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.InputTransform;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.Snapshot;
import dev.bnlab.core.TestShift;
import dev.bnlab.core.TrainingSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Settings files: exact round trip, atomic saves, and one-line problems with the member's JSON path. */
class SettingsFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Stream<Arguments> settings() {
        SessionConfig shifted = new SessionConfig(
                new DataConfig(DatasetKind.SPIRAL, 777, 131, 0.1234567890123, new TestShift(0.3, -1.25, 1.7), 42L),
                17, 1, Activation.TANH, Placement.AFTER, 9_007_199_254_740_993L, -5L, 3);
        return Stream.of(
                Arguments.of(SessionConfig.defaults(), Hyperparams.defaults()),
                Arguments.of(shifted, new Hyperparams(0.1 + 0.2, 48, 0.37, Convention.PYTORCH_CUMULATIVE, 1e-7)),
                Arguments.of(SessionConfig.defaults().withPlacement(Placement.NONE).withActivation(Activation.RELU)
                                .withSeed(123456),
                        new Hyperparams(3.3e-3, 2, 1.0, Convention.PYTORCH, 2.5e-5)),
                Arguments.of(SessionConfig.defaults().withLayers(8).withHidden(64)
                                .withData(DataConfig.defaults().withInput(new InputTransform(10, -5))),
                        Hyperparams.defaults()));
    }

    @Test
    void aFileWithoutLayersOrInputTransformLoadsAsOneLayerWithPlainInputs() throws Exception {
        SessionConfig deep = SessionConfig.defaults().withLayers(3)
                .withData(DataConfig.defaults().withInput(new InputTransform(10, 5)));
        ObjectNode root = (ObjectNode) JSON.readTree(SettingsFile.toJson(deep, Hyperparams.defaults()));
        ((ObjectNode) root.get("network")).remove("layers");
        ((ObjectNode) root.get("data")).remove("input");
        SettingsFile.Settings old = SettingsFile.parse(JSON.writeValueAsString(root));
        assertThat(old.config()).isEqualTo(SessionConfig.defaults());
    }

    @Test
    void layersAndInputTransformOutOfRangeNameTheirPath() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(SettingsFile.toJson(SessionConfig.defaults(),
                Hyperparams.defaults()));
        ((ObjectNode) root.get("network")).put("layers", 9);
        assertThat(catchThrowableOfType(ScenarioException.class, () -> SettingsFile.parse(JSON.writeValueAsString(root)))
                .getMessage()).isEqualTo("network.layers: must be in 1..8, got 9");
        ((ObjectNode) root.get("network")).put("layers", 2);
        ((ObjectNode) root.at("/data/input")).put("scale", 0.5);
        assertThat(catchThrowableOfType(ScenarioException.class, () -> SettingsFile.parse(JSON.writeValueAsString(root)))
                .getMessage()).startsWith("data.input.scale: must be in [1.0, 20.0], got 0.5");
        ((ObjectNode) root.at("/data/input")).put("scale", 2).put("offset", 11);
        assertThat(catchThrowableOfType(ScenarioException.class, () -> SettingsFile.parse(JSON.writeValueAsString(root)))
                .getMessage()).startsWith("data.input.offset: must be in");
    }

    @ParameterizedTest
    @MethodSource("settings")
    void saveThenLoadGivesEqualSettings(SessionConfig config, Hyperparams hp) throws Exception {
        Path file = dir.resolve("experiment.json");
        SettingsFile.save(file, config, hp);
        SettingsFile.Settings loaded = SettingsFile.load(file);
        assertThat(loaded.config()).isEqualTo(config);
        assertThat(loaded.hyperparams()).isEqualTo(hp);
    }

    @Test
    void writesTheDocumentedLayoutWithIds() throws Exception {
        Path file = dir.resolve("s.json");
        SessionConfig c = SessionConfig.defaults().withData(DataConfig.defaults().withKind(DatasetKind.MOONS));
        SettingsFile.save(file, c, Hyperparams.defaults().withConvention(Convention.PYTORCH_CUMULATIVE));
        JsonNode root = JSON.readTree(file.toFile());
        assertThat(root.get("format").asText()).isEqualTo("bnlab-settings/1");
        assertThat(root.at("/network/activation").asText()).isEqualTo("sigmoid");
        assertThat(root.at("/network/placement").asText()).isEqualTo("before");
        assertThat(root.at("/data/kind").asText()).isEqualTo("moons");
        assertThat(root.at("/data/testShift/scale").asDouble()).isEqualTo(1.0);
        assertThat(root.at("/training/convention").asText()).isEqualTo("pytorch-cumulative");
        assertThat(root.at("/seeds/init").asLong()).isEqualTo(1L);
        assertThat(root.get("evalInterval").asInt()).isEqualTo(10);
    }

    @Test
    void aSessionFromLoadedSettingsTakesTheSameNextSnapshot() throws Exception {
        SessionConfig config = new SessionConfig(
                new DataConfig(DatasetKind.CIRCLES, 300, 100, 0.2, new TestShift(0.5, 0.5, 1.3), 7L),
                5, 1, Activation.TANH, Placement.AFTER, 11L, 13L, 4);
        Hyperparams hp = new Hyperparams(0.7, 16, 0.2, Convention.PYTORCH_CUMULATIVE, 1e-4);
        Path file = dir.resolve("run.json");
        SettingsFile.save(file, config, hp);
        SettingsFile.Settings loaded = SettingsFile.load(file);

        Snapshot original = afterSteps(new TrainingSession(config, hp), 9);
        Snapshot reloaded = afterSteps(new TrainingSession(loaded.config(), loaded.hyperparams()), 9);
        assertThat(reloaded).usingRecursiveComparison().isEqualTo(original);
        // the comparison sees the numbers: another init seed gives another snapshot
        Snapshot otherSeed = afterSteps(new TrainingSession(new SessionConfig(config.data(), 5, 1, Activation.TANH,
                Placement.AFTER, 12L, 13L, 4), hp), 9);
        assertThat(otherSeed.loss()).isNotEqualTo(original.loss());
    }

    private static Snapshot afterSteps(TrainingSession session, int steps) {
        for (int i = 0; i < steps; i++) {
            session.advance();
        }
        session.evaluate();
        return session.snapshot(true);
    }

    // ------------------------------------------------------------------ bad input

    private static ObjectNode valid() {
        return (ObjectNode) JSON.valueToTree(readTree(SettingsFile.toJson(SessionConfig.defaults(),
                Hyperparams.defaults())));
    }

    private static JsonNode readTree(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ScenarioException problemIn(String json) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> SettingsFile.parse(json));
        assertThat(e).as("a ScenarioException for " + json).isNotNull();
        return e;
    }

    private static ScenarioException problem(Consumer<ObjectNode> edit) {
        ObjectNode root = valid();
        edit.accept(root);
        return problemIn(root.toString());
    }

    private static ObjectNode obj(ObjectNode root, String name) {
        return (ObjectNode) root.get(name);
    }

    @Test
    void theValidDocumentItselfLoads() throws Exception {
        assertThat(SettingsFile.parse(valid().toString()).config()).isEqualTo(SessionConfig.defaults());
    }

    @Test
    void outOfRangeValuesUseTheRecordsRulesAtTheMembersPath() {
        assertThat(problem(r -> obj(r, "training").put("momentum", 1.5)).getMessage())
                .isEqualTo("training.momentum: must be in [0, 1], got 1.5");
        assertThat(problem(r -> obj(r, "training").put("learningRate", 0)).getMessage())
                .startsWith("training.learningRate: must be a finite number > 0");
        assertThat(problem(r -> obj(r, "training").put("batchSize", 1)).getMessage())
                .startsWith("training.batchSize: must be in 2..4096").endsWith("got 1");
        assertThat(problem(r -> obj(r, "training").put("eps", -1e-5)).path()).isEqualTo("training.eps");
        assertThat(problem(r -> obj(r, "network").put("hidden", 65)).getMessage())
                .isEqualTo("network.hidden: must be in 1..64, got 65");
        assertThat(problem(r -> r.put("evalInterval", 0)).path()).isEqualTo("evalInterval");
        assertThat(problem(r -> obj(r, "data").put("trainSize", 1)).getMessage())
                .isEqualTo("data.trainSize: must be in 2..65536, got 1");
        assertThat(problem(r -> obj(r, "data").put("testSize", 0)).path()).isEqualTo("data.testSize");
        assertThat(problem(r -> obj(r, "data").put("noise", -0.1)).getMessage())
                .isEqualTo("data.noise: must be a finite number ≥ 0, got -0.1");
        assertThat(problem(r -> obj(obj(r, "data"), "testShift").put("scale", 0)).path())
                .isEqualTo("data.testShift.scale");
    }

    @Test
    void unknownIdsListTheKnownOnes() {
        assertThat(problem(r -> obj(r, "network").put("activation", "swish")).getMessage())
                .isEqualTo("network.activation: unknown activation \"swish\" (expected sigmoid, tanh or relu)");
        assertThat(problem(r -> obj(r, "network").put("placement", "middle")).path()).isEqualTo("network.placement");
        assertThat(problem(r -> obj(r, "data").put("kind", "checkerboard")).path()).isEqualTo("data.kind");
        assertThat(problem(r -> obj(r, "training").put("convention", "jax")).getMessage())
                .isEqualTo("training.convention: unknown convention \"jax\" (expected keras, pytorch or "
                        + "pytorch-cumulative)");
        assertThat(problem(r -> r.put("format", "bnlab-settings/2")).path()).isEqualTo("format");
    }

    @Test
    void wrongTypesAndMissingMembersNameThePath() {
        assertThat(problem(r -> obj(r, "data").put("trainSize", "abc")).getMessage())
                .isEqualTo("data.trainSize: expected an integer, got \"abc\"");
        assertThat(problem(r -> obj(r, "data").put("trainSize", 2.5)).getMessage())
                .isEqualTo("data.trainSize: expected an integer, got 2.5");
        assertThat(problem(r -> obj(r, "seeds").put("init", "1")).path()).isEqualTo("seeds.init");
        assertThat(problem(r -> obj(r, "training").put("momentum", "0.9")).getMessage())
                .isEqualTo("training.momentum: expected a number, got a string");
        assertThat(problem(r -> obj(r, "network").remove("hidden")).getMessage())
                .isEqualTo("network.hidden: required member is missing");
        assertThat(problem(r -> obj(obj(r, "data"), "testShift").remove("dy")).path())
                .isEqualTo("data.testShift.dy");
        assertThat(problem(r -> r.remove("training")).path()).isEqualTo("training");
        assertThat(problem(r -> r.put("network", 3)).getMessage())
                .isEqualTo("network: expected an object, got a number");
    }

    @Test
    void brokenFilesSayWhy() throws Exception {
        assertThat(problemIn("{\"format\": \"bnlab-settings/1\",\n  \"network\": {\"hidden\": 3,,}}").getMessage())
                .contains("not valid JSON at line 2, column");
        assertThat(problemIn("   \n").getMessage()).isEqualTo("the file is empty (expected a JSON object)");
        ScenarioException missing = catchThrowableOfType(ScenarioException.class,
                () -> SettingsFile.load(dir.resolve("nope.json")));
        assertThat(missing.getMessage()).isEqualTo("cannot read file: no such file");
        Path empty = Files.createFile(dir.resolve("empty.json"));
        assertThat(catchThrowableOfType(ScenarioException.class, () -> SettingsFile.load(empty)).getMessage())
                .isEqualTo("the file is empty (expected a JSON object)");
    }

    // ------------------------------------------------------------------ atomic save

    private static final String OLD = "{\"old\": true}\n";

    private List<Path> entries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void aCrashBeforeTheMoveLeavesTheOldFileAndNoTempFile() throws Exception {
        Path file = Files.writeString(dir.resolve("keep.json"), OLD);
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> SettingsFile.save(file,
                SessionConfig.defaults(), Hyperparams.defaults(), (temp, target) -> {
                    assertThat(temp.getParent()).isEqualTo(target.getParent());
                    assertThat(Files.size(temp)).isPositive();
                    throw new IOException("simulated crash");
                }));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("cannot save keep.json:").contains("simulated crash");
        assertThat(Files.readString(file)).isEqualTo(OLD);
        assertThat(entries()).containsExactly(file);
    }

    @Test
    void savingOverADirectoryFailsAndLeavesNothingBehind() throws Exception {
        Path target = Files.createDirectory(dir.resolve("folder.json"));
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> SettingsFile.save(target, SessionConfig.defaults(), Hyperparams.defaults()));
        assertThat(e.getMessage()).contains("is a directory");
        assertThat(target).isEmptyDirectory();
        assertThat(entries()).containsExactly(target);
    }

    @Test
    void savingIntoADirectoryThatCannotBeWrittenFailsAndKeepsTheOldFile() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("locked"));
        Path file = Files.writeString(sub.resolve("keep.json"), OLD);
        // a plain file where the directory should be: no one, not even root, can create a file in it
        Path notADir = Files.writeString(dir.resolve("plain"), "x");
        assertThat(catchThrowableOfType(ScenarioException.class, () -> SettingsFile.save(notADir.resolve("s.json"),
                SessionConfig.defaults(), Hyperparams.defaults()))).isNotNull();
        sub.toFile().setWritable(false, false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(sub), "running as root: permissions ignored");
            ScenarioException e = catchThrowableOfType(ScenarioException.class,
                    () -> SettingsFile.save(file, SessionConfig.defaults(), Hyperparams.defaults()));
            assertThat(e.getMessage()).isEqualTo("cannot save keep.json: permission denied");
            assertThat(Files.readString(file)).isEqualTo(OLD);
            try (Stream<Path> s = Files.list(sub)) {
                assertThat(s.toList()).containsExactly(file);
            }
        } finally {
            sub.toFile().setWritable(true, false);
        }
    }

    @Test
    void aSuccessfulSaveReplacesTheOldFileAndLeavesNoTempFile() throws Exception {
        Path file = Files.writeString(dir.resolve("over.json"), OLD);
        SettingsFile.save(file, SessionConfig.defaults(), Hyperparams.defaults());
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).contains("bnlab-settings/1");
        assertThat(entries()).containsExactly(file);
    }
}
