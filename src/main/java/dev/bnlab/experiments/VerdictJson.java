package dev.bnlab.experiments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A {@link ClaimVerdict} as the {@code summary.json} of {@code experiment NAME --seeds K} (docs/experiments.md,
 * "Verdicts over seeds"): experiment, claim, rule, verdict, seeds, wins, the median and quartiles of each number
 * the verdict uses, and each seed's numbers. +∞ ("never", or a run that diverged) is written as the string
 * "Infinity", NaN as "NaN".
 */
public final class VerdictJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private VerdictJson() {
    }

    /** The summary as indented JSON text ending in a newline. */
    public static String summary(Experiment experiment, ExperimentSettings settings, ClaimVerdict v) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("experiment", v.experimentId());
        root.put("claim", experiment.claimText());
        root.put("rule", experiment.claim().map(c -> dev.bnlab.i18n.Messages.get(c.rule())).orElse(""));
        root.put("verdict", v.verdict().id());
        root.put("seeds", v.seeds());
        root.put("wins", v.wins());
        root.put("firstSeed", settings.seed());
        root.put("steps", settings.steps());
        ObjectNode metrics = root.putObject("metrics");
        for (Map.Entry<String, Quartiles> e : v.metrics().entrySet()) {
            ObjectNode m = metrics.putObject(e.getKey());
            m.put("median", e.getValue().median());
            m.put("q1", e.getValue().q1());
            m.put("q3", e.getValue().q3());
        }
        ArrayNode perSeed = root.putArray("perSeed");
        for (Claim.SeedOutcome o : v.outcomes()) {
            ObjectNode s = perSeed.addObject();
            s.put("seed", o.seed());
            s.put("holds", o.holds());
            ObjectNode m = s.putObject("metrics");
            o.metrics().forEach(m::put);
        }
        return text(root);
    }

    /** The stored verdicts of the catalog (docs/experiments.md): id → {verdict, seeds, wins, medians}. */
    static String catalog(Map<String, ClaimVerdict> verdicts) {
        ObjectNode root = MAPPER.createObjectNode();
        for (Map.Entry<String, ClaimVerdict> e : verdicts.entrySet()) {
            ClaimVerdict v = e.getValue();
            ObjectNode n = root.putObject(e.getKey());
            n.put("verdict", v.verdict().id());
            n.put("seeds", v.seeds());
            n.put("wins", v.wins());
            ObjectNode medians = n.putObject("medians");
            v.metrics().forEach((name, q) -> medians.put(name, q.median()));
        }
        return text(root);
    }

    /** Reads what {@link #catalog} wrote. */
    static Map<String, StoredVerdict> readCatalog(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            Map<String, StoredVerdict> out = new java.util.LinkedHashMap<>();
            root.fields().forEachRemaining(e -> {
                JsonNode n = e.getValue();
                Map<String, Double> medians = new java.util.LinkedHashMap<>();
                n.get("medians").fields().forEachRemaining(m -> medians.put(m.getKey(), number(m.getValue())));
                out.put(e.getKey(), new StoredVerdict(Verdict.fromId(n.get("verdict").asText()), n.get("seeds").asInt(),
                        n.get("wins").asInt(), medians));
            });
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored verdicts are not valid JSON", e);
        }
    }

    private static double number(JsonNode n) {
        return n.isTextual() ? Double.parseDouble(n.asText()) : n.asDouble();
    }

    private static String text(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of numbers and strings always serializes", e);
        }
    }
}
