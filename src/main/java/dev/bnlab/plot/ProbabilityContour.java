package dev.bnlab.plot;

import dev.bnlab.core.DecisionGrid;
import java.util.Arrays;

/**
 * The level line p = level of a decision grid by marching squares over the cell centres, as line segments in
 * data coordinates (linear interpolation along each cell edge). Cells with a NaN corner are skipped.
 */
public final class ProbabilityContour {

    private ProbabilityContour() {
    }

    /** Segments as a flat array {x0, y0, x1, y1, …}. */
    public static double[] segments(DecisionGrid g, double level) {
        int cols = g.columns();
        int rows = g.rows();
        double dx = (g.xMax() - g.xMin()) / cols;
        double dy = (g.yMax() - g.yMin()) / rows;
        double[] out = new double[16];
        int n = 0;
        double[] pts = new double[8];
        for (int r = 0; r + 1 < rows; r++) {
            for (int c = 0; c + 1 < cols; c++) {
                // corners counter-clockwise from bottom-left: (c,r), (c+1,r), (c+1,r+1), (c,r+1)
                double v0 = g.probability(c, r);
                double v1 = g.probability(c + 1, r);
                double v2 = g.probability(c + 1, r + 1);
                double v3 = g.probability(c, r + 1);
                if (Double.isNaN(v0) || Double.isNaN(v1) || Double.isNaN(v2) || Double.isNaN(v3)) {
                    continue;
                }
                double x0 = g.xMin() + (c + 0.5) * dx;
                double y0 = g.yMin() + (r + 0.5) * dy;
                int k = 0;
                // each edge whose ends straddle the level holds one crossing
                k = crossing(v0, v1, level, x0, y0, x0 + dx, y0, pts, k);
                k = crossing(v1, v2, level, x0 + dx, y0, x0 + dx, y0 + dy, pts, k);
                k = crossing(v2, v3, level, x0 + dx, y0 + dy, x0, y0 + dy, pts, k);
                k = crossing(v3, v0, level, x0, y0 + dy, x0, y0, pts, k);
                // 2 crossings: one segment; 4 (a saddle): pair them in edge order
                for (int s = 0; s + 3 < 2 * k; s += 4) {
                    if (n + 4 > out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    System.arraycopy(pts, s, out, n, 4);
                    n += 4;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** If level lies between a (at p) and b (at q), stores the interpolated point and returns k + 1. */
    private static int crossing(double a, double b, double level, double px, double py, double qx, double qy,
                                double[] pts, int k) {
        if ((a < level) == (b < level)) {
            return k;
        }
        // t with a + t·(b − a) = level
        double t = (level - a) / (b - a);
        pts[2 * k] = px + t * (qx - px);
        pts[2 * k + 1] = py + t * (qy - py);
        return k + 1;
    }
}
