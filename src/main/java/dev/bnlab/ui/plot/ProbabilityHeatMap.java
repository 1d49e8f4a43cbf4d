package dev.bnlab.ui.plot;

import dev.bnlab.core.DecisionGrid;
import dev.bnlab.plot.ProbabilityContour;
import java.util.function.DoubleUnaryOperator;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The eval-mode decision surface p(class 1) as an image, one pixel per grid cell in {@link ProbabilityTint}
 * colours (reused while the grid keeps its size), and its p = ½ contour. Serves the live lab's data view and the
 * experiments' test-point plane. FX thread.
 */
public final class ProbabilityHeatMap {

    /** Colour of the p = ½ contour. */
    public static final Color CONTOUR = Color.web("#333333");

    private WritableImage image;

    /** Fills the image from the grid (grid row 0 at the bottom); returns how many cells are NaN. */
    public int fill(DecisionGrid grid) {
        int cols = grid.columns();
        int rows = grid.rows();
        if (image == null || (int) image.getWidth() != cols || (int) image.getHeight() != rows) {
            image = new WritableImage(cols, rows);
        }
        PixelWriter pw = image.getPixelWriter();
        int undefined = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double p = grid.probability(c, r);
                undefined += Double.isNaN(p) ? 1 : 0;
                // grid row 0 is the bottom; image row 0 is the top
                pw.setArgb(c, rows - 1 - r, ProbabilityTint.argb(p));
            }
        }
        return undefined;
    }

    /** The image of the last {@link #fill}. */
    public WritableImage image() {
        return image;
    }

    /** Strokes the p = ½ contour of the grid, 2 px wide, mapping data to pixels with px and py. */
    public static void strokeContour(GraphicsContext g, DecisionGrid grid, DoubleUnaryOperator px,
                                     DoubleUnaryOperator py) {
        double[] seg = ProbabilityContour.segments(grid, 0.5);
        g.setStroke(ViewStyle.ink(CONTOUR));
        g.setLineWidth(2);
        g.beginPath();
        for (int i = 0; i + 3 < seg.length; i += 4) {
            g.moveTo(px.applyAsDouble(seg[i]), py.applyAsDouble(seg[i + 1]));
            g.lineTo(px.applyAsDouble(seg[i + 2]), py.applyAsDouble(seg[i + 3]));
        }
        g.stroke();
    }
}
