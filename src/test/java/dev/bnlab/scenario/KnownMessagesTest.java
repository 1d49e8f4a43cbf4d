package dev.bnlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.bnlab.core.Convention;
import dev.bnlab.core.DataConfig;
import dev.bnlab.core.DatasetKind;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.TestShift;
import dev.bnlab.core.TrainingSession;
import dev.bnlab.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The messages that come from outside these packages (the JSON parser's syntax errors, the core records' rules,
 * SessionState's mismatches) are recognised: in English they come out exactly as they went in, in Chinese they
 * are translated.
 */
class KnownMessagesTest {

    /** Configured as JsonTreeParser's reader, to see the parser's own message. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Locale before;

    @BeforeEach
    void remember() {
        before = Messages.locale();
    }

    @AfterEach
    void restore() {
        Messages.setLocale(before);
    }

    static List<String> malformedJson() {
        return List.of("{a: 1}", "{\"a\" 1}", "{\"a\": 1 \"b\": 2}", "[1 2]", "{\"a\": ten}", "{\"a\": [1}",
                "{\"a\": 1, \"a\": 2}", "{} {}", "{\"a\": 01}", "{\"a\": \"x\ny\"}", "{\"a\": 1,}", "[1,]",
                "{\"a\": /x}", "{\"a\": 'x'}", "{\"a\": 1]", "{\"a\": -}", "{\"a\": 1.}", "{\"a\": \"\\q\"}");
    }

    /** The parser's message as JsonTreeParser shortens it. */
    private static String parserMessage(String json) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class, () -> {
            try (JsonParser p = MAPPER.createParser(json)) {
                MAPPER.readTree(p);
            }
        });
        assertThat(e).as(json).isNotNull();
        String msg = e.getOriginalMessage();
        int cut = msg.indexOf("was expecting (JSON String");
        return cut > 0 ? msg.substring(0, cut) + "was expecting a JSON value" : msg;
    }

    @ParameterizedTest
    @MethodSource("malformedJson")
    void aSyntaxErrorIsTheParsersTextInEnglishAndTranslatedInChinese(String json) {
        String raw = parserMessage(json);
        Messages.setLocale(Messages.ENGLISH);
        assertThat(KnownMessages.syntax(raw)).isEqualTo(raw);
        ScenarioException en = catchThrowableOfType(ScenarioException.class, () -> JsonTreeParser.parse(json));
        assertThat(en.problem()).endsWith(": " + raw);
        Messages.setLocale(Messages.CHINESE);
        assertThat(KnownMessages.syntax(raw)).as(raw).containsPattern("\\p{IsHan}")
                .doesNotContainPattern(FileProblemsInChineseTest.ENGLISH_WORDS);
        ScenarioException zh = catchThrowableOfType(ScenarioException.class, () -> JsonTreeParser.parse(json));
        assertThat(zh.path()).isEqualTo(en.path());
        assertThat(zh.problem()).startsWith("不是有效的 JSON（第 " + en.syntax().line() + " 行第 "
                + en.syntax().column() + " 列）：").endsWith(KnownMessages.syntax(raw));
    }

    /** A core record's message with its field name dropped, as SettingsFile shows it. */
    private static String ruleOf(Supplier<Object> build) {
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class, build::get);
        assertThat(e).isNotNull();
        String msg = e.getMessage();
        int must = msg.indexOf(" must ");
        return must > 0 ? msg.substring(must + 1) : msg;
    }

    static List<String> coreMessages() {
        Hyperparams hp = Hyperparams.defaults();
        SessionConfig c = SessionConfig.defaults();
        TrainingSession three = new TrainingSession(c.withHidden(3), hp);
        return List.of(
                ruleOf(() -> hp.withMomentum(1.5)),
                ruleOf(() -> hp.withLearningRate(0)),
                ruleOf(() -> hp.withBatchSize(1)),
                ruleOf(() -> hp.withEps(-1e-5)),
                ruleOf(() -> c.withHidden(65)),
                ruleOf(() -> c.withEvalInterval(0)),
                ruleOf(() -> new DataConfig(DatasetKind.MOONS, 1, 10, 0.1, null, 0)),
                ruleOf(() -> DataConfig.defaults().withNoise(-1)),
                ruleOf(() -> new TestShift(0, 0, 0)),
                three.captureState().mismatch(c.withHidden(4)),
                three.captureState().mismatch(c.withHidden(3).withData(otherTrainSize(300))),
                "the parameter arrays do not have the shapes of a 2 → 3 → 1 network",
                "the running statistics must have 3 entries",
                "the step history has 24 columns, expected 25",
                "the eval history has 8 columns, expected 9",
                "the step history counts 12 rows but holds 3 (expected 12)",
                "the eval history counts 2 rows but holds 1 (expected 2)",
                "the step history holds fewer values than rows × columns",
                "the eval history holds fewer values than rows × columns",
                "the step history has 9 rows, but 12 steps were done");
    }

    private static DataConfig otherTrainSize(int n) {
        DataConfig d = DataConfig.defaults();
        return new DataConfig(d.kind(), n, d.testSize(), d.noise(), d.testShift(), d.seed());
    }

    @ParameterizedTest
    @MethodSource("coreMessages")
    void aCoreRuleIsUnchangedInEnglishAndTranslatedInChinese(String rule) {
        Messages.setLocale(Messages.ENGLISH);
        assertThat(KnownMessages.rule(rule)).isEqualTo(rule);
        Messages.setLocale(Messages.CHINESE);
        assertThat(KnownMessages.rule(rule)).as(rule).containsPattern("\\p{IsHan}")
                .doesNotContainPattern(FileProblemsInChineseTest.ENGLISH_WORDS);
    }

    @ParameterizedTest
    @MethodSource("coreMessages")
    void anUnknownShapeIsLeftAsItIs(String rule) {
        Messages.setLocale(Messages.CHINESE);
        assertThat(KnownMessages.rule("note: " + rule)).isEqualTo("note: " + rule);
    }
}
