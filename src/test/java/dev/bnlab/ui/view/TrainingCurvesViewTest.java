package dev.bnlab.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.HistoryColumns;
import dev.bnlab.core.HistoryTable;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.runtime.ViewFrame;
import dev.bnlab.ui.plot.ViewStyle;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrainingCurvesViewTest {

    private static ViewFrame at200;
    private static ViewFrame at210;
    private static ViewFrame diverged;

    @BeforeAll
    static void frames() {
        at200 = ViewFixtures.frameAfter(200, SessionConfig.defaults(), Hyperparams.defaults());
        at210 = ViewFixtures.frameAfter(210, SessionConfig.defaults(), Hyperparams.defaults());
        // BN after a sigmoid with a huge learning rate blows up within ~100 steps
        diverged = ViewFixtures.frameAfter(300, SessionConfig.defaults().withPlacement(Placement.AFTER),
                Hyperparams.defaults().withLearningRate(100));
    }

    /** Closest colour distance to {@code c} in a (2k+1)² neighbourhood. */
    private static double nearest(WritableImage img, double x, double y, int k, Color c) {
        double best = 1;
        for (int dx = -k; dx <= k; dx++) {
            for (int dy = -k; dy <= k; dy++) {
                best = Math.min(best, ViewPixels.distance(ViewFixtures.pixel(img, (int) x + dx, (int) y + dy), c));
            }
        }
        return best;
    }

    @Test
    void evalLossAndAccuracyAreDrawnInTheEvalColourAtTheirValues() {
        TrainingCurvesView v = new TrainingCurvesView();
        WritableImage img = ViewFixtures.render(v, at200, 640, 400);
        ViewFixtures.saveIfRequested(img, "test-curves-200");
        HistoryTable ev = at200.evals();
        int row = ev.rows() / 2;
        double step = ev.get(row, HistoryColumns.EVAL_STEP);
        double loss = ev.get(row, HistoryColumns.EVAL_TEST_LOSS);
        double acc = ev.get(row, HistoryColumns.EVAL_TEST_ACCURACY);
        assertThat(nearest(img, v.stepPixel(step), v.lossPixel(loss), 1, ViewStyle.eval())).isLessThan(0.08);
        assertThat(nearest(img, v.stepPixel(step), v.accuracyPixel(acc), 1, ViewStyle.eval())).isLessThan(0.08);
        // and not at a value far from it
        assertThat(nearest(img, v.stepPixel(step), v.accuracyPixel(acc < 0.5 ? 0.95 : 0.05), 1, ViewStyle.eval()))
                .isGreaterThan(0.2);
    }

    @Test
    void trainSeriesIsDrawnInTheTrainColour() {
        TrainingCurvesView v = new TrainingCurvesView();
        WritableImage img = ViewFixtures.render(v, at200, 640, 400);
        HistoryTable st = at200.steps();
        // the first step: the moving average equals the first loss there
        double step = st.get(0, HistoryColumns.STEP);
        double loss = st.get(0, HistoryColumns.LOSS);
        assertThat(nearest(img, v.stepPixel(step) + 1, v.lossPixel(loss), 2, ViewStyle.train())).isLessThan(0.15);
    }

    @Test
    void lossAxisCoversTheCurvesAndDoesNotJitterBetweenSteps() {
        TrainingCurvesView v = new TrainingCurvesView();
        ViewFixtures.render(v, at200, 640, 400);
        double top = v.lossAxisTop();
        HistoryTable ev = at200.evals();
        for (int i = 0; i < ev.rows(); i++) {
            assertThat(ev.get(i, HistoryColumns.EVAL_TEST_LOSS)).isLessThanOrEqualTo(top);
        }
        FxTestSupport.show(v, at210);
        assertThat(v.lossAxisTop()).isEqualTo(top);
    }

    @Test
    void stepAxisStartsAtTheFirstHeldStep() {
        TrainingCurvesView v = new TrainingCurvesView();
        ViewFixtures.render(v, at200, 640, 400);
        assertThat(v.stepPixel(0)).isEqualTo(v.lossPlotBounds().getMinX());
        assertThat(v.stepPixel(200)).isEqualTo(v.lossPlotBounds().getMaxX());
        assertThat(v.accuracyPlotBounds().getMinY()).isGreaterThan(v.lossPlotBounds().getMaxY());
    }

    @Test
    void theDivergenceStepIsMarked() {
        assertThat(diverged.snapshot().divergence()).as("fixture must diverge").isNotNull();
        TrainingCurvesView v = new TrainingCurvesView();
        WritableImage img = ViewFixtures.render(v, diverged, 640, 400);
        ViewFixtures.saveIfRequested(img, "test-curves-diverged");
        long at = diverged.snapshot().divergence().step();
        assertThat(v.divergenceLabel()).isEqualTo("diverged: " + diverged.snapshot().divergence().message());
        // the dashed marker: somewhere along its column in the accuracy plot
        double x = v.stepPixel(at);
        double yMid = v.accuracyPlotBounds().getMinY() + v.accuracyPlotBounds().getHeight() * 0.3;
        double best = 1;
        for (int dy = 0; dy < 12; dy++) {
            best = Math.min(best, nearest(img, x, yMid + dy, 1, TrainingCurvesView.DIVERGED));
        }
        assertThat(best).isLessThan(0.1);

        TrainingCurvesView healthy = new TrainingCurvesView();
        ViewFixtures.render(healthy, at200, 640, 400);
        assertThat(healthy.divergenceLabel()).isNull();
    }

    @Test
    void beforeTheFirstStepItDrawsAxesWithoutCurves() {
        ViewFrame start = ViewFixtures.frameAfter(0, SessionConfig.defaults(), Hyperparams.defaults());
        TrainingCurvesView v = new TrainingCurvesView();
        ViewFixtures.render(v, start, 420, 330);
        assertThat(v.lossAxisTop()).isPositive().isFinite();
        assertThat(v.drawCount()).isPositive();
    }
}
