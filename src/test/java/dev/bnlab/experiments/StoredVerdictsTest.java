package dev.bnlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The verdicts the app shows ({@link StoredVerdicts}, measured on seeds 1–10 at each experiment's default settings)
 * are measured again here and must come out the same: the same verdict and number of wins, and the same medians
 * (to 1e-9 relative). So a changed experiment, core or claim cannot leave a stale verdict behind. To record new
 * verdicts after an intended change, run {@link #main} with the resource's path and read the diff.
 */
class StoredVerdictsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyClaimOfTheCatalogHasAStoredVerdictMeasuredAgainHere() throws IOException {
        JsonNode stored;
        try (InputStream in = getClass().getResourceAsStream(StoredVerdicts.RESOURCE)) {
            assertThat(in).as("resource %s", StoredVerdicts.RESOURCE).isNotNull();
            stored = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        JsonNode measured = JSON.readTree(StoredVerdicts.measureAll());
        List<String> claims = ExperimentCatalog.all().stream().filter(e -> e.claim().isPresent())
                .map(Experiment::id).toList();
        assertThat(iterable(measured.fieldNames())).containsExactlyElementsOf(claims);
        assertThat(iterable(stored.fieldNames())).containsExactlyElementsOf(claims);
        List<String> differences = new ArrayList<>();
        for (String id : claims) {
            JsonNode s = stored.get(id);
            JsonNode m = measured.get(id);
            for (String field : List.of("verdict", "seeds", "wins")) {
                if (!s.get(field).equals(m.get(field))) {
                    differences.add(id + "." + field + ": stored " + s.get(field) + ", measured " + m.get(field));
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = m.get("medians").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                double got = number(e.getValue());
                JsonNode exp = s.get("medians").get(e.getKey());
                if (exp == null || !close(number(exp), got)) {
                    differences.add(id + ".medians." + e.getKey() + ": stored " + exp + ", measured " + got);
                }
            }
        }
        assertThat(differences).as("stored verdicts that no longer match a fresh measurement").isEmpty();
    }

    @Test
    void theStoredVerdictsAreWhatTheAppReads() {
        StoredVerdict v = StoredVerdicts.of("bn-vs-nobn").orElseThrow();
        assertThat(v.seeds()).isEqualTo(StoredVerdicts.SEEDS);
        assertThat(v.verdict()).isEqualTo(Verdict.of(v.wins(), v.seeds()));
        assertThat(v.medians()).containsKey("test_loss_bn");
        assertThat(StoredVerdicts.of("no-such-experiment")).isEmpty();
    }

    private static boolean close(double a, double b) {
        return a == b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }

    private static double number(JsonNode n) {
        return n.isTextual() ? Double.parseDouble(n.asText()) : n.asDouble();
    }

    private static <T> List<T> iterable(Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    /** Writes freshly measured verdicts to the given path (the resource, when recording on purpose). */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), StoredVerdicts.measureAll(), StandardCharsets.UTF_8);
    }
}
