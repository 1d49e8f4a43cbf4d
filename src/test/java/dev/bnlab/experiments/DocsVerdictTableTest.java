package dev.bnlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/experiments.md's verdict table says what the stored verdicts say, for every experiment with a claim. */
class DocsVerdictTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9.\\-]+)` \\| [^|]+ \\| ([a-z\\-]+) (\\d+)/(\\d+) \\|");

    @Test
    void everyVerdictInTheTableMatchesTheStoredOne() throws IOException {
        Map<String, String> rows = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("docs/experiments.md"), StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                rows.put(m.group(1), m.group(2) + " " + m.group(3) + "/" + m.group(4));
            }
        }
        for (Experiment e : ExperimentCatalog.all()) {
            StoredVerdict v = StoredVerdicts.of(e.id()).orElseThrow();
            assertThat(rows.get(e.id())).as(e.id()).isEqualTo(v.verdict().id() + " " + v.wins() + "/" + v.seeds());
        }
    }
}
