package dev.bnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.app.Main;
import dev.bnlab.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --lang} for the desktop app and for {@code snapshot}: en or zh; anything else is a short error naming both. */
class LanguageFlagTest {

    private static String run(String... args) {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new Main()).setParameterExceptionHandler(new ShortUsageErrorHandler())
                .setErr(new PrintWriter(err)).execute(args);
        assertThat(code).isEqualTo(ShortUsageErrorHandler.USAGE_ERROR);
        return err.toString();
    }

    @Test
    void aBadLanguageNamesTheChoicesInOneLine(@TempDir Path tmp) {
        String snapshot = run("snapshot", "--lang", "fr", "--out", tmp.toString());
        assertThat(snapshot.lines().findFirst().orElseThrow()).contains("--lang").contains("\"fr\"").contains("(en, zh)");
        assertThat(snapshot).doesNotContain("Exception").doesNotContain("\tat ");
        String desktop = run("--lang", "klingon");
        assertThat(desktop.lines().findFirst().orElseThrow()).contains("\"klingon\"").contains("(en, zh)");
    }

    @Test
    void theConverterAcceptsBothLanguages() {
        LanguageOption o = new LanguageOption();
        assertThat(o.convert("zh")).isEqualTo(Messages.CHINESE);
        assertThat(o.convert("zh-CN")).isEqualTo(Messages.CHINESE);
        assertThat(o.convert("en")).isEqualTo(Locale.ENGLISH);
    }
}
