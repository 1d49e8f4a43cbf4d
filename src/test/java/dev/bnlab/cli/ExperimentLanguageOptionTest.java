package dev.bnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.app.Main;
import dev.bnlab.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code experiment --lang zh} words the caption and findings of experiment.txt in Chinese; the data (CSV names,
 * headers, numbers) is the same as in English, English is the default, and the app's language is left as it was.
 */
class ExperimentLanguageOptionTest {

    @TempDir
    Path tmp;

    private static int run(StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main()).setParameterExceptionHandler(new ShortUsageErrorHandler());
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static String bundle(Locale l, String key) {
        return ResourceBundle.getBundle("bnlab.i18n.experiments", l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    @Test
    void chineseWordsTheSummaryButNotTheData() throws Exception {
        Path en = tmp.resolve("en");
        Path zh = tmp.resolve("zh");
        StringWriter err = new StringWriter();
        assertThat(run(err, "experiment", "bn-vs-nobn", "--steps", "20", "--out", en.toString(), "--no-png"))
                .as(err.toString()).isZero();
        assertThat(run(err, "experiment", "bn-vs-nobn", "--steps", "20", "--out", zh.toString(), "--no-png",
                "--lang", "zh")).as(err.toString()).isZero();
        assertThat(Messages.locale()).as("the language is restored").isEqualTo(Messages.ENGLISH);

        List<String> enSummary = Files.readAllLines(en.resolve("experiment.txt"), StandardCharsets.UTF_8);
        List<String> zhSummary = Files.readAllLines(zh.resolve("experiment.txt"), StandardCharsets.UTF_8);
        assertThat(enSummary).contains("caption: " + bundle(Locale.ROOT, "experiments.bn-vs-nobn.caption"));
        assertThat(zhSummary).contains("caption: " + bundle(Messages.CHINESE, "experiments.bn-vs-nobn.caption"));
        String enLoss = enSummary.stream().filter(l -> l.startsWith("finding: mean batch loss")).findFirst()
                .orElseThrow();
        String zhLoss = zhSummary.stream().filter(l -> l.startsWith("finding: 最后 10% 步")).findFirst().orElseThrow();
        // the same numbers in both languages
        assertThat(numbers(zhLoss)).isEqualTo(numbers(enLoss)).isNotEmpty();
        assertThat(Files.readString(zh.resolve("loss.csv"))).isEqualTo(Files.readString(en.resolve("loss.csv")));
    }

    @Test
    void anUnknownLanguageIsAOneLineUsageError() {
        StringWriter err = new StringWriter();
        int code = run(err, "experiment", "bn-vs-nobn", "--lang", "fr", "--out", tmp.toString(), "--no-png");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).contains("fr").contains("en, zh").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    private static List<String> numbers(String line) {
        return java.util.regex.Pattern.compile("\\d+\\.\\d+").matcher(line).results().map(m -> m.group()).toList();
    }
}
