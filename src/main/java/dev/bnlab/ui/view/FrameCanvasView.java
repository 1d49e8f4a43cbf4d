package dev.bnlab.ui.view;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * One {@link Canvas} that fills the region, redrawn only when a new frame of type {@code F} arrives
 * ({@link #show}) or the region is resized. Base of the live-lab views ({@link CanvasView}) and the experiment
 * views ({@code dev.bnlab.ui.experiments.ExperimentView}). Subclasses implement {@link #draw} and
 * {@link #drawWaiting}. FX thread only.
 *
 * @param <F> the frame type the view draws
 */
public abstract class FrameCanvasView<F> extends Region {

    private final Canvas canvas = new Canvas();
    private F frame;
    private long draws;

    /** A view with the style classes {@code bn-view} and {@code styleClasses}, at least minWidth × minHeight. */
    protected FrameCanvasView(double minWidth, double minHeight, String... styleClasses) {
        getStyleClass().add("bn-view");
        getStyleClass().addAll(styleClasses);
        getChildren().add(canvas);
        setMinSize(minWidth, minHeight);
        setPrefSize(480, 320);
    }

    /** Shows a new frame (redraws once). */
    public final void show(F f) {
        this.frame = f;
        redraw();
    }

    public final F frame() {
        return frame;
    }

    /** How many times this view has drawn (for tests and the frame benchmark). */
    public final long drawCount() {
        return draws;
    }

    public final Canvas canvas() {
        return canvas;
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
        ViewStyle.clear(g, w, h);
        draws++;
        if (frame == null) {
            drawWaiting(g, w, h);
            return;
        }
        draw(g, w, h, frame);
    }

    /** Draws what stands on a cleared canvas of size w × h before the first frame. */
    protected abstract void drawWaiting(GraphicsContext g, double w, double h);

    /** Draws the frame on a cleared canvas of size w × h. */
    protected abstract void draw(GraphicsContext g, double w, double h, F f);
}
