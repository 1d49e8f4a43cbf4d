package dev.bnlab.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Activation;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.NeuronState;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.Vec;
import dev.bnlab.i18n.Messages;
import dev.bnlab.plot.HistogramBins;
import dev.bnlab.plot.PlotBox;
import dev.bnlab.plot.StickyRange;
import dev.bnlab.plot.Ticks;
import dev.bnlab.runtime.ViewFrame;
import dev.bnlab.ui.plot.ViewStyle;
import dev.bnlab.ui.view.HistogramView.Row;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HistogramViewTest {

    static ViewFrame defaults;
    static ViewFrame none;

    @BeforeAll
    static void frames() {
        defaults = ViewFixtures.defaultFrame();
        none = ViewFixtures.frameWithPlacement(Placement.NONE, 200);
    }

    private static WritableImage shot(HistogramView v, ViewFrame f, int w, int h, String name) {
        return ViewFixtures.shot(v, f, w, h, "histogram-" + name);
    }

    @Test
    void withoutBnItSaysSoAndShowsOnlyZ() {
        HistogramView v = new HistogramView();
        shot(v, none, 640, 400, "none");
        assertThat(v.message()).isEqualTo(Messages.get(HistogramView.BN_OFF_KEY)).contains("BN is off");
        assertThat(v.rows()).containsExactly(Row.Z);

        HistogramView on = new HistogramView();
        shot(on, defaults, 640, 400, "default");
        assertThat(on.message()).isEmpty();
        assertThat(on.rows()).containsExactly(Row.INTO_BN, Row.XHAT, Row.OUT);
    }

    @Test
    void xhatRowIsFixedAtPlusMinusFourAndOtherRowsCoverTheirData() {
        HistogramView v = new HistogramView();
        shot(v, defaults, 640, 400, "default");
        for (int c = 0; c < v.window().count(); c++) {
            int j = v.window().neuron(c);
            assertThat(v.panel(1, c).xLo()).isEqualTo(-4.0);
            assertThat(v.panel(1, c).xHi()).isEqualTo(4.0);
            Vec pre = defaults.snapshot().batch().preBn().get(j);
            assertThat(v.panel(0, c).xLo()).isLessThanOrEqualTo(pre.min());
            assertThat(v.panel(0, c).xHi()).isGreaterThanOrEqualTo(pre.max());
            Vec out = defaults.snapshot().batch().bnOut().get(j);
            assertThat(v.panel(2, c).xLo()).isLessThanOrEqualTo(out.min());
            assertThat(v.panel(2, c).xHi()).isGreaterThanOrEqualTo(out.max());
        }
    }

    @Test
    void theFullestBinIsABarInTheNeuronsColourUpToItsCount() {
        HistogramView v = new HistogramView();
        WritableImage img = shot(v, defaults, 640, 400, "default");
        PlotBox b = v.panel(0, 0);
        int j = v.window().neuron(0);
        Vec pre = defaults.snapshot().batch().preBn().get(j);
        HistogramBins bins = HistogramBins.of(pre, b.xLo(), b.xHi(), HistogramBins.binCount(pre.size()));
        int k = 0;
        for (int i = 1; i < bins.bins(); i++) {
            k = bins.count(i) > bins.count(k) ? i : k;
        }
        double x = b.px(bins.edge(k) + bins.binWidth() * 0.3);
        Color bar = Pixels.overWhite(ViewStyle.neuron(j), 0.45);
        assertThat(Pixels.distance(Pixels.at(img, x, b.py(bins.count(k) * 0.5)), bar)).isLessThan(0.12);
        // above the bar's top there is no bar colour
        double above = b.py(bins.count(k)) - 4;
        if (above > b.top() + 2) {
            assertThat(Pixels.distance(Pixels.at(img, x, above), bar)).isGreaterThan(0.12);
        }
    }

    @Test
    void theStandardNormalCurveIsDrawnInCountUnitsOverTheXhatRow() {
        HistogramView v = new HistogramView();
        WritableImage img = shot(v, defaults, 640, 400, "default");
        PlotBox b = v.panel(1, 0);
        int n = defaults.snapshot().batchSize();
        double binWidth = 8.0 / HistogramBins.binCount(n);
        // peak φ(0)·n·Δ = n·Δ/√(2π)
        double peak = n * binWidth / Math.sqrt(2 * Math.PI);
        assertThat(Pixels.anyNear(img, b.px(0), b.py(peak), 1, 2, Pixels::dark)).isTrue();
        // and at x̂ = 3 it is near the axis, not at the peak height
        assertThat(Pixels.anyNear(img, b.px(3), b.py(peak), 1, 2, Pixels::dark)).isFalse();
    }

    @Test
    void readoutsShowTheSnapshotsNumbers() {
        HistogramView v = new HistogramView();
        shot(v, defaults, 1280, 720, "default");
        NeuronState ns = defaults.snapshot().neurons().get(0);
        assertThat(v.readout(0, Row.INTO_BN))
                .contains("μ_B " + Ticks.compact(HistogramView.round(ns.batchMean(), 3)))
                .contains("σ²_B " + Ticks.compact(HistogramView.round(ns.batchVar(), 3)));
        assertThat(v.readout(0, Row.OUT)).contains("γ " + Ticks.compact(HistogramView.round(ns.gamma(), 3)))
                .contains("β " + Ticks.compact(HistogramView.round(ns.beta(), 3)));
        assertThat(v.readout(0, Row.XHAT)).isNull();
    }

    @Test
    void axesStaySteadyWhileTheDataMovesFromStepToStep() {
        List<ViewFrame> frames = Pixels.sequence(SessionConfig.defaults(), Hyperparams.defaults(), 200, 30);
        HistogramView v = new HistogramView();
        Set<String> dataRanges = new HashSet<>();
        Set<String> axisRanges = new HashSet<>();
        Set<String> countAxes = new HashSet<>();
        for (ViewFrame f : frames) {
            ViewFixtures.render(v, f, 640, 400);
            Vec pre = f.snapshot().batch().preBn().get(0);
            dataRanges.add(pre.min() + ":" + pre.max());
            axisRanges.add(v.panel(0, 0).xLo() + ":" + v.panel(0, 0).xHi());
            countAxes.add(String.valueOf(v.panel(1, 0).yHi()));
        }
        assertThat(dataRanges).hasSize(30);
        assertThat(axisRanges).hasSizeLessThanOrEqualTo(2);
        assertThat(countAxes).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void aNewRunForgetsTheOldAxes() {
        HistogramView v = new HistogramView();
        ViewFrame wild = ViewFixtures.frameAfter(300, SessionConfig.defaults().withPlacement(Placement.NONE),
                Hyperparams.defaults().withLearningRate(3));
        ViewFixtures.render(v, wild, 640, 400);
        double wideSpan = v.panel(0, 0).xHi() - v.panel(0, 0).xLo();
        ViewFixtures.render(v, defaults, 640, 400);
        Vec pre = defaults.snapshot().batch().preBn().get(0);
        double span = v.panel(0, 0).xHi() - v.panel(0, 0).xLo();
        assertThat(span).isLessThan(wideSpan);
        assertThat((pre.max() - pre.min()) / span).isGreaterThanOrEqualTo(StickyRange.SHRINK_BELOW);
    }

    @Test
    void manyNeuronsShowAWindowWithTheSelectedOne() {
        ViewFrame f = ViewFixtures.frameAfter(20, SessionConfig.defaults().withHidden(8), Hyperparams.defaults())
                .withSelectedNeuron(6);
        HistogramView v = new HistogramView();
        shot(v, f, 1280, 720, "h8sel7");
        assertThat(v.window().neurons()).containsExactly(4, 5, 6, 7);
        assertThat(v.window().caption()).isEqualTo("showing neurons 5–8 of 8");
        HistogramView narrow = new HistogramView();
        shot(narrow, f, 420, 330, "h8sel7");
        assertThat(narrow.window().count()).isBetween(2, 4);
        assertThat(narrow.window().neurons()).contains(6);
    }

    @Test
    void edgeCasesRender() {
        ViewFrame step0 = ViewFixtures.frameAfter(0, SessionConfig.defaults(), Hyperparams.defaults());
        ViewFrame n2 = ViewFixtures.frameAfter(20, SessionConfig.defaults(), Hyperparams.defaults().withBatchSize(2));
        ViewFrame h1 = ViewFixtures.frameAfter(20, SessionConfig.defaults().withHidden(1), Hyperparams.defaults());
        ViewFrame diverged = ViewFixtures.frameAfter(50,
                SessionConfig.defaults().withActivation(Activation.RELU), Hyperparams.defaults().withLearningRate(1e6));
        assertThat(diverged.snapshot().diverged()).isTrue();
        for (ViewFrame f : List.of(step0, n2, h1, diverged)) {
            HistogramView v = new HistogramView();
            shot(v, f, 400, 260, "edge");
            assertThat(v.drawCount()).isPositive();
            assertThat(v.window().count()).isEqualTo(Math.min(f.snapshot().hidden(), 4));
        }
    }

    @Test
    void rendersTheShotsWhenAsked() {
        Assumptions.assumeTrue(System.getProperty("bnlab.viewshots") != null, "only with -Dbnlab.viewshots=DIR");
        SessionConfig cfg = SessionConfig.defaults();
        Hyperparams hp = Hyperparams.defaults();
        ViewFrame[] frames = {
            defaults, none,
            ViewFixtures.frameWithPlacement(Placement.AFTER, 200),
            ViewFixtures.frameAfter(200, cfg.withActivation(Activation.RELU), hp),
            ViewFixtures.frameAfter(1, cfg, hp),
            ViewFixtures.frameAfter(2000, cfg, hp),
            ViewFixtures.frameAfter(50, cfg, hp.withBatchSize(2)),
            ViewFixtures.frameAfter(50, cfg, hp.withBatchSize(1024)),
            ViewFixtures.frameAfter(100, cfg.withHidden(1), hp),
            ViewFixtures.frameAfter(100, cfg.withHidden(8), hp).withSelectedNeuron(6),
        };
        String[] names = {"default", "none", "after", "relu", "step1", "step2000", "n2", "n1024", "h1", "h8sel7"};
        int[][] sizes = {{420, 330}, {640, 400}, {1280, 720}, {400, 260}};
        for (int i = 0; i < frames.length; i++) {
            for (int[] s : sizes) {
                shot(new HistogramView(), frames[i], s[0], s[1], names[i]);
            }
        }
    }
}
