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

    /** Every view's drawing scale: 1 normally, larger in presentation mode (fonts, lines and margins grow together). */
    private static volatile double zoom = 1;

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
        // the canvas fills the area inside the border (CSS), so a border such as "highlighted" stays visible
        double left = snappedLeftInset();
        double top = snappedTopInset();
        canvas.relocate(left, top);
        double w = Math.max(0, Math.floor(getWidth() - left - snappedRightInset()));
        double h = Math.max(0, Math.floor(getHeight() - top - snappedBottomInset()));
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    /** The drawing scale of all views (≥ 1); set it, then {@link #redraw} the views to see it. */
    public static void setZoom(double z) {
        if (!(z >= 1 && z <= 4)) {
            throw new IllegalArgumentException("zoom must be within [1, 4]: " + z);
        }
        zoom = z;
    }

    public static double zoom() {
        return zoom;
    }

    /**
     * Converts a mouse coordinate relative to the canvas (not to the region, whose CSS border lies outside the
     * canvas) into the view's drawing coordinates (undoes the zoom).
     */
    protected static double unzoom(double canvasCoordinate) {
        return canvasCoordinate / zoom;
    }

    /** Redraws the current frame (after a theme or zoom change, or a resize). */
    public final void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 1 || h < 1) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        ViewStyle.clear(g, w, h);
        draws++;
        double z = zoom;
        g.save();
        // the view draws at logical size (w/z) × (h/z); the transform scales it back up to the canvas
        g.scale(z, z);
        if (frame == null) {
            drawWaiting(g, w / z, h / z);
        } else {
            draw(g, w / z, h / z, frame);
        }
        g.restore();
    }

    /** Draws what stands on a cleared canvas of size w × h before the first frame. */
    protected abstract void drawWaiting(GraphicsContext g, double w, double h);

    /** Draws the frame on a cleared canvas of size w × h. */
    protected abstract void draw(GraphicsContext g, double w, double h, F f);
}
