package dev.bnlab.ui.presentation;

import dev.bnlab.ui.plot.FrameCanvasView;
import javafx.scene.Node;
import javafx.scene.Parent;

/** Redraws every canvas view under a root (live lab and Experiments mode) after a theme or zoom change. */
final class ViewRedraw {

    private ViewRedraw() {
    }

    static void all(Parent root) {
        if (root == null) {
            return;
        }
        for (Node n : root.lookupAll(".bn-view")) {
            if (n instanceof FrameCanvasView<?> v) {
                v.redraw();
            }
        }
    }
}
