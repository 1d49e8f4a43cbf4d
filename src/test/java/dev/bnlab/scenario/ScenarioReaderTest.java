package dev.bnlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bnlab.core.Activation;
import dev.bnlab.core.Convention;
import dev.bnlab.core.Placement;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Reading valid files into records, and the first problem of a bad file reported with its JSON path. */
class ScenarioReaderTest {

    private static final String KERAS = "mlp_before_sigmoid_keras.json";

    private final ScenarioReader reader = new ScenarioReader();

    private static ObjectNode golden(String name) {
        return (ObjectNode) GoldenFiles.read(GoldenFiles.named(name));
    }

    /** The message for a copy of {@code name} changed by {@code edit}. */
    private String problem(String name, Consumer<ObjectNode> edit) {
        ObjectNode file = golden(name);
        edit.accept((ObjectNode) file.get("input"));
        return problemIn(file.toString());
    }

    private String problemIn(String json) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> reader.readString(json));
        assertThat(e).as("a ScenarioException for the edited file").isNotNull();
        return e.getMessage();
    }

    private static ArrayNode array(ObjectNode input, String... path) {
        com.fasterxml.jackson.databind.JsonNode n = input;
        for (String p : path) {
            n = p.matches("\\d+") ? n.get(Integer.parseInt(p)) : n.get(p);
        }
        return (ArrayNode) n;
    }

    @Test
    void readsAnMlpTrainingCase() throws Exception {
        MlpTrainingCase c = (MlpTrainingCase) reader.read(GoldenFiles.named("mlp_after_tanh_pytorch.json"));
        assertThat(c.network().inputs()).isEqualTo(2);
        assertThat(c.network().hidden()).containsExactly(3);
        assertThat(c.network().activation()).isEqualTo(Activation.TANH);
        assertThat(c.network().placement()).isEqualTo(Placement.AFTER);
        assertThat(c.bn().rule().convention()).isEqualTo(Convention.PYTORCH);
        assertThat(c.bn().rule().momentum()).isEqualTo(0.1);
        assertThat(c.bn().eps()).isEqualTo(1e-5);
        assertThat(c.lr()).isEqualTo(0.3);
        assertThat(c.batches()).extracting(TrainingBatch::size).containsExactly(10, 10, 6, 10, 10, 6);
        assertThat(c.init().layers().get(0).w()).hasDimensions(3, 2);
        assertThat(c.evalX()).isNotNull();
    }

    @Test
    void readsABnLayerCase() throws Exception {
        BnLayerCase c = (BnLayerCase) reader.read(GoldenFiles.named("bn_layer_basic.json"));
        assertThat(c.x()).hasDimensions(8, 3);
        assertThat(c.dy()).hasDimensions(8, 3);
        assertThat(c.runningUpdates()).hasSize(7);
        assertThat(c.runningUpdates().get(0).convention()).isEqualTo(Convention.KERAS);
    }

    @Test
    void placementNoneHasNoBnSpecAndIgnoresABnMember() throws Exception {
        ObjectNode file = golden("mlp_none_relu.json");
        ((ObjectNode) file.get("input")).putObject("bn").put("convention", "nonsense");
        MlpTrainingCase c = (MlpTrainingCase) reader.readString(file.toString());
        assertThat(c.hasBatchNorm()).isFalse();
        assertThat(c.init().layers().get(0).gamma()).isNull();
    }

    @Test
    void pytorchMomentumNullIsTheCumulativeAverage() throws Exception {
        ObjectNode file = golden("mlp_after_tanh_pytorch.json");
        ((ObjectNode) file.get("input").get("bn")).putNull("momentum");
        MlpTrainingCase c = (MlpTrainingCase) reader.readString(file.toString());
        assertThat(c.bn().rule().convention()).isEqualTo(Convention.PYTORCH_CUMULATIVE);
    }

    @Test
    void kerasMomentumNullIsRefused() {
        assertThat(problem(KERAS, in -> ((ObjectNode) in.get("bn")).putNull("momentum")))
                .startsWith("input.bn.momentum: expected a number in [0, 1], got null");
    }

    @Test
    void wrongMatrixShape() {
        assertThat(problem(KERAS, in -> {
            ArrayNode w1 = array(in, "init", "W1");
            w1.remove(2);
            w1.remove(1);
        })).isEqualTo("input.init.W1: expected 3 rows of 2 numbers, got 1 row");
    }

    @Test
    void raggedBatchRow() {
        assertThat(problem(KERAS, in -> array(in, "batches", "1", "x", "3").add(0.5)))
                .isEqualTo("input.batches[1].x[3]: expected 2 numbers, got 3");
    }

    @Test
    void wrongInputSizeShowsInTheFirstMatrix() {
        assertThat(problem(KERAS,
                in -> ((ObjectNode) in.get("network")).put("inputs", 3)))
                .isEqualTo("input.init.W1[0]: expected 3 numbers, got 2");
    }

    @Test
    void labelOutsideZeroOne() {
        assertThat(problem(KERAS, in -> array(in, "batches", "2", "y").set(4, 2)))
                .isEqualTo("input.batches[2].y[4]: label must be 0 or 1, got 2");
    }

    @Test
    void batchOfOneRow() {
        assertThat(problem(KERAS, in -> {
            ArrayNode x = array(in, "batches", "0", "x");
            while (x.size() > 1) {
                x.remove(1);
            }
        })).isEqualTo("input.batches[0].x: a batch needs 2..4096 rows, got 1");
    }

    @Test
    void momentumOutsideUnitInterval() {
        assertThat(problem(KERAS, in -> ((ObjectNode) in.get("bn")).put("momentum", 1.5)))
                .isEqualTo("input.bn.momentum: must be in [0, 1], got 1.5");
    }

    @Test
    void epsNotPositive() {
        assertThat(problem(KERAS, in -> ((ObjectNode) in.get("bn")).put("eps", 0)))
                .isEqualTo("input.bn.eps: must be > 0, got 0");
    }

    @Test
    void unknownNames() {
        assertThat(problem(KERAS,
                in -> ((ObjectNode) in.get("network")).put("activation", "swish")))
                .isEqualTo("input.network.activation: unknown activation \"swish\" (expected sigmoid, tanh or relu)");
        assertThat(problem(KERAS,
                in -> ((ObjectNode) in.get("network")).put("bn_placement", "between")))
                .isEqualTo("input.network.bn_placement: unknown placement \"between\" "
                        + "(expected before, after or none)");
        assertThat(problem(KERAS,
                in -> ((ObjectNode) in.get("bn")).put("convention", "tf")))
                .isEqualTo("input.bn.convention: unknown convention \"tf\" (expected keras or pytorch)");
        ObjectNode file = golden(KERAS);
        file.put("kind", "mlp_eval");
        assertThat(problemIn(file.toString()))
                .isEqualTo("kind: unknown kind \"mlp_eval\" (expected bn_layer, mlp_training or deep_mlp_training)");
    }

    @Test
    void wrongJsonTypeWhereANumberBelongs() {
        assertThat(problem(KERAS, in -> in.put("lr", "0.5")))
                .isEqualTo("input.lr: expected a number, got a string");
        assertThat(problem(KERAS, in -> in.putNull("lr")))
                .isEqualTo("input.lr: expected a number, got null");
        assertThat(problem(KERAS, in -> array(in, "init", "b2").set(0, true)))
                .isEqualTo("input.init.b2[0]: expected a number, got a boolean");
    }

    @Test
    void nanInfinityAndOverflowingLiterals() {
        String text = golden(KERAS).toString();
        assertThat(problemIn(text.replace("\"lr\":0.5", "\"lr\":NaN")))
                .isEqualTo("input.lr: expected a finite number, got NaN (NaN and Infinity are not allowed)");
        assertThat(problemIn(text.replace("\"lr\":0.5", "\"lr\":-Infinity")))
                .startsWith("input.lr: expected a finite number, got -Infinity");
        assertThat(problemIn(text.replace("\"eps\":0.001", "\"eps\":1e400")))
                .startsWith("input.bn.eps: number 1E+400 is out of the double range");
    }

    @Test
    void networkSizes() {
        assertThat(problem(KERAS, in -> ((ObjectNode) in.get("network")).put("hidden", 2.5)))
                .isEqualTo("input.network.hidden: expected an integer, got 2.5");
        assertThat(problem(KERAS, in -> ((ObjectNode) in.get("network")).put("hidden", 65)))
                .isEqualTo("input.network.hidden: must be in 1..64, got 65");
        assertThat(problem(KERAS, in -> ((ObjectNode) in.get("network")).put("hidden", 0)))
                .isEqualTo("input.network.hidden: must be in 1..64, got 0");
        assertThat(problem(KERAS, in -> ((ObjectNode) in.get("network")).put("inputs", "2")))
                .isEqualTo("input.network.inputs: expected a number, got a string");
    }

    @Test
    void missingMember() {
        assertThat(problem(KERAS, in -> ((ObjectNode) in.get("init")).remove("b1")))
                .isEqualTo("input.init.b1: required member is missing");
        assertThat(problem(KERAS, in -> in.remove("bn")))
                .isEqualTo("input.bn: required member is missing");
    }

    @Test
    void notJsonSaysWhere() {
        String msg = problemIn("{\n  \"kind\": \"mlp_training\",\n  \"input\": {\"lr\": 0.5,, }\n}");
        assertThat(msg).isEqualTo("input.lr: not valid JSON at line 3, column 23: "
                + "Unexpected character (',' (code 44)): "
                + "was expecting double-quote to start field name");
        assertThat(problemIn("{\"kind\": \"bn_layer\", \"input\": {\"x\": [[1, 2], [3, x]]}}"))
                .startsWith("input.x[1][1]: not valid JSON at line 1, column ")
                .endsWith(": Unrecognized token 'x': was expecting a JSON value");
        assertThat(problemIn("{\"kind\": \"bn_layer\", \"input\": {\"x\": [[1, 2]")).contains("at line 1")
                .contains("unexpected end of file");
        assertThat(problemIn("   \n")).isEqualTo("the file is empty (expected a JSON object)");
        assertThat(problemIn("{\"kind\": \"bn_layer\", \"kind\": \"x\"}")).contains("Duplicate field 'kind'");
        assertThat(problemIn("[1, 2]")).isEqualTo("expected an object, got an array");
    }

    @Test
    void bnLayerShapes() {
        assertThat(problem("bn_layer_basic.json", in -> array(in, "dy").remove(0)))
                .isEqualTo("input.dy: expected 8 rows of 3 numbers, got 7 rows");
        assertThat(problem("bn_layer_basic.json",
                in -> ((ObjectNode) in.get("running_updates").get(2)).put("momentum", -0.1)))
                .isEqualTo("input.running_updates[2].momentum: must be in [0, 1], got -0.1");
        assertThat(problem("bn_layer_basic.json", in -> array(in, "running_var_init").set(1, -1.0)))
                .isEqualTo("input.running_var_init[1]: a variance must be >= 0, got -1");
        assertThat(problem("bn_layer_basic.json", in -> array(in, "x", "5").remove(2)))
                .isEqualTo("input.x[5]: expected 3 numbers, got 2");
    }
}
