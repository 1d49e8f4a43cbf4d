package dev.bnlab.ui.view;

import dev.bnlab.i18n.Messages;
import javafx.scene.canvas.GraphicsContext;

/**
 * Base of every live-lab view: a {@link FrameCanvasView} of {@link ViewFrame}s. Subclasses implement
 * {@link #draw}. FX thread only.
 */
public abstract class CanvasView extends FrameCanvasView<ViewFrame> {

    protected CanvasView(String styleClass) {
        super(120, 90, styleClass);
    }

    @Override
    protected final void drawWaiting(GraphicsContext g, double w, double h) {
        ViewStyle.centeredMessage(g, w, h, Messages.get("views.waiting"));
    }
}
