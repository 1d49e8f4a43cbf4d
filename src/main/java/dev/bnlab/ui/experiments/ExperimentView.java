package dev.bnlab.ui.experiments;

import dev.bnlab.i18n.Messages;
import dev.bnlab.runtime.ExperimentFrame;
import dev.bnlab.ui.plot.FrameCanvasView;
import dev.bnlab.ui.plot.PlotPainter;
import javafx.scene.canvas.GraphicsContext;

/**
 * Base of the experiment views: a {@link FrameCanvasView} of {@link ExperimentFrame}s that shows its title
 * while it waits for the first frame. FX thread only.
 */
public abstract class ExperimentView extends FrameCanvasView<ExperimentFrame> {

    protected ExperimentView(String styleClass) {
        super(0, 0, "experiment-view", styleClass);
    }

    /** The view's title, also its name in lists. */
    public abstract String title();

    @Override
    protected final void drawWaiting(GraphicsContext g, double w, double h) {
        double top = PlotPainter.title(g, title(), w);
        PlotPainter.message(g, Messages.get("experiments.view.waiting"), 0, top, w, h - top);
    }
}
