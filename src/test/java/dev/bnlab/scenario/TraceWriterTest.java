package dev.bnlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Full-precision numbers, absent members, deterministic text, and refusal of NaN/Infinity. */
class TraceWriterTest {

    private static final double[] AWKWARD = {0.1 + 0.2, 1.0 / 3.0, -0.0, Double.MIN_VALUE, 1e-300,
        Double.MAX_VALUE, -123456.78901234567, Math.PI * 1e20};

    private static BnLayerTrace bnTrace(double[] values) {
        double[][] m = {values, values};
        return new BnLayerTrace(m, values, values, m, values, values,
                List.of(new RunningStats(values, values)));
    }

    @Test
    void everyDoubleRoundTripsExactly() throws Exception {
        JsonNode tree = GoldenFiles.MAPPER.readTree(new TraceWriter().write(bnTrace(AWKWARD)));
        for (String member : List.of("batch_mean", "dgamma")) {
            for (int i = 0; i < AWKWARD.length; i++) {
                assertThat(Double.doubleToRawLongBits(tree.get(member).get(i).doubleValue()))
                        .as("%s[%d]", member, i).isEqualTo(Double.doubleToRawLongBits(AWKWARD[i]));
            }
        }
        assertThat(tree.get("dx").get(1).get(0).doubleValue()).isEqualTo(0.1 + 0.2);
        assertThat(tree.get("running_updates").get(0).get("running_var").get(7).doubleValue())
                .isEqualTo(Math.PI * 1e20);
    }

    @Test
    void nanOrInfinityIsRefusedWithItsTracePath() {
        double[] bad = AWKWARD.clone();
        bad[5] = Double.POSITIVE_INFINITY;
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> new TraceWriter().write(bnTrace(bad)));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo("y[0][5]: is Infinity; a trace cannot contain NaN or Infinity");
    }

    @Test
    void replayingTheSameFileTwiceGivesTheSameText() throws Exception {
        Scenario s = new ScenarioReader().read(GoldenFiles.named("mlp_after_tanh_pytorch.json"));
        String first = new TraceWriter().write(new Replayer().replay(s));
        String second = new TraceWriter().write(new Replayer().replay(s));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void withoutBnTheBnMembersAreAbsent() throws Exception {
        double[][] w = {{1.0}};
        double[] v = {1.0};
        ParameterSet p = new ParameterSet(List.of(new ParameterSet.Layer(w, v, null, null)), w, v);
        StepTrace step = new StepTrace(0.5, null, p, p);
        MlpTrainingTrace t = new MlpTrainingTrace(false, List.of(step), p, null, new EvalTrace(v, null, null));
        JsonNode tree = GoldenFiles.MAPPER.readTree(new TraceWriter().write(t));
        assertThat(tree.get("steps").get(0).fieldNames()).toIterable().containsExactly("loss", "grads", "params_after");
        assertThat(tree.get("final").get("params").fieldNames()).toIterable().containsExactly("W1", "b1", "W2", "b2");
        assertThat(tree.get("final").has("running_mean")).isFalse();
        assertThat(tree.get("eval").fieldNames()).toIterable().containsExactly("output_prob");
    }
}
