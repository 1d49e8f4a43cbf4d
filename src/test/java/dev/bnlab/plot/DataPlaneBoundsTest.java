package dev.bnlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bnlab.core.DataConfig;
import dev.bnlab.core.Dataset;
import dev.bnlab.core.DecisionGrid;
import dev.bnlab.core.TestShift;
import dev.bnlab.core.Vec;
import org.junit.jupiter.api.Test;

class DataPlaneBoundsTest {

    private static DecisionGrid grid(double lo, double hi) {
        return new DecisionGrid(2, 2, lo, hi, lo, hi, Vec.copyOf(new double[4]));
    }

    @Test
    void coversTheGridAndEveryPointAndIsSquare() {
        Dataset d = Dataset.generate(DataConfig.defaults().withTestShift(new TestShift(1.5, -0.5, 1.4)));
        DataPlaneBounds b = DataPlaneBounds.of(d, grid(-3, 3));
        assertThat(b.xMax() - b.xMin()).isCloseTo(b.yMax() - b.yMin(), within(1e-12));
        assertThat(b.xMin()).isLessThanOrEqualTo(-3);
        assertThat(b.yMax()).isGreaterThanOrEqualTo(3);
        for (int i = 0; i < d.testSize(); i++) {
            assertThat(d.testX(i, 0)).isBetween(b.xMin(), b.xMax());
            assertThat(d.testX(i, 1)).isBetween(b.yMin(), b.yMax());
        }
        for (int i = 0; i < d.trainSize(); i++) {
            assertThat(d.trainX(i, 0)).isBetween(b.xMin(), b.xMax());
            assertThat(d.trainX(i, 1)).isBetween(b.yMin(), b.yMax());
        }
        // the shifted test set reaches past x = 3, so the window is wider than the grid
        assertThat(b.xMax()).isGreaterThan(3);
    }

    @Test
    void aGridThatHoldsAllPointsIsTheWindowItself() {
        Dataset d = Dataset.generate(DataConfig.defaults());
        assertThat(DataPlaneBounds.of(d, grid(-3, 3))).isEqualTo(new DataPlaneBounds(-3, 3, -3, 3));
    }

    @Test
    void theWindowIsTheSameWithOrWithoutASmallGrid() {
        Dataset d = Dataset.generate(DataConfig.defaults());
        assertThat(DataPlaneBounds.of(d, null)).isEqualTo(DataPlaneBounds.of(d, grid(-2, 2)));
        assertThat(DataPlaneBounds.of(null, null)).isEqualTo(DataPlaneBounds.DEFAULT);
    }

    @Test
    void aLargerGridWidensTheWindow() {
        DataPlaneBounds b = DataPlaneBounds.of(null, grid(-4.2, 4.2));
        assertThat(b).isEqualTo(new DataPlaneBounds(-4.5, 4.5, -4.5, 4.5));
    }
}
