package dev.bnlab.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Both languages define the same keys with the same placeholders, and a key lives in one area only. */
class BundleCompletenessTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @AfterEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    @Test
    void everyAreaHasBothLanguagesWithTheSameKeysAndPlaceholders() {
        int areas = 0;
        for (String area : Messages.AREAS) {
            ResourceBundle en = Messages.bundle(area, Messages.ENGLISH);
            ResourceBundle zh = Messages.bundle(area, Messages.CHINESE);
            if (en == null) {
                assertThat(zh).as("area %s has Chinese but no English", area).isNull();
                continue;
            }
            areas++;
            assertThat(zh.getLocale()).as("area %s has no zh_CN file", area).isEqualTo(Locale.SIMPLIFIED_CHINESE);
            Set<String> enKeys = new TreeSet<>(Collections.list(en.getKeys()));
            Set<String> zhKeys = new TreeSet<>(zh.keySet());
            assertThat(zhKeys).as("keys of %s_zh_CN vs %s", area, area).isEqualTo(enKeys);
            for (String k : enKeys) {
                assertThat(placeholders(zh.getString(k))).as("placeholders of %s in zh", k)
                        .isEqualTo(placeholders(en.getString(k)));
                assertThat(en.getString(k)).as("English text of %s", k).isNotBlank();
            }
        }
        assertThat(areas).isPositive();
    }

    @Test
    void aKeyIsDefinedInOneAreaOnly() {
        Set<String> seen = new TreeSet<>();
        for (String area : Messages.AREAS) {
            ResourceBundle en = Messages.bundle(area, Messages.ENGLISH);
            if (en == null) {
                continue;
            }
            for (String k : Collections.list(en.getKeys())) {
                assertThat(seen.add(k)).as("key %s defined twice (again in %s)", k, area).isTrue();
            }
        }
    }

    @Test
    void switchingLanguageChangesTheTextAndUnknownKeysAreVisible() {
        String en = Messages.get("app.title");
        Messages.setLocale(Messages.parse("zh"));
        assertThat(Messages.get("app.title")).isNotEqualTo(en).contains("批归一化");
        assertThat(Messages.get("no.such.key")).isEqualTo("⟦no.such.key⟧");
        Messages.setLocale(Messages.parse("en"));
        assertThat(Messages.get("app.title")).isEqualTo(en);
    }

    @Test
    void unknownLanguageIsRejectedWithTheChoices() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Messages.parse("fr"))
                .hasMessageContaining("\"fr\"").hasMessageContaining("en, zh");
    }

    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
