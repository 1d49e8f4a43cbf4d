package dev.bnlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bnlab.core.Activation;
import dev.bnlab.core.Convention;
import dev.bnlab.core.DatasetKind;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.scenario.SettingsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The lesson file format: the built-in lessons, partial settings, and problems that name line and member. */
class LessonFileTest {

    static List<String> builtInIds() {
        return LessonLibrary.BUILT_IN;
    }

    @ParameterizedTest
    @MethodSource("builtInIds")
    void everyBuiltInLessonParsesWithThreeToSixScenesInBothLanguages(String id) {
        Lesson l = LessonLibrary.builtIn(id);
        assertThat(l.id()).isEqualTo(id);
        assertThat(l.sceneCount()).isBetween(3, 6);
        assertThat(l.title().en()).isNotEqualTo(l.title().zh());
        for (LessonScene s : l.scenes()) {
            assertThat(s.caption().en()).hasSizeGreaterThan(60);
            // the Chinese caption is a translation, not a copy of the English one
            assertThat(s.caption().zh()).isNotEqualTo(s.caption().en()).containsPattern("\\p{IsHan}");
            // a combining mark (x + U+0302) switches JavaFX to complex text layout, whose wrapping mis-measures
            // the line on the software pipeline: the caption would run past the window's edge
            assertThat(s.caption().en() + s.caption().zh()).doesNotContainPattern("\\p{M}");
            assertThat(s.views()).isNotEmpty();
            assertThat(s.views()).containsAll(s.highlighted());
        }
    }

    @Test
    void builtInLessonsComeInTeachingOrderAndAnUnknownIdIsRefusedWithTheList() {
        assertThat(LessonLibrary.builtIns()).extracting(Lesson::id).containsExactlyElementsOf(LessonLibrary.BUILT_IN);
        assertThatThrownBy(() -> LessonLibrary.builtIn("z-nothing")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a-what-bn-does");
    }

    private static final String GOOD = """
            {
              "format": "bnlab-lesson/1",
              "id": "mine",
              "title": {"en": "My lesson", "zh": "我的课程"},
              "settings": {"network": {"activation": "tanh"}, "training": {"learningRate": 0.5}},
              "scenes": [
                {"steps": 10, "caption": {"en": "first", "zh": "第一"}},
                {
                  "settings": {"network": {"placement": "none"}, "data": {"kind": "moons"}},
                  "steps": 20,
                  "caption": "second",
                  "views": ["data", "histograms"],
                  "highlight": ["data"],
                  "play": true
                },
                {"caption": {"en": "third"}, "settings": {"training": {"batchSize": 8}}}
              ]
            }
            """;

    @Test
    void partialSettingsLayOverTheLessonsSettingsWhichLayOverTheAppDefaults() throws Exception {
        Lesson l = LessonFile.parse(GOOD, "mine.json");
        LessonScene first = l.scene(0);
        assertThat(first.config().activation()).isEqualTo(Activation.TANH);
        assertThat(first.config().placement()).isEqualTo(SessionConfig.defaults().placement());
        assertThat(first.hyperparams().learningRate()).isEqualTo(0.5);
        assertThat(first.hyperparams().batchSize()).isEqualTo(Hyperparams.defaults().batchSize());
        assertThat(first.steps()).isEqualTo(10);
        assertThat(first.views()).isEqualTo(LessonViews.NAMES);
        assertThat(first.highlighted()).isEmpty();
        assertThat(first.play()).isFalse();
        LessonScene second = l.scene(1);
        assertThat(second.config().placement()).isEqualTo(Placement.NONE);
        assertThat(second.config().activation()).isEqualTo(Activation.TANH);
        assertThat(second.config().data().kind()).isEqualTo(DatasetKind.MOONS);
        assertThat(second.views()).as("window order").containsExactly("histograms", "data");
        assertThat(second.caption().zh()).isEqualTo("second");
        assertThat(second.play()).isTrue();
        // a scene's settings lay over the lesson's, not over the previous scene's
        LessonScene third = l.scene(2);
        assertThat(third.config().placement()).isEqualTo(SessionConfig.defaults().placement());
        assertThat(third.config().data().kind()).isEqualTo(SessionConfig.defaults().data().kind());
        assertThat(third.hyperparams().batchSize()).isEqualTo(8);
        assertThat(third.steps()).isZero();
        assertThat(third.caption().zh()).isEqualTo("third");
    }

    @Test
    void aWholeSavedSettingsFileCanBePastedIntoAScene(@TempDir Path dir) throws Exception {
        SessionConfig c = SessionConfig.defaults().withSeed(7).withPlacement(Placement.AFTER).withHidden(5);
        Hyperparams hp = new Hyperparams(0.25, 64, 0.99, Convention.PYTORCH, 1e-5);
        Path saved = dir.resolve("s.json");
        SettingsFile.save(saved, c, hp);
        String body = Files.readString(saved);
        Lesson l = LessonFile.parse("{\"format\":\"bnlab-lesson/1\",\"id\":\"p\",\"title\":\"t\",\"scenes\":[{\"caption\":\"c\","
                + "\"settings\":" + body + "}]}", "p.json");
        assertThat(l.scene(0).config()).isEqualTo(c);
        assertThat(l.scene(0).hyperparams()).isEqualTo(hp);
    }

    /** GOOD with one piece of text replaced. */
    private static String goodWith(String from, String to) {
        assertThat(GOOD).contains(from);
        return GOOD.replace(from, to);
    }

    private static LessonException problemOf(String text) {
        try {
            LessonFile.parse(text, "lesson.json");
        } catch (LessonException e) {
            return e;
        }
        throw new AssertionError("expected a problem");
    }

    @Test
    void aBadStepCountNamesItsLineAndMember() {
        LessonException e = problemOf(goodWith("\"steps\": 20", "\"steps\": \"ten\""));
        assertThat(e.line()).isEqualTo(10);
        assertThat(e.path()).isEqualTo("scenes[1].steps");
        assertThat(e.getMessage()).isEqualTo("lesson.json line 10: scenes[1].steps: expected an integer, got \"ten\"");
        assertThat(problemOf(goodWith("\"steps\": 20", "\"steps\": -3")).getMessage())
                .isEqualTo("lesson.json line 10: scenes[1].steps: must be in 0..50000, got -3");
    }

    @Test
    void anUnknownViewIsAnErrorNamingTheChoices() {
        LessonException e = problemOf(goodWith("[\"data\", \"histograms\"]", "[\"data\", \"histogram\"]"));
        assertThat(e.line()).isEqualTo(12);
        assertThat(e.path()).isEqualTo("scenes[1].views[1]");
        assertThat(e.problem()).contains("unknown view \"histogram\"").contains("running-stats");
        LessonException hl = problemOf(goodWith("\"highlight\": [\"data\"]", "\"highlight\": [\"network\"]"));
        assertThat(hl.path()).isEqualTo("scenes[1].highlight[0]");
        assertThat(hl.problem()).contains("not among the scene's views");
    }

    @Test
    void settingsProblemsNameTheFullPathAndTheLineInTheLessonFile() {
        LessonException placement = problemOf(goodWith("\"placement\": \"none\"", "\"placement\": \"inside\""));
        assertThat(placement.getMessage()).isEqualTo("lesson.json line 9: scenes[1].settings.network.placement: "
                + "unknown placement \"inside\" (expected none, before or after)");
        LessonException lr = problemOf(goodWith("\"learningRate\": 0.5", "\"learningRate\": -1"));
        assertThat(lr.line()).isEqualTo(5);
        assertThat(lr.path()).isEqualTo("settings.training.learningRate");
        LessonException typo = problemOf(goodWith("\"training\": {\"batchSize\": 8}", "\"trainig\": {\"batchSize\": 8}"));
        assertThat(typo.line()).isEqualTo(16);
        assertThat(typo.path()).isEqualTo("scenes[2].settings.trainig");
        assertThat(typo.problem()).contains("unknown settings member").contains("training");
        LessonException activation = problemOf(goodWith("\"activation\": \"tanh\"", "\"activation\": \"swish\""));
        assertThat(activation.path()).isEqualTo("settings.network.activation");
    }

    @Test
    void structuralProblemsAreNamedToo() {
        assertThat(problemOf(goodWith("bnlab-lesson/1", "bnlab-lesson/9")).getMessage())
                .isEqualTo("lesson.json line 2: format: unsupported format \"bnlab-lesson/9\" (expected bnlab-lesson/1)");
        LessonException unknown = problemOf(goodWith("\"play\": true", "\"play\": true, \"zoom\": 2"));
        assertThat(unknown.path()).isEqualTo("scenes[1].zoom");
        assertThat(unknown.line()).isEqualTo(14);
        assertThat(problemOf(goodWith("\"play\": true", "\"play\": \"yes\"")).problem()).isEqualTo("expected true or false, got \"yes\"");
        LessonException noCaption = problemOf(goodWith("\"caption\": \"second\",", ""));
        assertThat(noCaption.path()).isEqualTo("scenes[1].caption");
        assertThat(noCaption.problem()).isEqualTo("required member is missing");
        assertThat(noCaption.line()).as("the line of the scene that lacks it").isEqualTo(8);
        assertThat(problemOf(goodWith("\"scenes\": [", "\"scenes\": [] , \"x\": [")).path()).isEqualTo("x");
    }

    @Test
    void aSyntaxErrorNamesItsLineAndColumn() {
        LessonException e = problemOf(goodWith("\"steps\": 10,", "\"steps\": 10,,"));
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.getMessage()).startsWith("lesson.json line 7: ").contains("not valid JSON at column");
        assertThat(problemOf("").getMessage()).isEqualTo("lesson.json: the file is empty (expected a JSON object)");
    }

    @Test
    void aMissingFileIsAOneLineProblem(@TempDir Path dir) {
        assertThatThrownBy(() -> LessonFile.load(dir.resolve("nope.json"))).isInstanceOf(LessonException.class)
                .hasMessage("nope.json: cannot read file: no such file");
    }
}
