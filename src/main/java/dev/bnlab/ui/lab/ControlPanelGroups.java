package dev.bnlab.ui.lab;

import dev.bnlab.ui.presentation.ControlGroup;
import dev.bnlab.ui.presentation.ControlRows;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.controlsfx.control.SegmentedButton;

/**
 * Which rows of the {@link ControlPanel} belong to which {@link ControlGroup}, found from the panel's controls
 * (so the panel itself needs no presentation code). A row holding a control belongs to its group; a caption row
 * without a control (a slider's name and value, a formula note) belongs to the next group in its section, or the
 * previous one when it ends the section; section titles belong to no group.
 */
public final class ControlPanelGroups implements ControlRows {

    private final Map<ControlGroup, List<Node>> rows = new EnumMap<>(ControlGroup.class);
    /** Each section title with the rows under it. */
    private final Map<Node, List<Node>> sections = new LinkedHashMap<>();

    public ControlPanelGroups(ControlPanel panel) {
        Map<ControlGroup, List<Node>> controls = controls(panel);
        List<Node> children = List.copyOf(panel.getChildrenUnmodifiable());
        all = children;
        ControlGroup[] owner = new ControlGroup[children.size()];
        for (int i = 0; i < children.size(); i++) {
            owner[i] = groupOf(children.get(i), controls);
        }
        for (int i = 0; i < children.size(); i++) {
            if (owner[i] == null && !isSection(children.get(i))) {
                owner[i] = neighbourGroup(children, owner, i);
            }
        }
        Node section = null;
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            if (isSection(child)) {
                section = child;
                sections.put(child, new ArrayList<>());
                continue;
            }
            if (section != null) {
                sections.get(section).add(child);
            }
            if (owner[i] != null) {
                rows.computeIfAbsent(owner[i], g -> new ArrayList<>()).add(child);
            }
        }
    }

    private final List<Node> all;

    @Override
    public List<Node> all() {
        return all;
    }

    @Override
    public List<Node> rows(ControlGroup g) {
        return rows.getOrDefault(g, List.of());
    }

    @Override
    public Map<Node, List<Node>> sections() {
        return sections;
    }

    private static Map<ControlGroup, List<Node>> controls(ControlPanel p) {
        Map<ControlGroup, List<Node>> m = new EnumMap<>(ControlGroup.class);
        m.put(ControlGroup.LANGUAGE, List.of(p.language));
        m.put(ControlGroup.RUN, List.of(p.playPause, p.step, p.step10, p.reset));
        m.put(ControlGroup.SPEED, List.of(p.speed));
        m.put(ControlGroup.LEARNING_RATE, List.of(p.learningRate));
        m.put(ControlGroup.BATCH_SIZE, List.of(p.batchSize));
        m.put(ControlGroup.MOMENTUM, List.of(p.momentum, p.keras, p.pytorch, p.cumulative));
        m.put(ControlGroup.PLACEMENT, List.of(p.placementNone, p.placementBefore, p.placementAfter));
        m.put(ControlGroup.ACTIVATION, List.of(p.activation, p.hidden));
        m.put(ControlGroup.DATASET, List.of(p.dataset, p.noise));
        m.put(ControlGroup.SEED, List.of(p.seed));
        m.put(ControlGroup.TEST_SHIFT, List.of(p.shiftX, p.shiftScale));
        m.put(ControlGroup.CODE_AND_FILES, List.of(p.showCode));
        return m;
    }

    private static ControlGroup groupOf(Node row, Map<ControlGroup, List<Node>> controls) {
        for (Map.Entry<ControlGroup, List<Node>> e : controls.entrySet()) {
            for (Node control : e.getValue()) {
                if (contains(row, control)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    /** Whether the control is the row or inside it (a segmented button's toggles count as inside it before it has a skin). */
    private static boolean contains(Node row, Node control) {
        if (row == control) {
            return true;
        }
        if (row instanceof SegmentedButton s && s.getButtons().contains(control)) {
            return true;
        }
        if (row instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                if (contains(child, control)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ControlGroup neighbourGroup(List<Node> children, ControlGroup[] owner, int i) {
        for (int k = i + 1; k < children.size() && !isSection(children.get(k)); k++) {
            if (owner[k] != null) {
                return owner[k];
            }
        }
        for (int k = i - 1; k >= 0 && !isSection(children.get(k)); k--) {
            if (owner[k] != null) {
                return owner[k];
            }
        }
        return null;
    }

    private static boolean isSection(Node n) {
        return n.getStyleClass().contains("section");
    }

    /** The controls of a group, for tests. */
    static List<Node> controlsOf(ControlPanel p, ControlGroup g) {
        return controls(p).get(g);
    }
}
