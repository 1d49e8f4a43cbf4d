package dev.bnlab.ui.view;

import dev.bnlab.runtime.ViewFrame;
import dev.bnlab.ui.FxToolkit;
import javafx.scene.image.WritableImage;

/** Small helpers for view tests that re-use an already laid-out view. */
final class FxTestSupport {

    private FxTestSupport() {
    }

    /** Shows another frame on a view that is already in a scene (FX thread inside). */
    static void show(CanvasView view, ViewFrame frame) {
        FxToolkit.run(() -> view.show(frame));
    }

    /** Shows a frame and snapshots the view's scene. */
    static WritableImage showAndSnapshot(CanvasView view, ViewFrame frame) {
        return FxToolkit.call(() -> {
            view.show(frame);
            return view.getScene().snapshot(null);
        });
    }
}
