package dev.bnlab.ui.plot;

import dev.bnlab.core.DecisionGrid;
import dev.bnlab.plot.PlotBox;
import javafx.scene.canvas.GraphicsContext;

/**
 * The eval-mode decision surface p(class 1) in a plot box: the {@link ProbabilityHeatMap} (class-0 tint, white
 * at ½, class-1 tint, smoothed) with its p = ½ line, as in the live lab's data view. FX thread.
 */
public final class DecisionSurfacePainter {

    private final ProbabilityHeatMap heatMap = new ProbabilityHeatMap();

    public void draw(GraphicsContext g, PlotBox b, DecisionGrid grid) {
        if (grid == null) {
            return;
        }
        heatMap.fill(grid);
        PlotPainter.clip(g, b);
        g.setImageSmoothing(true);
        double x0 = b.px(grid.xMin());
        double y0 = b.py(grid.yMax());
        g.drawImage(heatMap.image(), x0, y0, b.px(grid.xMax()) - x0, b.py(grid.yMin()) - y0);
        ProbabilityHeatMap.strokeContour(g, grid, b::px, b::py);
        g.restore();
    }
}
