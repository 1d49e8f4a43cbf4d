package dev.bnlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bnlab.i18n.Messages;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the language set to Chinese, a malformed lesson file is reported with the same file name, line and JSON
 * path as in English ("lesson.json 第 10 行: scenes[1].steps: ...") and a Chinese problem text.
 */
class LessonProblemsInChineseTest {

    private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b(expected|got|must|missing|required|unknown"
            + "|valid|line|column|file|integer|number|view|views|listed|twice|highlighted|among|empty|the|of|or|is"
            + "|be|not)\\b");

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
                }
              ]
            }
            """;

    private Locale before;

    @BeforeEach
    void remember() {
        before = Messages.locale();
    }

    @AfterEach
    void restore() {
        Messages.setLocale(before);
    }

    private static String goodWith(String from, String to) {
        assertThat(GOOD).contains(from);
        return GOOD.replace(from, to);
    }

    private interface Reading {
        void read() throws LessonException;
    }

    /** The problem in English and in Chinese: same source, line and path, a Chinese problem text. */
    private static LessonException[] both(Reading r) {
        Messages.setLocale(Messages.ENGLISH);
        LessonException en = catchThrowableOfType(LessonException.class, r::read);
        Messages.setLocale(Messages.CHINESE);
        LessonException zh = catchThrowableOfType(LessonException.class, r::read);
        Messages.setLocale(Messages.ENGLISH);
        assertThat(en).isNotNull();
        assertThat(zh).isNotNull();
        assertThat(zh.source()).isEqualTo(en.source());
        assertThat(zh.line()).isEqualTo(en.line());
        assertThat(zh.path()).isEqualTo(en.path());
        assertThat(zh.problem()).isNotEqualTo(en.problem()).containsPattern("\\p{IsHan}")
                .doesNotContainPattern(ENGLISH_WORDS);
        String where = en.line() > 0 ? en.source() + " 第 " + en.line() + " 行" : en.source();
        assertThat(zh.getMessage()).isEqualTo(where + ": " + (en.path().isEmpty() ? "" : en.path() + ": ")
                + zh.problem());
        return new LessonException[] {en, zh};
    }

    private static LessonException[] problemOf(String text) {
        return both(() -> LessonFile.parse(text, "lesson.json"));
    }

    @Test
    void aBadStepCountKeepsItsLineAndPath() {
        LessonException[] p = problemOf(goodWith("\"steps\": 20", "\"steps\": \"ten\""));
        assertThat(p[0].getMessage()).isEqualTo("lesson.json line 10: scenes[1].steps: expected an integer, got \"ten\"");
        assertThat(p[1].getMessage()).isEqualTo("lesson.json 第 10 行: scenes[1].steps: 应为整数，实际为 \"ten\"");
    }

    @Test
    void viewProblemsAreChinese() {
        LessonException[] unknown = problemOf(goodWith("[\"data\", \"histograms\"]", "[\"data\", \"histogram\"]"));
        assertThat(unknown[1].problem()).startsWith("未知的视图 \"histogram\"").contains("running-stats");
        LessonException[] notShown = problemOf(goodWith("\"highlight\": [\"data\"]", "\"highlight\": [\"network\"]"));
        assertThat(notShown[1].problem()).isEqualTo("视图 \"network\" 被高亮，但不在该场景显示的视图之中");
        LessonException[] twice = problemOf(goodWith("[\"data\", \"histograms\"]", "[\"data\", \"data\"]"));
        assertThat(twice[1].problem()).isEqualTo("视图 \"data\" 列出了两次");
    }

    @Test
    void settingsInsideALessonAreChineseWithTheirFullPath() {
        LessonException[] placement = problemOf(goodWith("\"placement\": \"none\"", "\"placement\": \"inside\""));
        assertThat(placement[1].getMessage()).startsWith("lesson.json 第 9 行: scenes[1].settings.network.placement: "
                + "未知的批归一化位置 \"inside\"");
        LessonException[] lr = problemOf(goodWith("\"learningRate\": 0.5", "\"learningRate\": -1"));
        assertThat(lr[1].path()).isEqualTo("settings.training.learningRate");
        assertThat(lr[1].problem()).isEqualTo("须为 > 0 的有限数，实际为 -1.0");
    }

    @Test
    void aSyntaxErrorKeepsItsLineAndColumn() {
        LessonException[] p = problemOf(goodWith("\"steps\": 10,", "\"steps\": 10,,"));
        assertThat(p[1].line()).isEqualTo(7);
        assertThat(p[0].problem()).startsWith("not valid JSON at column ");
        String column = p[0].problem().replaceAll("not valid JSON at column (\\d+):.*", "$1");
        assertThat(p[1].problem()).startsWith("不是有效的 JSON（第 " + column + " 列）：");
        LessonException[] empty = problemOf("");
        assertThat(empty[1].getMessage()).isEqualTo("lesson.json: 文件是空的（应为一个 JSON 对象）");
    }

    @Test
    void aMissingFileIsChinese(@TempDir Path dir) {
        LessonException[] p = both(() -> LessonFile.load(dir.resolve("nope.json")));
        assertThat(p[1].getMessage()).isEqualTo("nope.json: 无法读取文件：文件不存在");
        LessonException[] notALesson = both(() -> LessonLibrary.resolve(dir.resolve("x.json").toString()));
        assertThat(notALesson[1].problem()).startsWith("没有这个课程文件").contains("a-what-bn-does");
    }
}
