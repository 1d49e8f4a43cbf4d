package dev.bnlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.ui.FxToolkit;
import dev.bnlab.ui.model.LabModel;
import dev.bnlab.ui.presentation.ControlGroup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

/** Every row of the control panel belongs to exactly one presentation group (or is a section title). */
class ControlPanelGroupsTest {

    @Test
    void everyRowBelongsToExactlyOneGroupAndEachGroupHasItsControls() {
        SessionConfig cfg = SessionConfig.defaults();
        Hyperparams hp = Hyperparams.defaults();
        try (LabModel model = new LabModel(cfg, hp)) {
            FxToolkit.run(() -> {
                ControlPanel panel = new ControlPanel(model);
                ControlPanelGroups groups = new ControlPanelGroups(panel);
                List<Node> assigned = new ArrayList<>();
                for (ControlGroup g : ControlGroup.values()) {
                    assertThat(groups.rows(g)).as(g.id()).isNotEmpty();
                    assigned.addAll(groups.rows(g));
                    for (Node control : ControlPanelGroups.controlsOf(panel, g)) {
                        assertThat(groups.rows(g).stream().anyMatch(row -> holds(row, control)))
                                .as(g.id() + " holds " + control).isTrue();
                    }
                }
                assertThat(new HashSet<>(assigned)).as("no row in two groups").hasSameSizeAs(assigned);
                Set<Node> titles = groups.sections().keySet();
                for (Node child : panel.getChildrenUnmodifiable()) {
                    assertThat(titles.contains(child) || assigned.contains(child)).as(child.toString()).isTrue();
                }
                // the slider captions go with their slider: the learning-rate group is its caption and slider
                assertThat(groups.rows(ControlGroup.LEARNING_RATE)).hasSize(2);
            });
        }
    }

    private static boolean holds(Node row, Node control) {
        if (row == control) {
            return true;
        }
        if (row instanceof org.controlsfx.control.SegmentedButton s && s.getButtons().contains(control)) {
            return true;
        }
        return row instanceof javafx.scene.Parent p
                && p.getChildrenUnmodifiable().stream().anyMatch(c -> holds(c, control));
    }
}
