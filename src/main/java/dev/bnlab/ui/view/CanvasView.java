package dev.bnlab.ui.view;

import dev.bnlab.i18n.Messages;
import dev.bnlab.runtime.ViewFrame;
import dev.bnlab.ui.plot.FrameCanvasView;
import dev.bnlab.ui.plot.PlotPainter;
import dev.bnlab.ui.plot.ViewStyle;
import javafx.scene.canvas.GraphicsContext;

/**
 * Base of every live-lab view: a {@link FrameCanvasView} of {@link ViewFrame}s. Subclasses implement
 * {@link #draw}. FX thread only.
 */
public abstract class CanvasView extends FrameCanvasView<ViewFrame> {

    protected CanvasView(String styleClass) {
        super(120, 90, styleClass);
    }

    /** " · layer 2 of 3" after a per-neuron view's title when the network has several hidden layers, else "". */
    protected static String layerSuffix(ViewFrame f) {
        int layers = f.snapshot().layers();
        return layers == 1 ? "" : " · " + Messages.format("views.layerOf", f.shownLayer() + 1, layers);
    }

    @Override
    protected final void drawWaiting(GraphicsContext g, double w, double h) {
        PlotPainter.message(g, Messages.get("views.waiting"), 0, 0, w, h);
    }
}
