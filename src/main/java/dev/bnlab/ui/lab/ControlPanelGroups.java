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

/**
 * The groups of the {@link ControlPanel} as its FXML declares them: each presentation group is one node (style
 * class {@code control-group}, its id as {@code userData}) inside a titled section ({@code control-section}).
 * Presentation mode keeps or hides a group's node as a whole; a section's title shows while one of its groups does.
 */
public final class ControlPanelGroups implements ControlRows {

    private final Map<ControlGroup, Node> groups = new EnumMap<>(ControlGroup.class);
    private final Map<Node, List<Node>> sections = new LinkedHashMap<>();
    private final Map<ControlGroup, List<Node>> controls;
    private final List<Node> all = new ArrayList<>();

    ControlPanelGroups(ControlPanel panel, Map<ControlGroup, List<Node>> controls) {
        this.controls = controls;
        for (Node child : panel.getChildrenUnmodifiable()) {
            if (child.getStyleClass().contains("control-section")) {
                Node title = null;
                List<Node> under = new ArrayList<>();
                for (Node n : ((Parent) child).getChildrenUnmodifiable()) {
                    if (n.getStyleClass().contains("section")) {
                        title = n;
                        all.add(n);
                    } else {
                        under.add(group(n));
                    }
                }
                sections.put(title, under);
            } else {
                group(child);
            }
        }
        for (ControlGroup g : ControlGroup.values()) {
            if (!groups.containsKey(g)) {
                throw new IllegalStateException("ControlPanel.fxml has no group \"" + g.id() + "\"");
            }
        }
    }

    /** Registers a group node of the FXML by its userData. */
    private Node group(Node n) {
        if (!n.getStyleClass().contains("control-group") || !(n.getUserData() instanceof String id)) {
            throw new IllegalStateException("ControlPanel.fxml: " + n + " is neither a control group nor a title");
        }
        ControlGroup g = ControlGroup.fromId(id);
        if (groups.put(g, n) != null) {
            throw new IllegalStateException("ControlPanel.fxml has two groups \"" + id + "\"");
        }
        all.add(n);
        return n;
    }

    @Override
    public List<Node> rows(ControlGroup g) {
        Node n = groups.get(g);
        return n == null ? List.of() : List.of(n);
    }

    @Override
    public Map<Node, List<Node>> sections() {
        return sections;
    }

    @Override
    public List<Node> all() {
        return all;
    }

    /** The controls of a group (each is inside the group's node). */
    public List<Node> controlsOf(ControlGroup g) {
        return controls.getOrDefault(g, List.of());
    }
}
