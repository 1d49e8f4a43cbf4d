package dev.bnlab.ui.view;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * Base of every view: one {@link Canvas} that fills the region, redrawn only when a new frame arrives
 * ({@link #show}) or the region is resized. Subclasses implement {@link #draw}. FX thread only.
 */
public abstract class CanvasView extends Region {

    private final Canvas canvas = new Canvas();
    private ViewFrame frame;
    private long draws;

    protected CanvasView(String styleClass) {
        getStyleClass().addAll("bn-view", styleClass);
        getChildren().add(canvas);
        setMinSize(120, 90);
        setPrefSize(480, 320);
    }

    /** Shows a new frame (redraws once). */
    public final void show(ViewFrame f) {
        this.frame = f;
        redraw();
    }

    public final ViewFrame frame() {
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
            ViewStyle.centeredMessage(g, w, h, "Waiting for the first step…");
            return;
        }
        draw(g, w, h, frame);
    }

    /** Draws the frame on a cleared canvas of size w × h. */
    protected abstract void draw(GraphicsContext g, double w, double h, ViewFrame f);
}
