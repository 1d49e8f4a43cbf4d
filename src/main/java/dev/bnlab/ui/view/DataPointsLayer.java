package dev.bnlab.ui.view;

import dev.bnlab.core.Dataset;
import dev.bnlab.plot.DataPlaneBounds;
import dev.bnlab.ui.plot.ViewStyle;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The train (small, faint) and test (hollow) markers of a data set. They never change during a run, so they
 * are drawn once into an image and that image is reused while the data set, the plot rectangle, the window
 * and the screen scale stay the same: one image per frame instead of thousands of ovals.
 */
final class DataPointsLayer {

    private WritableImage image;
    private Dataset data;
    private Rectangle2D plot;
    private DataPlaneBounds bounds;
    private double scale;
    private long builds;

    /** Draws the markers into the plot, from the cached image when it still fits. */
    void draw(GraphicsContext g, Dataset d, Rectangle2D r, DataPlaneBounds b, double renderScale) {
        if (d == null || r.getWidth() < 1) {
            return;
        }
        if (image == null || d != data || !r.equals(plot) || !b.equals(bounds) || renderScale != scale) {
            build(d, r, b, renderScale);
        }
        g.drawImage(image, r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    /** How many times the image was (re)built. */
    long builds() {
        return builds;
    }

    private void build(Dataset d, Rectangle2D r, DataPlaneBounds b, double renderScale) {
        // the image has one pixel per device pixel of the plot
        int w = (int) Math.ceil(r.getWidth() * renderScale);
        int h = (int) Math.ceil(r.getHeight() * renderScale);
        Canvas c = new Canvas(w, h);
        GraphicsContext cg = c.getGraphicsContext2D();
        cg.scale(renderScale, renderScale);
        drawMarkers(cg, d, new Rectangle2D(0, 0, r.getWidth(), r.getHeight()), b);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        image = c.snapshot(params, null);
        data = d;
        plot = r;
        bounds = b;
        scale = renderScale;
        builds++;
    }

    /** Draws every marker directly (plot coordinates). */
    static void drawMarkers(GraphicsContext g, Dataset d, Rectangle2D r, DataPlaneBounds b) {
        double side = r.getWidth();
        // marker sizes grow a little with the plot
        double k = Math.max(1, Math.min(1.8, side / 300));
        double rr = 1.7 * k;
        Color c0 = ViewStyle.class0().deriveColor(0, 1, 1, 0.55);
        Color c1 = ViewStyle.class1().deriveColor(0, 1, 1, 0.55);
        for (int i = 0; i < d.trainSize(); i++) {
            g.setFill(d.trainLabel(i) > 0.5 ? c1 : c0);
            double x = b.pixelX(d.trainX(i, 0), r.getMinX(), side);
            double y = b.pixelY(d.trainX(i, 1), r.getMinY(), side);
            g.fillOval(x - rr, y - rr, 2 * rr, 2 * rr);
        }
        double rt = 2.8 * k;
        g.setLineWidth(1.4);
        for (int i = 0; i < d.testSize(); i++) {
            g.setStroke(d.testLabel(i) > 0.5 ? ViewStyle.class1() : ViewStyle.class0());
            double x = b.pixelX(d.testX(i, 0), r.getMinX(), side);
            double y = b.pixelY(d.testX(i, 1), r.getMinY(), side);
            g.strokeOval(x - rt, y - rt, 2 * rt, 2 * rt);
        }
    }
}
