package dev.bnlab.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.BatchArrays;
import dev.bnlab.core.DataConfig;
import dev.bnlab.core.DecisionGrid;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.Snapshot;
import dev.bnlab.core.TestShift;
import dev.bnlab.core.Vec;
import java.util.List;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DataViewTest {

    private static ViewFrame base;

    @BeforeAll
    static void frames() {
        base = ViewFixtures.frameAfter(50, SessionConfig.defaults(), Hyperparams.defaults());
    }

    /** p = 1 right of x = 0, p = 0 left of it, over [−3, 3]². */
    private static DecisionGrid halfPlaneGrid() {
        return halfPlaneGrid(false);
    }

    /** p = 1 on one side of x = 0 (or of y = 0 when {@code upper}: p = 1 above it); rows run bottom-up. */
    private static DecisionGrid halfPlaneGrid(boolean upper) {
        int n = 40;
        double[] p = new double[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                p[r * n + c] = (upper ? r : c) >= n / 2 ? 1.0 : 0.0;
            }
        }
        return new DecisionGrid(n, n, -3, 3, -3, 3, Vec.copyOf(p));
    }

    @Test
    void gridRowZeroIsDrawnAtTheBottom() {
        DataView v = new DataView();
        ViewFrame f = new ViewFrame(base.snapshot(), base.steps(), base.evals(), base.dataset(), halfPlaneGrid(true),
                0);
        WritableImage img = ViewFixtures.render(v, f, 640, 400);
        ViewPixels.assertNear(ViewFixtures.pixel(img, (int) v.px(2.85), (int) v.py(2.85)), ProbabilityTint.TINT1,
                0.03, "top corner (p = 1 for y > 0)");
        ViewPixels.assertNear(ViewFixtures.pixel(img, (int) v.px(2.85), (int) v.py(-2.85)), ProbabilityTint.TINT0,
                0.03, "bottom corner (p = 0 for y < 0)");
    }

    /** The base frame with a one-point batch at (x, y) of the given class. */
    private static ViewFrame withBatchPoint(ViewFrame f, double x, double y, int label, DecisionGrid grid) {
        Snapshot s = f.snapshot();
        Vec one = Vec.copyOf(new double[] {0});
        BatchArrays b = new BatchArrays(0, Vec.copyOf(new double[] {x}), Vec.copyOf(new double[] {y}),
                Vec.copyOf(new double[] {label}), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                one);
        Snapshot s2 = new Snapshot(s.step(), s.hyperparams(), s.config(), s.loss(), s.accuracy(), 1, s.neurons(),
                s.parameters(), b, List.of(), s.eval(), s.divergence());
        return new ViewFrame(s2, f.steps(), f.evals(), f.dataset(), grid, 0);
    }

    @Test
    void heatMapShowsEachClassTintWhereTheGridIsCertain() {
        DataView v = new DataView();
        ViewFrame f = new ViewFrame(base.snapshot(), base.steps(), base.evals(), base.dataset(), halfPlaneGrid(), 0);
        WritableImage img = ViewFixtures.render(v, f, 640, 400);
        ViewFixtures.saveIfRequested(img, "test-data-halfplane");
        // corners of the window hold no data points (the data lie within about ±2.6)
        Color right = ViewFixtures.pixel(img, (int) v.px(2.85), (int) v.py(-2.85));
        Color left = ViewFixtures.pixel(img, (int) v.px(-2.85), (int) v.py(2.85));
        ViewPixels.assertNear(right, ProbabilityTint.TINT1, 0.03, "p = 1 corner");
        ViewPixels.assertNear(left, ProbabilityTint.TINT0, 0.03, "p = 0 corner");
    }

    @Test
    void theHalfContourIsDrawnWhereTheGridCrossesHalf() {
        DataView v = new DataView();
        ViewFrame f = new ViewFrame(base.snapshot(), base.steps(), base.evals(), base.dataset(), halfPlaneGrid(), 0);
        WritableImage img = ViewFixtures.render(v, f, 640, 400);
        // the ½ line of the half-plane grid is x = 0; look above the data at y = 2.85
        int y = (int) v.py(2.85);
        int x = (int) Math.round(v.px(0));
        double darkest = 1;
        for (int dx = -2; dx <= 2; dx++) {
            darkest = Math.min(darkest, ViewFixtures.pixel(img, x + dx, y).getBrightness());
        }
        assertThat(darkest).as("contour near x = 0").isLessThan(0.45);
        // and nowhere near x = ±1.5 on that row
        assertThat(ViewFixtures.pixel(img, (int) v.px(1.5), y).getBrightness()).isGreaterThan(0.8);
    }

    @Test
    void aBatchPointIsDrawnLargeInItsClassColourWithADarkOutline() {
        DataView v = new DataView();
        ViewFrame f = withBatchPoint(base, 2.8, 2.8, 1, null);
        WritableImage img = ViewFixtures.render(v, f, 640, 400);
        int cx = (int) Math.round(v.px(2.8));
        int cy = (int) Math.round(v.py(2.8));
        ViewPixels.assertNear(ViewFixtures.pixel(img, cx, cy), ViewStyle.class1(), 0.06, "batch point centre");
        // the outline: some pixel a marker radius to the left is dark
        double darkest = 1;
        for (int dx = 3; dx <= 9; dx++) {
            darkest = Math.min(darkest, ViewFixtures.pixel(img, cx - dx, cy).getBrightness());
        }
        assertThat(darkest).isLessThan(0.35);
        // without the batch point that spot is plain background
        ViewFrame without = withBatchPoint(base, -2.8, -2.8, 0, null);
        WritableImage img2 = ViewFixtures.render(new DataView(), without, 640, 400);
        assertThat(ViewPixels.distance(ViewFixtures.pixel(img2, cx, cy), ViewStyle.class1())).isGreaterThan(0.2);
    }

    @Test
    void windowIsSquareAndStaysFixedBetweenSteps() {
        DataView v = new DataView();
        ViewFixtures.render(v, base, 420, 330);
        assertThat(v.plotBounds().getWidth()).isEqualTo(v.plotBounds().getHeight());
        DataPlaneBounds first = v.bounds();
        double px = v.px(1.0);
        ViewFrame later = ViewFixtures.frameAfter(60, SessionConfig.defaults(), Hyperparams.defaults());
        ViewFrame sameData = new ViewFrame(later.snapshot(), later.steps(), later.evals(), base.dataset(),
                later.grid(), 0);
        FxTestSupport.show(v, sameData);
        assertThat(v.bounds()).isEqualTo(first);
        assertThat(v.px(1.0)).isEqualTo(px);
    }

    @Test
    void saysWhenTheTestSetIsShifted() {
        ViewFrame shifted = ViewFixtures.frameAfter(5, SessionConfig.defaults()
                .withData(DataConfig.defaults().withTestShift(new TestShift(0.5, -0.25, 1.3))), Hyperparams.defaults());
        DataView v = new DataView();
        ViewFixtures.render(v, shifted, 420, 330);
        assertThat(v.shiftNote()).isEqualTo("test set shifted by (0.5, \u22120.25), scaled ×1.3");
        ViewFixtures.render(v, base, 420, 330);
        assertThat(v.shiftNote()).isNull();
        assertThat(DataView.shiftText(new TestShift(0, 0, 2))).isEqualTo("test set scaled ×2");
    }

    @Test
    void aNaNSurfaceIsReportedNotDrawnAsAClass() {
        double[] nan = new double[16];
        java.util.Arrays.fill(nan, Double.NaN);
        DecisionGrid g = new DecisionGrid(4, 4, -3, 3, -3, 3, Vec.copyOf(nan));
        DataView v = new DataView();
        WritableImage img = ViewFixtures.render(v, withBatchPoint(base, 0, 0, 0, g), 640, 400);
        assertThat(v.surfaceUndefined()).isTrue();
        ViewPixels.assertNear(ViewFixtures.pixel(img, (int) v.px(2.9), (int) v.py(-2.9)), ProbabilityTint.UNDEFINED,
                0.03, "NaN cell");
        ViewFixtures.render(v, base, 640, 400);
        assertThat(v.surfaceUndefined()).isFalse();
    }

    @Test
    void legendGoesBesideAWideViewAndBelowANarrowOne() {
        DataView v = new DataView();
        ViewFixtures.render(v, base, 640, 400);
        assertThat(v.legendAtRight()).isTrue();
        ViewFixtures.render(v, base, 360, 600);
        assertThat(v.legendAtRight()).isFalse();
        assertThat(v.plotBounds().getMaxX()).isLessThanOrEqualTo(360);
    }

    @Test
    void cachedTrainAndTestMarkersLookLikeDirectDrawing() {
        DataView cached = new DataView();
        DataView direct = new DataView();
        direct.setCachePoints(false);
        WritableImage a = ViewFixtures.render(cached, base, 640, 400);
        WritableImage b = ViewFixtures.render(direct, base, 640, 400);
        javafx.geometry.Rectangle2D r = cached.plotBounds();
        double sum = 0;
        double worst = 0;
        int n = 0;
        int coloured = 0;
        for (int y = (int) r.getMinY() + 1; y < r.getMaxY() - 1; y++) {
            for (int x = (int) r.getMinX() + 1; x < r.getMaxX() - 1; x++) {
                Color ca = ViewFixtures.pixel(a, x, y);
                double d = ViewPixels.distance(ca, ViewFixtures.pixel(b, x, y));
                sum += d;
                worst = Math.max(worst, d);
                n++;
                coloured += ca.getSaturation() > 0.5 ? 1 : 0;
            }
        }
        assertThat(sum / n).as("mean channel difference").isLessThan(0.01);
        assertThat(worst).as("worst channel difference").isLessThan(0.25);
        // and the markers are really there: many saturated pixels
        assertThat(coloured).isGreaterThan(n / 20);
    }

    @Test
    void markerImageIsBuiltOnceAndRebuiltOnResize() {
        DataView v = new DataView();
        ViewFixtures.render(v, base, 640, 400);
        assertThat(v.pointsLayerBuilds()).isEqualTo(1);
        ViewFrame later = ViewFixtures.frameAfter(51, SessionConfig.defaults(), Hyperparams.defaults());
        FxTestSupport.show(v, new ViewFrame(later.snapshot(), later.steps(), later.evals(), base.dataset(),
                later.grid(), 0));
        assertThat(v.pointsLayerBuilds()).isEqualTo(1);
        ViewFixtures.render(v, base, 420, 330);
        assertThat(v.pointsLayerBuilds()).isEqualTo(2);
    }
}
