package dev.bnlab.ui.presentation;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;

/** The rows of a control panel by {@link ControlGroup}, as presentation mode shows and hides them. FX thread. */
public interface ControlRows {

    /** The panel's rows of a group (empty if the panel has none). */
    List<Node> rows(ControlGroup g);

    /** Each section title with the rows under it (a title shows while any of its rows does). */
    Map<Node, List<Node>> sections();

    /** Every row and title presentation mode may hide. */
    List<Node> all();
}
