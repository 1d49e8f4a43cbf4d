package dev.bnlab.ui.experiments;

import javafx.scene.paint.Color;

/** Colours with a fixed meaning across the experiment views. */
final class TrainingCurvesColors {

    /** A diverged run's note. */
    static final Color DIVERGED = Color.web("#A50F15");
    /** Claim holds / does not / partly. */
    static final Color HOLDS = Color.web("#1b7a3a");
    static final Color DOES_NOT_HOLD = Color.web("#b3261e");
    static final Color PARTLY = Color.web("#9a5b00");

    private TrainingCurvesColors() {
    }
}
