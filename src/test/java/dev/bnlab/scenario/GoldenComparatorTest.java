package dev.bnlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The comparator must pass an identical trace and fail each kind of mismatch docs/golden-schema.md §6 lists. */
class GoldenComparatorTest {

    private final GoldenComparator comparator = new GoldenComparator(1e-9, 1e-7);
    private JsonNode expected;
    private ObjectNode trace;

    @BeforeEach
    void loadARealExpected() {
        expected = GoldenFiles.read(GoldenFiles.named("mlp_before_sigmoid_keras.json")).get("expected");
        trace = expected.deepCopy();
    }

    private ArrayNode w1Row0OfStep3() {
        return (ArrayNode) trace.get("steps").get(3).get("grads").get("W1").get(0);
    }

    @Test
    void identicalTracePassesWithZeroDifference() {
        GoldenComparator.Result r = comparator.compare(expected, trace);
        assertThat(r.passed()).isTrue();
        assertThat(r.maxAbsDiff()).isZero();
        assertThat(r.numbersCompared()).isGreaterThan(200);
    }

    @Test
    void failsOnANumberPerturbedBeyondTheTolerance() {
        double v = w1Row0OfStep3().get(1).doubleValue();
        double allowed = 1e-9 + 1e-7 * Math.abs(v);
        w1Row0OfStep3().set(1, v + 2 * allowed);

        GoldenComparator.Result r = comparator.compare(expected, trace);

        assertThat(r.passed()).isFalse();
        assertThat(r.failures()).hasSize(1);
        assertThat(r.failures().get(0)).startsWith("steps[3].grads.W1[0][1]:");
        assertThat(r.worstPath()).isEqualTo("steps[3].grads.W1[0][1]");
        assertThat(r.maxAbsDiff()).isCloseTo(2 * allowed, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void passesANumberPerturbedWithinTheToleranceAndReportsTheDifference() {
        double v = w1Row0OfStep3().get(1).doubleValue();
        w1Row0OfStep3().set(1, v + 0.5e-9);

        GoldenComparator.Result r = comparator.compare(expected, trace);

        assertThat(r.passed()).isTrue();
        assertThat(r.worstPath()).isEqualTo("steps[3].grads.W1[0][1]");
        assertThat(r.maxAbsDiff()).isGreaterThan(0.4e-9).isLessThan(0.6e-9);
    }

    @Test
    void failsOnAMissingMember() {
        ((ObjectNode) trace.get("final")).remove("running_var");
        GoldenComparator.Result r = comparator.compare(expected, trace);
        assertThat(r.passed()).isFalse();
        assertThat(r.failures()).containsExactly("final.running_var: missing member");
    }

    @Test
    void failsOnAMissingArrayElement() {
        ((ArrayNode) trace.get("eval").get("output_prob")).remove(4);
        GoldenComparator.Result r = comparator.compare(expected, trace);
        assertThat(r.passed()).isFalse();
        assertThat(r.failures()).anyMatch(f -> f.startsWith("eval.output_prob[") && f.contains("missing element"));
    }

    @Test
    void failsOnAnArrayLongerThanExpected() {
        ((ArrayNode) trace.get("steps").get(0).get("batch_mean")).add(0.0);
        GoldenComparator.Result r = comparator.compare(expected, trace);
        assertThat(r.passed()).isFalse();
        assertThat(r.failures()).containsExactly("steps[0].batch_mean: 1 extra element(s), expected 3");
    }

    @Test
    void failsOnNaNNullAndNonNumbers() {
        w1Row0OfStep3().set(0, Double.NaN);
        ((ObjectNode) trace.get("steps").get(1)).putNull("loss");
        ((ObjectNode) trace.get("steps").get(2)).put("loss", "0.5");
        ((ArrayNode) trace.get("final").get("params").get("b2")).set(0, Double.POSITIVE_INFINITY);

        GoldenComparator.Result r = comparator.compare(expected, trace);

        assertThat(r.failures()).hasSize(4);
        assertThat(r.failures()).anyMatch(f -> f.startsWith("steps[3].grads.W1[0][0]: got NaN"));
        assertThat(r.failures()).anyMatch(f -> f.startsWith("steps[1].loss: expected a number, got null"));
        assertThat(r.failures()).anyMatch(f -> f.startsWith("steps[2].loss: expected a number, got a string"));
        assertThat(r.failures()).anyMatch(f -> f.startsWith("final.params.b2[0]: got Infinity"));
    }

    @Test
    void failsWhenAnArrayIsReplacedByANumber() {
        ((ObjectNode) trace.get("steps").get(0)).put("pre_bn", 1.0);
        GoldenComparator.Result r = comparator.compare(expected, trace);
        assertThat(r.failures()).containsExactly("steps[0].pre_bn: expected an array, got 1.0");
    }

    @Test
    void ignoresMembersTheExpectedLacksAndMemberOrder() {
        trace.put("extra", 42);
        ((ObjectNode) trace.get("steps").get(0)).put("accuracy", 0.5);
        ObjectNode reordered = GoldenFiles.MAPPER.createObjectNode();
        reordered.set("eval", trace.get("eval"));
        reordered.set("final", trace.get("final"));
        reordered.set("steps", trace.get("steps"));
        assertThat(comparator.compare(expected, reordered).passed()).isTrue();
    }
}
