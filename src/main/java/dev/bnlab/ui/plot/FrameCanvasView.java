package dev.bnlab.ui.plot;

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
    /** The smallest drawing area (layout pixels after zoom) the views are laid out for. */
    public static final double MIN_LOGICAL_WIDTH = 300;
    public static final double MIN_LOGICAL_HEIGHT = 240;

    static {
        // before the first view draws text: see GlyphLayoutRaceGuard (a no-op when the app already did it)
        GlyphLayoutRaceGuard.install();
    }

    private static volatile double zoom = 1;
    private static volatile double outputScale = 1;

    private final Canvas canvas = new Canvas();
    private F frame;
    private double drawnZoom = 1;
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
     * Pixels per layout pixel of the canvases (1 on screen; 2 while a 2× picture is taken, the canvases then being
     * twice as large): the views draw the same picture, only finer.
     */
    public static void setOutputScale(double s) {
        if (!(s >= 1 && s <= 8)) {
            throw new IllegalArgumentException("output scale must be within [1, 8]: " + s);
        }
        outputScale = s;
    }

    public static double outputScale() {
        return outputScale;
    }

    /**
     * The zoom a view of logical size w × h (layout pixels) draws at: the global zoom, but never so large that the
     * view has less than {@link #MIN_LOGICAL_WIDTH} × {@link #MIN_LOGICAL_HEIGHT} to draw in (where its titles,
     * readouts and axes still fit), and never below 1. A presentation in a small window zooms less.
     */
    static double fittedZoom(double z, double w, double h) {
        // max(1, min(z, w / W_min, h / H_min))
        return Math.max(1, Math.min(z, Math.min(w / MIN_LOGICAL_WIDTH, h / MIN_LOGICAL_HEIGHT)));
    }

    /** The zoom this view drew with last (1 before its first draw). */
    public final double drawnZoom() {
        return drawnZoom;
    }

    /**
     * Converts a mouse coordinate relative to the canvas (not to the region, whose CSS border lies outside the
     * canvas) into the view's drawing coordinates (undoes the zoom).
     */
    protected final double unzoom(double canvasCoordinate) {
        return canvasCoordinate / drawnZoom;
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
        double out = outputScale;
        drawnZoom = fittedZoom(zoom, w / out, h / out);
        double z = out * drawnZoom;
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
