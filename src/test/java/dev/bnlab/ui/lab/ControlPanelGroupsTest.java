package dev.bnlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.i18n.Messages;
import dev.bnlab.ui.FxToolkit;
import dev.bnlab.ui.model.LabModel;
import dev.bnlab.ui.presentation.ControlGroup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.controlsfx.control.SegmentedButton;
import org.junit.jupiter.api.Test;

/**
 * Every group of the control panel is one node of its FXML that holds the group's controls, inside a titled
 * section; nothing of the panel belongs to two groups or to none.
 */
class ControlPanelGroupsTest {

    @Test
    void everyRowBelongsToExactlyOneGroupAndEachGroupHasItsControls() {
        SessionConfig cfg = SessionConfig.defaults();
        Hyperparams hp = Hyperparams.defaults();
        try (LabModel model = new LabModel(cfg, hp)) {
            FxToolkit.run(() -> {
                ControlPanel panel = new ControlPanel(model);
                ControlPanelGroups groups = panel.groups();
                List<Node> assigned = new ArrayList<>();
                for (ControlGroup g : ControlGroup.values()) {
                    assertThat(groups.rows(g)).as(g.id()).isNotEmpty();
                    assigned.addAll(groups.rows(g));
                    for (Node control : groups.controlsOf(g)) {
                        assertThat(groups.rows(g).stream().anyMatch(row -> holds(row, control)))
                                .as(g.id() + " holds " + control).isTrue();
                    }
                }
                assertThat(new HashSet<>(assigned)).as("no row in two groups").hasSameSizeAs(assigned);
                Set<Node> titles = groups.sections().keySet();
                for (Node child : panel.getChildrenUnmodifiable()) {
                    List<Node> inside = child instanceof Parent p && child.getStyleClass().contains("control-section")
                            ? p.getChildrenUnmodifiable() : List.of(child);
                    for (Node n : inside) {
                        assertThat(titles.contains(n) || assigned.contains(n)).as(n.toString()).isTrue();
                    }
                }
                // the slider captions go with their slider: the learning-rate group holds its caption and slider
                Node lr = groups.rows(ControlGroup.LEARNING_RATE).get(0);
                assertThat(holds(lr, panel.learningRate)).isTrue();
                assertThat(lr.lookupAll(".label").stream().map(l -> ((Label) l).getText()))
                        .contains(Messages.get("controls.learningRate"));
            });
        }
    }

    private static boolean holds(Node row, Node control) {
        if (row == control) {
            return true;
        }
        if (row instanceof SegmentedButton s && s.getButtons().contains(control)) {
            return true;
        }
        return row instanceof Parent p
                && p.getChildrenUnmodifiable().stream().anyMatch(c -> holds(c, control));
    }
}
