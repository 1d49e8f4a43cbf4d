package dev.bnlab.ui.presentation;

import dev.bnlab.ui.fx.UiText;
import javafx.beans.binding.StringBinding;

/**
 * The groups of live-lab controls a teacher can keep on screen in presentation mode (like TF Playground's
 * classroom checkboxes). The label of each is the bundle key {@code presentation.group.<id>}.
 */
public enum ControlGroup {
    LANGUAGE("language"),
    RUN("run"),
    SPEED("speed"),
    LEARNING_RATE("learning-rate"),
    BATCH_SIZE("batch-size"),
    MOMENTUM("momentum"),
    PLACEMENT("placement"),
    ACTIVATION("activation"),
    LAYERS("layers"),
    DATASET("dataset"),
    SEED("seed"),
    INPUT("input"),
    TEST_SHIFT("test-shift"),
    CODE_AND_FILES("code-and-files");

    private final String id;

    ControlGroup(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The group of an id ("learning-rate"). */
    public static ControlGroup fromId(String id) {
        for (ControlGroup g : values()) {
            if (g.id.equals(id)) {
                return g;
            }
        }
        throw new IllegalArgumentException("no control group \"" + id + "\"");
    }

    /** The group's label, following the language (a check box of the presentation settings shows it). */
    public StringBinding label() {
        return UiText.text(labelKey());
    }

    /** The bundle key of the group's label. */
    public String labelKey() {
        return "presentation.group." + id;
    }
}
