package dev.bnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bnlab.app.Main;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.StepWalkthrough;
import dev.bnlab.core.TrainingSession;
import dev.bnlab.core.Walkthrough;
import dev.bnlab.lesson.LessonLibrary;
import dev.bnlab.lesson.LessonScene;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The headless walkthrough: stages.json holds what the core's walkthrough computes; bad input is one line. */
class WalkthroughCommandTest {

    @TempDir
    Path tmp;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Main()).setParameterExceptionHandler(new ShortUsageErrorHandler());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Outcome(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void aLessonSceneGivesTheStepAfterItsStepsWithEveryNumber() throws Exception {
        Path dir = tmp.resolve("w");
        Outcome o = run("walkthrough", "--lesson", "d-depth", "--scene", "3", "--layer", "2", "--neuron", "3",
                "--out", dir.toString(), "--no-png");
        assertThat(o.code()).as(o.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(dir.resolve("stages.json").toFile());
        LessonScene scene = LessonLibrary.builtIn("d-depth").scene(2);
        assertThat(root.get("format").asText()).isEqualTo("bnlab-walkthrough/1");
        assertThat(root.get("step").asLong()).isEqualTo(scene.steps() + 1);
        assertThat(root.get("layer").asInt()).isEqualTo(2);
        assertThat(root.get("neuron").asInt()).isEqualTo(3);
        TrainingSession s = new TrainingSession(scene.config(), scene.hyperparams());
        for (int i = 0; i < scene.steps(); i++) {
            s.advance();
        }
        Walkthrough w = StepWalkthrough.of(s, 1, 2);
        assertThat(root.get("stages")).hasSize(w.stages().size());
        for (int k = 0; k < w.stages().size(); k++) {
            JsonNode stage = root.get("stages").get(k);
            assertThat(stage.get("id").asText()).isEqualTo(w.stages().get(k).id());
            for (var sc : w.stages().get(k).scalars()) {
                assertThat(stage.get("scalars").get(sc.name()).asDouble()).as(sc.name()).isEqualTo(sc.value());
            }
            for (var col : w.stages().get(k).columns()) {
                JsonNode values = stage.get("columns").get(col.name());
                assertThat(values).hasSize(col.values().size());
                for (int i = 0; i < values.size(); i++) {
                    assertThat(values.get(i).asDouble()).isEqualTo(col.values().get(i));
                }
            }
        }
    }

    @Test
    void theDefaultsWalkThroughStepOneAndSettingsGiveTheSameFileTwice() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertThat(run("walkthrough", "--neuron", "1", "--out", a.toString(), "--no-png").code()).isZero();
        assertThat(run("walkthrough", "--neuron", "1", "--out", b.toString(), "--no-png").code()).isZero();
        assertThat(Files.readString(a.resolve("stages.json"))).isEqualTo(Files.readString(b.resolve("stages.json")));
        JsonNode root = new ObjectMapper().readTree(a.resolve("stages.json").toFile());
        assertThat(root.get("step").asLong()).isEqualTo(1);
        assertThat(root.get("batchSize").asInt()).isEqualTo(Hyperparams.defaults().batchSize());
        assertThat(root.get("placement").asText()).isEqualTo(SessionConfig.defaults().placement().id());
    }

    @Test
    void badInputIsOneLineWithExitTwo() {
        String[][] bad = {
            {"walkthrough", "--neuron", "4", "--out", tmp.toString()},
            {"walkthrough", "--neuron", "1", "--layer", "2", "--out", tmp.toString()},
            {"walkthrough", "--neuron", "1", "--step", "0", "--out", tmp.toString()},
            {"walkthrough", "--neuron", "1", "--lesson", "no-such-lesson", "--out", tmp.toString()},
            {"walkthrough", "--neuron", "1", "--lesson", "d-depth", "--scene", "9", "--out", tmp.toString()},
            {"walkthrough", "--neuron", "1", "--scene", "2", "--out", tmp.toString()},
            {"walkthrough", "--neuron", "1", "--settings", tmp.resolve("missing.json").toString(), "--out",
                tmp.toString()},
        };
        for (String[] args : bad) {
            Outcome o = run(args);
            assertThat(o.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(o.err().strip().lines()).as(o.err()).hasSize(1);
            assertThat(o.err()).startsWith("walkthrough: ").doesNotContain("Exception");
            assertThat(o.out()).isEmpty();
        }
    }
}
