package dev.bnlab.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bnlab.core.Walkthrough;
import dev.bnlab.core.WalkthroughStage;

/**
 * A {@link Walkthrough} as {@code stages.json} (format {@value #FORMAT}, docs/walkthrough.md): the step, layer
 * and neuron (1-based, as the app shows them), the settings the step uses, and every stage with every number
 * shown, columns in batch order. Numbers are written at full precision.
 */
public final class WalkthroughJson {

    public static final String FORMAT = "bnlab-walkthrough/1";

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private WalkthroughJson() {
    }

    public static String json(Walkthrough w) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("step", w.step());
        root.put("layer", w.layer() + 1);
        root.put("neuron", w.neuron() + 1);
        root.put("batchSize", w.batchSize());
        root.put("placement", w.placement().id());
        root.put("activation", w.activation().id());
        root.put("learningRate", w.hyperparams().learningRate());
        root.put("eps", w.hyperparams().eps());
        root.put("convention", w.hyperparams().convention().id());
        root.put("momentum", w.hyperparams().momentum());
        ArrayNode stages = root.putArray("stages");
        for (WalkthroughStage s : w.stages()) {
            ObjectNode st = stages.addObject();
            st.put("id", s.id());
            ObjectNode cols = st.putObject("columns");
            for (WalkthroughStage.Column c : s.columns()) {
                ArrayNode values = cols.putArray(c.name());
                for (int i = 0; i < c.values().size(); i++) {
                    values.add(c.values().get(i));
                }
            }
            ObjectNode scalars = st.putObject("scalars");
            for (WalkthroughStage.Scalar sc : s.scalars()) {
                scalars.put(sc.name(), sc.value());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of numbers and strings always serializes", e);
        }
    }
}
