package dev.bnlab.ui.experiments;

import dev.bnlab.ui.view.ViewStyle;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * Base of the experiment views (like {@code dev.bnlab.ui.view.CanvasView}, for {@link ExperimentFrame}s): one
 * canvas filling the region, redrawn only when a frame arrives ({@link #show}) or on resize. FX thread only.
 */
public abstract class ExperimentView extends Region {

    private final Canvas canvas = new Canvas();
    private ExperimentFrame frame;
    private long draws;

    protected ExperimentView(String styleClass) {
        getStyleClass().addAll("bn-view", "experiment-view", styleClass);
        getChildren().add(canvas);
        setMinSize(0, 0);
        setPrefSize(480, 320);
    }

    /** The view's title, also its name in lists. */
    public abstract String title();

    public final void show(ExperimentFrame f) {
        frame = f;
        redraw();
    }

    public final ExperimentFrame frame() {
        return frame;
    }

    public final Canvas canvas() {
        return canvas;
    }

    /** How many times the view has drawn (tests). */
    public final long drawCount() {
        return draws;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    protected final void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 1 || h < 1) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(ViewStyle.BACKGROUND);
        g.fillRect(0, 0, w, h);
        draws++;
        if (frame == null) {
            double top = Painter.title(g, title(), w);
            Painter.message(g, "Waiting for the experiment…", 0, top, w, h - top);
            return;
        }
        draw(g, w, h, frame);
    }

    /** Draws the frame on a cleared canvas of w × h. */
    protected abstract void draw(GraphicsContext g, double w, double h, ExperimentFrame f);
}
