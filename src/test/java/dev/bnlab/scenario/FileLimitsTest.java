package dev.bnlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.lesson.LessonException;
import dev.bnlab.lesson.LessonFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every size in every format has its documented range, checked with the member's JSON path. */
class FileLimitsTest {

    private static ObjectNode settingsTree() throws Exception {
        return (ObjectNode) GoldenFiles.MAPPER.readTree(SettingsFile.toJson(SessionConfig.defaults(),
                Hyperparams.defaults()));
    }

    private static String settingsProblem(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = settingsTree();
        edit.accept(root);
        return catchThrowableOfType(ScenarioException.class,
                () -> SettingsFile.parse(GoldenFiles.MAPPER.writeValueAsString(root))).getMessage();
    }

    private static String goldenProblem(String name, Consumer<ObjectNode> editInput) throws Exception {
        ObjectNode root = (ObjectNode) GoldenFiles.MAPPER.readTree(GoldenFiles.directory().resolve(name).toFile());
        editInput.accept((ObjectNode) root.get("input"));
        return catchThrowableOfType(ScenarioException.class,
                () -> new ScenarioReader().readString(GoldenFiles.MAPPER.writeValueAsString(root))).getMessage();
    }

    @Test
    void hugeSizesInSettingsAreRefusedWithThePath() throws Exception {
        assertThat(settingsProblem(r -> ((ObjectNode) r.get("data")).put("trainSize", 200_000_000)))
                .isEqualTo("data.trainSize: must be in 2..65536, got 200000000");
        assertThat(settingsProblem(r -> ((ObjectNode) r.get("data")).put("trainSize", Integer.MAX_VALUE)))
                .isEqualTo("data.trainSize: must be in 2..65536, got 2147483647");
        assertThat(settingsProblem(r -> ((ObjectNode) r.get("data")).put("testSize", 1e300)))
                .startsWith("data.testSize: must be in 1..65536, got 1");
        assertThat(settingsProblem(r -> ((ObjectNode) r.get("training")).put("batchSize", 5000)))
                .isEqualTo("training.batchSize: must be in 2..4096 (BN needs two examples to have a variance), got 5000");
    }

    @Test
    void unknownMembersOfASettingsFileAreRefusedAtEveryLevel() throws Exception {
        assertThat(settingsProblem(r -> r.put("colour", "red")))
                .isEqualTo("colour: unknown settings member \"colour\" (expected format, network, data, seeds, "
                        + "evalInterval, training)");
        assertThat(settingsProblem(r -> ((ObjectNode) r.get("network")).put("layer", 2)))
                .isEqualTo("network.layer: unknown settings member \"layer\" (expected hidden, layers, activation, placement)");
        assertThat(settingsProblem(r -> ((ObjectNode) r.get("data").get("testShift")).put("dz", 0)))
                .startsWith("data.testShift.dz: unknown settings member");
        assertThat(settingsProblem(r -> r.put("state", 1))).startsWith("state: unknown settings member");
    }

    @Test
    void lessonsShareTheSettingsRangesAndHaveTheirOwn() throws Exception {
        String base = """
                {"format": "bnlab-lesson/1", "id": "l", "title": "T",
                 "scenes": [{"caption": "c", "settings": {"data": {"trainSize": 200000000}}}]}""";
        LessonException e = catchThrowableOfType(LessonException.class, () -> LessonFile.parse(base, "l.json"));
        assertThat(e.getMessage()).isEqualTo("l.json line 2: scenes[0].settings.data.trainSize: must be in 2..65536, "
                + "got 200000000");
        String longCaption = base.replace("\"c\"", "\"" + "c".repeat(2001) + "\"").replace("200000000", "100");
        assertThat(catchThrowableOfType(LessonException.class, () -> LessonFile.parse(longCaption, "l.json"))
                .getMessage()).endsWith("scenes[0].caption: must have 1..2000 characters, got 2001");
        String manyScenes = "{\"format\": \"bnlab-lesson/1\", \"id\": \"l\", \"title\": \"T\", \"scenes\": ["
                + "{\"caption\": \"c\"},".repeat(100) + "{\"caption\": \"c\"}]}";
        assertThat(catchThrowableOfType(LessonException.class, () -> LessonFile.parse(manyScenes, "l.json"))
                .getMessage()).endsWith("scenes: must have 1..100 elements, got 101");
    }

    @Test
    void bnLayerAndMlpTrainingShareOneRuleForH() throws Exception {
        assertThat(goldenProblem("mlp_before_sigmoid_keras.json",
                in -> ((ObjectNode) in.get("network")).put("hidden", 65)))
                .isEqualTo("input.network.hidden: must be in 1..64, got 65");
        String wide = goldenProblem("bn_layer_basic.json", in -> {
            ArrayNode row = (ArrayNode) in.get("x").get(0);
            for (int i = 0; i < 100_000; i++) {
                row.add(0.5);
            }
        });
        assertThat(wide).isEqualTo("input.x[0]: must have 1..64 elements, got 100003");
        assertThat(FileLimits.at(FileLimits.GOLDEN, "input.network.hidden"))
                .isSameAs(FileLimits.at(FileLimits.GOLDEN, "input.x[]"));
    }

    /** d = h = 64 and 300 steps of two rows: a 0.3 MB file whose trace would be about 2.7 million numbers. */
    @Test
    void aGoldenCaseWhoseTraceWouldBeHugeIsRefused() throws Exception {
        ObjectNode root = GoldenFiles.MAPPER.createObjectNode();
        root.put("kind", "mlp_training");
        ObjectNode in = root.putObject("input");
        ObjectNode net = in.putObject("network");
        net.put("inputs", 64).put("hidden", 64).put("activation", "tanh").put("bn_placement", "none");
        in.put("lr", 0.1);
        ObjectNode init = in.putObject("init");
        ArrayNode w1 = init.putArray("W1");
        for (int j = 0; j < 64; j++) {
            ArrayNode row = w1.addArray();
            for (int k = 0; k < 64; k++) {
                row.add(0.01 * ((j + k) % 7 - 3));
            }
        }
        ArrayNode b1 = init.putArray("b1");
        ArrayNode w2 = init.putArray("W2").addArray();
        for (int j = 0; j < 64; j++) {
            b1.add(0.0);
            w2.add(0.1);
        }
        init.putArray("b2").add(0.0);
        ArrayNode batches = in.putArray("batches");
        for (int t = 0; t < 300; t++) {
            ObjectNode b = batches.addObject();
            ArrayNode x = b.putArray("x");
            for (int i = 0; i < 2; i++) {
                ArrayNode row = x.addArray();
                for (int k = 0; k < 64; k++) {
                    row.add(i - 0.5);
                }
            }
            b.putArray("y").add(0).add(1);
        }
        String json = GoldenFiles.MAPPER.writeValueAsString(root);
        String problem = catchThrowableOfType(ScenarioException.class, () -> new ScenarioReader().readString(json))
                .getMessage();
        assertThat(problem).startsWith("input: the trace would hold ").contains("more than 2000000");
        ObjectNode ok = root.deepCopy();
        ArrayNode few = ((ObjectNode) ok.get("input")).putArray("batches");
        for (int t = 0; t < 100; t++) {
            ObjectNode b = few.addObject();
            ArrayNode x = b.putArray("x");
            x.addArray().addAll(java.util.Collections.nCopies(64, GoldenFiles.MAPPER.getNodeFactory().numberNode(0.5)));
            x.addArray().addAll(java.util.Collections.nCopies(64, GoldenFiles.MAPPER.getNodeFactory().numberNode(-0.5)));
            b.putArray("y").add(0).add(1);
        }
        assertThat(new ScenarioReader().readString(GoldenFiles.MAPPER.writeValueAsString(ok))).isNotNull();
    }

    /** docs/files-and-limits.md lists every range of the table, with its bounds, in a row naming its members. */
    @Test
    void theDocumentationListsEveryRange() throws Exception {
        List<String> rows = Files.readAllLines(Path.of("docs/files-and-limits.md"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("| `")).toList();
        for (FileLimits.Range r : FileLimits.RANGES) {
            String bounds = FileLimits.Range.text(r.min()) + ".." + FileLimits.Range.text(r.max());
            for (FileLimits.Target t : r.targets()) {
                assertThat(rows).as("a row with `%s` and %s", t.path(), bounds)
                        .anyMatch(l -> l.contains("`" + t.path() + "`") && l.contains(bounds));
            }
        }
        String page = Files.readString(Path.of("docs/files-and-limits.md"), StandardCharsets.UTF_8);
        for (InputFiles.Kind k : InputFiles.Kind.values()) {
            assertThat(page).contains("(" + k.maxBytes() + " bytes)");
        }
        assertThat(page).contains("at most " + JsonTreeParser.MAX_DEPTH + " levels")
                .contains("at most " + JsonTreeParser.MAX_STRING + " characters")
                .contains("at most " + JsonTreeParser.MAX_NAME + " characters")
                .contains("at most " + JsonTreeParser.MAX_NUMBER + " characters")
                .contains("at most " + JsonTreeParser.MAX_TOKENS)
                .contains("more than " + ScenarioReader.MAX_TRACE_NUMBERS + " numbers");
        assertThat(Files.readString(Path.of("README.md"))).contains("docs/files-and-limits.md");
    }
}
