package dev.bnlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bnlab.core.Activation;
import dev.bnlab.core.Convention;
import dev.bnlab.core.DataConfig;
import dev.bnlab.core.DatasetKind;
import dev.bnlab.core.LayerParameters;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Parameters;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.SessionState;
import dev.bnlab.core.TestShift;
import dev.bnlab.core.TrainingSession;
import dev.bnlab.core.Vec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Experiment files: settings + trained state round trip exactly; bad state members are named by their path. */
class ExperimentFileTest {

    private static final JsonMapper JSON = JsonMapper.builder().disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS).build();

    @TempDir
    Path dir;

    private static final SessionConfig CONFIG = SessionConfig.defaults().withEvalInterval(7);
    private static final Hyperparams HP = new Hyperparams(0.7, 24, 0.8, Convention.PYTORCH, 1e-4);

    private static TrainingSession trained(SessionConfig cfg, Hyperparams hp, int steps) {
        TrainingSession s = new TrainingSession(cfg, hp);
        for (int i = 0; i < steps; i++) {
            s.advance();
        }
        return s;
    }

    static Stream<Arguments> sessions() {
        DataConfig small = new DataConfig(DatasetKind.CIRCLES, 90, 30, 0.2, new TestShift(0.5, -0.25, 1.5), 8L);
        return Stream.of(
                Arguments.of(CONFIG, HP, 23),
                Arguments.of(SessionConfig.defaults().withData(small).withPlacement(Placement.NONE).withHidden(6)
                        .withActivation(Activation.RELU), Hyperparams.defaults().withBatchSize(8), 50),
                Arguments.of(SessionConfig.defaults().withPlacement(Placement.AFTER),
                        Hyperparams.defaults().withConvention(Convention.PYTORCH_CUMULATIVE), 12));
    }

    @ParameterizedTest
    @MethodSource("sessions")
    void aSavedStateLoadsBackEqualAndTheNextStepIsTheSame(SessionConfig cfg, Hyperparams hp, int k) throws Exception {
        TrainingSession original = trained(cfg, hp, k);
        Path file = dir.resolve("trained.json");
        ExperimentFile.save(file, cfg, hp, original.captureState());

        ExperimentFile.Experiment loaded = ExperimentFile.load(file);
        assertThat(loaded.config()).isEqualTo(cfg);
        assertThat(loaded.hyperparams()).isEqualTo(hp);
        assertThat(loaded.state()).isEqualTo(original.captureState());
        assertThat(Files.readString(file)).contains("\"format\" : \"bnlab-experiment/1\"");

        TrainingSession restored = new TrainingSession(loaded.config(), loaded.hyperparams());
        restored.restoreState(loaded.state());
        original.advance();
        restored.advance();
        assertThat(restored.snapshot(true)).isEqualTo(original.snapshot(true));
    }

    @Test
    void everyFiniteDoubleReadsBackToTheSameBits() throws Exception {
        SessionState base = trained(CONFIG, HP, 3).captureState();
        Random rnd = new Random(7);
        for (int round = 0; round < 200; round++) {
            double[] w1 = new double[6];
            for (int i = 0; i < w1.length; i++) {
                double v;
                do {
                    v = Double.longBitsToDouble(rnd.nextLong());
                } while (!Double.isFinite(v));
                w1[i] = v;
            }
            // edge values: subnormal, the largest double, negative zero, a value whose shortest form has 17 digits
            double[] b1 = {Double.MIN_VALUE, -Double.MAX_VALUE, -0.0};
            double[] gamma = {0.1 + 0.2, 2e23, 5e-324 * 3};
            Parameters p = new Parameters(2, List.of(new LayerParameters(2, 3, Vec.copyOf(w1), Vec.copyOf(b1),
                    Vec.copyOf(gamma), base.parameters().first().beta())), base.parameters().outW(), Math.nextUp(1.0));
            SessionState s = new SessionState(base.step(), base.runningUpdates(), p, base.runningMean(),
                    base.runningVar(), base.sampler(), null, base.stepHistory(), base.evalHistory());
            SessionState back = ExperimentFile.parse(ExperimentFile.toJson(CONFIG, HP, s)).state();
            for (int i = 0; i < w1.length; i++) {
                assertThat(Double.doubleToRawLongBits(back.parameters().first().w().get(i)))
                        .as("w1[%d] = %s", i, w1[i]).isEqualTo(Double.doubleToRawLongBits(w1[i]));
            }
            assertThat(back).isEqualTo(s);
        }
    }

    @Test
    void aFullHistoryOfAWideNetworkSavesAndLoads() throws Exception {
        // 20 000 rows × 116 doubles: more Base64 than the JSON reader accepts in one string (20 M characters)
        SessionConfig wide = SessionConfig.defaults().withHidden(16).withEvalInterval(500);
        Hyperparams hp = Hyperparams.defaults().withBatchSize(2);
        TrainingSession s = trained(wide, hp, TrainingSession.HISTORY_CAPACITY + 3);
        Path file = dir.resolve("long.json");
        ExperimentFile.save(file, wide, hp, s.captureState());
        long t0 = System.nanoTime();
        ExperimentFile.Experiment loaded = ExperimentFile.load(file);
        System.out.printf("experiment file of %d steps, h = 16: %.1f MB, loaded in %d ms%n", s.stepCount(),
                Files.size(file) / 1e6, (System.nanoTime() - t0) / 1_000_000);
        assertThat(loaded.state()).isEqualTo(s.captureState());
    }

    @Test
    void aCrashBeforeTheMoveLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("experiment.json");
        ExperimentFile.save(file, CONFIG, HP, null);
        String old = Files.readString(file);
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ExperimentFile.save(file, CONFIG,
                HP, trained(CONFIG, HP, 5).captureState(), (temp, target) -> {
                    throw new java.io.IOException("simulated crash");
                }));
        assertThat(e.getMessage()).contains("cannot save experiment.json").contains("simulated crash");
        assertThat(Files.readString(file)).isEqualTo(old);
        assertThat(dir.toFile().list()).containsExactly("experiment.json");
    }

    @Test
    void withoutAStateTheFileIsAPlainSettingsFile() throws Exception {
        Path file = dir.resolve("settings.json");
        ExperimentFile.save(file, CONFIG, HP, null);
        assertThat(SettingsFile.load(file).config()).isEqualTo(CONFIG);
        ExperimentFile.Experiment loaded = ExperimentFile.load(file);
        assertThat(loaded.hasState()).isFalse();
        assertThat(loaded.hyperparams()).isEqualTo(HP);
    }

    @Test
    void aDivergedStateWithNaNWeightsIsNotSavedAndNoFileIsLeft() {
        TrainingSession s = trained(CONFIG, HP, 2);
        SessionState st = s.captureState();
        double[] w2 = st.parameters().outW().toArray();
        w2[1] = Double.NaN;
        Parameters p = st.parameters();
        SessionState bad = new SessionState(st.step(), st.runningUpdates(), new Parameters(2, p.layers(), Vec.copyOf(w2),
                p.outB()), st.runningMean(), st.runningVar(), st.sampler(),
                null, st.stepHistory(), st.evalHistory());
        Path file = dir.resolve("diverged.json");
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ExperimentFile.save(file, CONFIG, HP, bad));
        assertThat(e.getMessage()).contains("state.parameters.output.w[1] is NaN");
        assertThat(file).doesNotExist();
        assertThat(dir.toFile().list()).isEmpty();
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("a 4-row w1 for h = 3", edit(st -> ((ArrayNode) layer0(st).get("w"))
                        .addArray().add(1.0).add(2.0)), "state.parameters.layers[0].w", "expected 3 rows of 2 numbers, got 4"),
                Arguments.of("NaN in gamma", edit(st -> ((ArrayNode) layer0(st).get("gamma"))
                        .set(1, Double.NaN)), "state.parameters.layers[0].gamma[1]", "NaN"),
                Arguments.of("infinite running mean", edit(st -> ((ArrayNode) st.with("running").get("mean"))
                        .set(0, Double.POSITIVE_INFINITY)), "state.running.mean[0]", "finite"),
                Arguments.of("negative running variance", edit(st -> ((ArrayNode) st.with("running").get("var"))
                        .set(2, -0.5)), "state.running.var[2]", "≥ 0"),
                Arguments.of("missing runningUpdates", edit(st -> st.remove("runningUpdates")),
                        "state.runningUpdates", "missing"),
                Arguments.of("negative step", edit(st -> st.put("step", -1)), "state.step", "must be in 0.."),
                Arguments.of("step count disagreeing with the history", edit(st -> st.put("step", 12)),
                        "state.stepHistory.count", "12 steps"),
                Arguments.of("a repeated sampler index", edit(st -> ((ArrayNode) st.with("sampler").get("order"))
                        .set(5, st.with("sampler").get("order").get(4).intValue())),
                        "state.sampler.order[5]", "appears twice"),
                Arguments.of("a short sampler order", edit(st -> ((ArrayNode) st.with("sampler").get("order"))
                        .remove(0)), "state.sampler.order", "2048 indices"),
                Arguments.of("a truncated history row", edit(st -> {
                    ArrayNode rows = (ArrayNode) st.with("stepHistory").get("float64");
                    rows.set(3, rows.get(3).textValue().substring(8));
                }), "state.stepHistory.float64[3]", "expected 200 bytes (25 doubles)"),
                Arguments.of("a missing history row", edit(st -> ((ArrayNode) st.with("stepHistory").get("float64"))
                        .remove(0)), "state.stepHistory.float64", "expected 9 rows"),
                Arguments.of("not Base64", edit(st -> ((ArrayNode) st.with("evalHistory").get("float64")).set(0, "%%%")),
                        "state.evalHistory.float64[0]", "Base64"),
                Arguments.of("a last row of another step", edit(st -> {
                    ArrayNode rows = (ArrayNode) st.with("stepHistory").get("float64");
                    rows.set(8, rows.get(7).textValue());
                }), "state.stepHistory.float64[8]", "the last row is step 8, expected 9"),
                Arguments.of("eval columns of another h", edit(st -> st.with("evalHistory").put("columns", 7)),
                        "state.evalHistory.columns", "expected 9 columns"),
                Arguments.of("no state in an experiment file", edit(st -> st.removeAll()), "state.step", "missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aMalformedStateNamesItsPath(String what, Consumer<ObjectNode> change, String path, String message)
            throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(ExperimentFile.toJson(CONFIG, HP, trained(CONFIG, HP, 9)
                .captureState()));
        change.accept(root);
        Path file = dir.resolve("bad.json");
        Files.writeString(file, JSON.writeValueAsString(root), StandardCharsets.UTF_8);
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ExperimentFile.load(file));
        assertThat(e).as(what).isNotNull();
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.problem()).contains(message);
        assertThat(e.getMessage()).doesNotContain("\n");
    }

    @Test
    void aStateInTheOneLayerFormatOfEarlierVersionsLoadsTheSame() throws Exception {
        SessionState state = trained(CONFIG, HP, 5).captureState();
        ObjectNode root = (ObjectNode) JSON.readTree(ExperimentFile.toJson(CONFIG, HP, state));
        ObjectNode params = root.with("state").with("parameters");
        ObjectNode layer = layer0(root.with("state"));
        ObjectNode output = (ObjectNode) params.get("output");
        params.set("w1", layer.get("w"));
        params.set("b1", layer.get("b"));
        params.set("gamma", layer.get("gamma"));
        params.set("beta", layer.get("beta"));
        params.set("w2", output.get("w"));
        params.set("b2", output.get("b"));
        params.remove("layers");
        params.remove("output");
        ((ObjectNode) root.get("network")).remove("layers");
        assertThat(ExperimentFile.parse(JSON.writeValueAsString(root)).state()).isEqualTo(state);
    }

    @Test
    void aDeepStateRoundTrips() throws Exception {
        SessionConfig deep = CONFIG.withLayers(3).withHidden(4);
        SessionState state = trained(deep, HP, 6).captureState();
        ExperimentFile.Experiment back = ExperimentFile.parse(ExperimentFile.toJson(deep, HP, state));
        assertThat(back.config()).isEqualTo(deep);
        assertThat(back.state()).isEqualTo(state);
        assertThat(back.state().parameters().depth()).isEqualTo(3);
    }

    /** The first hidden layer's object in a state tree. */
    static ObjectNode layer0(ObjectNode state) {
        return (ObjectNode) state.with("parameters").get("layers").get(0);
    }

    @Test
    void settingsOfAnotherHiddenSizeDoNotFitTheState() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(ExperimentFile.toJson(CONFIG, HP, trained(CONFIG, HP, 4)
                .captureState()));
        root.with("network").put("hidden", 4);
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ExperimentFile.parse(JSON.writeValueAsString(root)));
        assertThat(e.getMessage()).isEqualTo("state.parameters.layers[0].w: expected 4 rows of 2 numbers, got 3 rows");
    }

    @Test
    void anUnknownFormatIsNamed() {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ExperimentFile.parse("{\"format\": \"bnlab-experiment/9\"}"));
        assertThat(e.getMessage()).isEqualTo(
                "format: unsupported format \"bnlab-experiment/9\" (expected bnlab-settings/1 or bnlab-experiment/1)");
    }

    private static Consumer<ObjectNode> edit(Consumer<ObjectNode> onState) {
        return root -> onState.accept(root.with("state"));
    }
}
