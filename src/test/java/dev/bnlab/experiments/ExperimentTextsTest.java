package dev.bnlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every experiment has its one-line description and its caption in both languages (bundle keys from its id). */
class ExperimentTextsTest {

    @AfterEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    @Test
    void everyExperimentIsDescribedAndCaptionedInBothLanguages() {
        for (java.util.Locale l : Messages.SUPPORTED) {
            Messages.setLocale(l);
            for (Experiment e : ExperimentCatalog.all()) {
                assertThat(e.description()).as("%s description in %s", e.id(), l).isNotBlank().doesNotStartWith("⟦");
                assertThat(e.caption()).as("%s caption in %s", e.id(), l).isNotBlank().doesNotStartWith("⟦");
                assertThat(e.defaultSteps()).as("%s default steps", e.id()).isPositive();
            }
        }
    }
}
