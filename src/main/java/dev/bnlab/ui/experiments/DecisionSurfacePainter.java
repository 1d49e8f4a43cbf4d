package dev.bnlab.ui.experiments;

import dev.bnlab.core.DecisionGrid;
import dev.bnlab.ui.view.PlotBox;
import dev.bnlab.ui.view.ViewStyle;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The eval-mode decision surface p(class 1) as a heat map (class-0 tint, white at ½, class-1 tint) with its
 * p = ½ line (marching squares over the cell centres), like the live lab's data view. FX thread.
 */
final class DecisionSurfacePainter {

    static final Color TINT0 = Color.WHITE.interpolate(ViewStyle.CLASS0, 0.42);
    static final Color TINT1 = Color.WHITE.interpolate(ViewStyle.CLASS1, 0.42);
    static final Color BOUNDARY = Color.web("#333333");

    private WritableImage image;

    /** Heat-map colour of p: t = |2p − 1| of the way from white to the class tint. */
    static Color tint(double p) {
        if (Double.isNaN(p)) {
            return Color.web("#d9d9d9");
        }
        double q = Math.max(0, Math.min(1, p));
        return Color.WHITE.interpolate(q >= 0.5 ? TINT1 : TINT0, Math.abs(2 * q - 1));
    }

    void draw(GraphicsContext g, PlotBox b, DecisionGrid grid) {
        if (grid == null) {
            return;
        }
        int cols = grid.columns();
        int rows = grid.rows();
        if (image == null || (int) image.getWidth() != cols || (int) image.getHeight() != rows) {
            image = new WritableImage(cols, rows);
        }
        PixelWriter pw = image.getPixelWriter();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                // grid row 0 is the bottom; image row 0 is the top
                pw.setColor(c, rows - 1 - r, tint(grid.probability(c, r)));
            }
        }
        Painter.clip(g, b);
        g.setImageSmoothing(true);
        double x0 = b.px(grid.xMin());
        double y0 = b.py(grid.yMax());
        g.drawImage(image, x0, y0, b.px(grid.xMax()) - x0, b.py(grid.yMin()) - y0);
        g.setStroke(BOUNDARY);
        g.setLineWidth(2);
        g.beginPath();
        double dx = (grid.xMax() - grid.xMin()) / cols;
        double dy = (grid.yMax() - grid.yMin()) / rows;
        double[] pts = new double[8];
        for (int r = 0; r + 1 < rows; r++) {
            for (int c = 0; c + 1 < cols; c++) {
                double v0 = grid.probability(c, r);
                double v1 = grid.probability(c + 1, r);
                double v2 = grid.probability(c + 1, r + 1);
                double v3 = grid.probability(c, r + 1);
                if (Double.isNaN(v0 + v1 + v2 + v3)) {
                    continue;
                }
                double cx = grid.xMin() + (c + 0.5) * dx;
                double cy = grid.yMin() + (r + 0.5) * dy;
                int k = crossing(v0, v1, cx, cy, cx + dx, cy, pts, 0);
                k = crossing(v1, v2, cx + dx, cy, cx + dx, cy + dy, pts, k);
                k = crossing(v2, v3, cx + dx, cy + dy, cx, cy + dy, pts, k);
                k = crossing(v3, v0, cx, cy + dy, cx, cy, pts, k);
                for (int s = 0; s + 1 < k; s += 2) {
                    g.moveTo(b.px(pts[2 * s]), b.py(pts[2 * s + 1]));
                    g.lineTo(b.px(pts[2 * s + 2]), b.py(pts[2 * s + 3]));
                }
            }
        }
        g.stroke();
        g.restore();
    }

    /** If ½ lies between a (at p) and b (at q), stores the interpolated point as the k-th and returns k + 1. */
    private static int crossing(double a, double b, double px, double py, double qx, double qy, double[] pts, int k) {
        if ((a < 0.5) == (b < 0.5)) {
            return k;
        }
        // t with a + t·(b − a) = ½
        double t = (0.5 - a) / (b - a);
        pts[2 * k] = px + t * (qx - px);
        pts[2 * k + 1] = py + t * (qy - py);
        return k + 1;
    }
}
