package dev.bnlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bnlab.core.Convention;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.TrainingSession;
import dev.bnlab.i18n.Messages;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With the language set to Chinese, a malformed settings or experiment file is reported with the same JSON path
 * as in English and a Chinese problem text with no English words left in it.
 */
class FileProblemsInChineseTest {

    /** Words of the English problem texts; none may be left in a Chinese one (data such as ids aside). */
    static final Pattern ENGLISH_WORDS = Pattern.compile("\\b(expected|got|must|missing|required|unknown|valid|line"
            + "|column|file|integer|number|numbers|row|rows|between|empty|array|object|string|twice|indices|finite"
            + "|allowed|character|comma|the|of|or|is|be)\\b");
    static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SessionConfig CONFIG = SessionConfig.defaults();
    private static final Hyperparams HP = new Hyperparams(0.7, 24, 0.8, Convention.PYTORCH, 1e-4);

    private Locale before;

    @BeforeEach
    void remember() {
        before = Messages.locale();
    }

    @AfterEach
    void restore() {
        Messages.setLocale(before);
    }

    /** The problem of a settings text, in English and then in Chinese. */
    private static ScenarioException[] settingsProblem(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(SettingsFile.toJson(CONFIG, HP));
        edit.accept(root);
        return both(() -> SettingsFile.parse(root.toString()));
    }

    private static ScenarioException[] experimentProblem(Consumer<ObjectNode> editState) throws Exception {
        TrainingSession s = new TrainingSession(CONFIG, HP);
        for (int i = 0; i < 5; i++) {
            s.advance();
        }
        ObjectNode root = (ObjectNode) JSON.readTree(ExperimentFile.toJson(CONFIG, HP, s.captureState()));
        editState.accept(root);
        String text = root.toString().replace("\"__NaN__\"", "NaN");
        return both(() -> ExperimentFile.parse(text));
    }

    private interface Reading {
        void read() throws ScenarioException;
    }

    private static ScenarioException[] both(Reading r) {
        Messages.setLocale(Messages.ENGLISH);
        ScenarioException en = catchThrowableOfType(ScenarioException.class, r::read);
        Messages.setLocale(Messages.CHINESE);
        ScenarioException zh = catchThrowableOfType(ScenarioException.class, r::read);
        Messages.setLocale(Messages.ENGLISH);
        assertThat(en).as("a problem in English").isNotNull();
        assertThat(zh).as("a problem in Chinese").isNotNull();
        return new ScenarioException[] {en, zh};
    }

    /** Same path, a Chinese problem without English words, and the message is "path: problem" on one line. */
    private static String assertChinese(ScenarioException[] p, String path) {
        ScenarioException en = p[0];
        ScenarioException zh = p[1];
        assertThat(en.path()).isEqualTo(path);
        assertThat(zh.path()).isEqualTo(path);
        assertThat(zh.problem()).isNotEqualTo(en.problem()).containsPattern(HAN).doesNotContainPattern(ENGLISH_WORDS);
        assertThat(zh.getMessage()).isEqualTo(path.isEmpty() ? zh.problem() : path + ": " + zh.problem())
                .doesNotContain("\n");
        return zh.problem();
    }

    @Test
    void aValueOutOfItsRangeKeepsItsPathAndNumbers() throws Exception {
        ScenarioException[] p = settingsProblem(r -> r.with("training").put("momentum", 1.5));
        assertThat(p[0].getMessage()).isEqualTo("training.momentum: must be in [0, 1], got 1.5");
        assertThat(assertChinese(p, "training.momentum")).isEqualTo("须在 [0, 1] 之间，实际为 1.5");
        ScenarioException[] hidden = settingsProblem(r -> r.with("network").put("hidden", 65));
        assertThat(assertChinese(hidden, "network.hidden")).contains("1..64").contains("65");
        ScenarioException[] batch = settingsProblem(r -> r.with("training").put("batchSize", 1));
        assertThat(assertChinese(batch, "training.batchSize")).contains("批归一化");
    }

    @Test
    void wrongTypesUnknownIdsAndMissingMembersAreChinese() throws Exception {
        assertThat(assertChinese(settingsProblem(r -> r.with("data").put("trainSize", "abc")), "data.trainSize"))
                .isEqualTo("应为整数，实际为 \"abc\"");
        assertThat(assertChinese(settingsProblem(r -> r.with("network").put("activation", "swish")),
                "network.activation")).startsWith("未知的激活函数 \"swish\"").contains("tanh 或 relu");
        assertThat(assertChinese(settingsProblem(r -> r.with("network").remove("hidden")), "network.hidden"))
                .isEqualTo("缺少必需的成员");
        assertThat(assertChinese(settingsProblem(r -> r.put("network", 3)), "network")).isEqualTo("应为对象，实际为数字");
        assertThat(assertChinese(settingsProblem(r -> r.put("format", "bnlab-settings/2")), "format"))
                .contains("\"bnlab-settings/2\"").contains("bnlab-settings/1");
    }

    @Test
    void aSyntaxErrorKeepsItsLineAndColumn() {
        ScenarioException[] p = both(() -> SettingsFile.parse("{\"format\": \"bnlab-settings/1\",\n  \"network\": {\"hidden\": 3,,}}"));
        assertThat(p[0].syntax()).isNotNull();
        assertThat(p[1].syntax().line()).isEqualTo(p[0].syntax().line()).isEqualTo(2);
        assertThat(p[1].syntax().column()).isEqualTo(p[0].syntax().column());
        assertThat(assertChinese(p, p[0].path())).startsWith("不是有效的 JSON（第 2 行第 " + p[0].syntax().column() + " 列）：");
        ScenarioException[] empty = both(() -> SettingsFile.parse("  \n"));
        assertThat(assertChinese(empty, "")).isEqualTo("文件是空的（应为一个 JSON 对象）");
    }

    @Test
    void trainedStateProblemsAreChinese() throws Exception {
        ScenarioException[] nan = experimentProblem(r -> ((ArrayNode) ExperimentFileTest.layer0(r.with("state")).get("gamma"))
                .set(1, "__NaN__"));
        assertThat(nan[0].getMessage()).isEqualTo(
                "state.parameters.layers[0].gamma[1]: expected a finite number, got NaN (NaN and Infinity are not allowed)");
        assertThat(assertChinese(nan, "state.parameters.layers[0].gamma[1]")).isEqualTo("应为有限的数，实际为 NaN（不允许 NaN 和 Infinity）");
        ScenarioException[] order = experimentProblem(r -> ((ArrayNode) r.with("state").with("sampler").get("order"))
                .remove(0));
        assertThat(assertChinese(order, "state.sampler.order")).contains("下标").contains(
                String.valueOf(CONFIG.data().trainSize()));
        ScenarioException[] shape = experimentProblem(r -> r.with("network").put("hidden", CONFIG.hidden() + 1));
        assertThat(shape[0].getMessage()).isEqualTo("state.parameters.layers[0].w: expected " + (CONFIG.hidden() + 1)
                + " rows of 2 numbers, got " + CONFIG.hidden() + " rows");
        assertThat(assertChinese(shape, "state.parameters.layers[0].w"))
                .isEqualTo("应为 " + (CONFIG.hidden() + 1) + " 行（每行 2 个数），实际为 " + CONFIG.hidden() + " 行");
        ScenarioException[] steps = experimentProblem(r -> r.with("state").put("step", 12));
        assertThat(assertChinese(steps, "state.stepHistory.count")).contains("12");
    }
}
