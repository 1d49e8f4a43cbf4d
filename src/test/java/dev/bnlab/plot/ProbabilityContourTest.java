package dev.bnlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bnlab.core.DecisionGrid;
import dev.bnlab.core.Vec;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

class ProbabilityContourTest {

    /** A grid over [−3, 3]² with p = f(x, y) at the cell centres. */
    static DecisionGrid grid(int n, DoubleBinaryOperator f) {
        double[] p = new double[n * n];
        double cell = 6.0 / n;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                p[r * n + c] = f.applyAsDouble(-3 + (c + 0.5) * cell, -3 + (r + 0.5) * cell);
            }
        }
        return new DecisionGrid(n, n, -3, 3, -3, 3, Vec.copyOf(p));
    }

    @Test
    void aLinearSurfaceGivesAStraightLineAtTheLevel() {
        // p = 0.5 + 0.1·(x − 0.75): the ½ line is x = 0.75
        DecisionGrid g = grid(30, (x, y) -> 0.5 + 0.1 * (x - 0.75));
        double[] s = ProbabilityContour.segments(g, 0.5);
        // one segment per row of cells
        assertThat(s.length / 4).isEqualTo(29);
        for (int i = 0; i < s.length; i += 2) {
            assertThat(s[i]).isCloseTo(0.75, within(1e-9));
        }
    }

    @Test
    void aCircleGivesPointsAtItsRadius() {
        // p = 1 inside radius 2 smoothly: p = 1 / (1 + exp(4(r − 2)))
        DecisionGrid g = grid(60, (x, y) -> 1 / (1 + Math.exp(4 * (Math.hypot(x, y) - 2))));
        double[] s = ProbabilityContour.segments(g, 0.5);
        assertThat(s.length).isGreaterThan(40);
        for (int i = 0; i < s.length; i += 2) {
            assertThat(Math.hypot(s[i], s[i + 1])).isCloseTo(2, within(0.05));
        }
    }

    @Test
    void noCrossingNoSegmentsAndNaNCellsAreSkipped() {
        assertThat(ProbabilityContour.segments(grid(10, (x, y) -> 0.9), 0.5)).isEmpty();
        assertThat(ProbabilityContour.segments(grid(10, (x, y) -> Double.NaN), 0.5)).isEmpty();
    }
}
