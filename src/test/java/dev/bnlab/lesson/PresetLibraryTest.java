package dev.bnlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Placement;
import dev.bnlab.i18n.Messages;
import dev.bnlab.scenario.SettingsFile;
import org.junit.jupiter.api.Test;

/** Every built-in preset loads, says what it compares in both languages, and each comparison has its pair. */
class PresetLibraryTest {

    @Test
    void everyPresetLoadsAndHasATitleInBothLanguages() {
        assertThat(PresetLibrary.names()).isNotEmpty();
        for (String name : PresetLibrary.names()) {
            SettingsFile.Settings s = PresetLibrary.load(name);
            assertThat(s.config()).as(name).isNotNull();
            for (var l : Messages.SUPPORTED) {
                Messages.setLocale(l);
                assertThat(PresetLibrary.title(name)).as(name + " " + l).isNotEqualTo(name);
            }
        }
        Messages.setLocale(Messages.ENGLISH);
    }

    @Test
    void theWithAndWithoutBnPresetsDifferOnlyInThePlacement() {
        for (String name : PresetLibrary.names()) {
            if (name.endsWith("-with-bn")) {
                String other = name.replace("-with-bn", "-without-bn");
                assertThat(PresetLibrary.names()).contains(other);
                SettingsFile.Settings with = PresetLibrary.load(name);
                SettingsFile.Settings without = PresetLibrary.load(other);
                assertThat(without.config().placement()).isEqualTo(Placement.NONE);
                assertThat(with.config().withPlacement(Placement.NONE)).isEqualTo(without.config());
                assertThat(with.hyperparams()).isEqualTo(without.hyperparams());
            }
        }
    }
}
