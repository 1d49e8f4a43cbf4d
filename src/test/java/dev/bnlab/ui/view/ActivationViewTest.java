package dev.bnlab.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Activation;
import dev.bnlab.core.HistoryColumns;
import dev.bnlab.core.HistoryTable;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.Vec;
import dev.bnlab.plot.PlotBox;
import dev.bnlab.runtime.ViewFrame;
import dev.bnlab.ui.plot.ViewStyle;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ActivationViewTest {

    static ViewFrame defaults;
    /** No BN and a large learning rate: inputs spread far and saturate. */
    static ViewFrame saturating;

    @BeforeAll
    static void frames() {
        // a gentle learning rate keeps the batch inside the default ±6 window for this test
        defaults = ViewFixtures.frameAfter(200, SessionConfig.defaults(), Hyperparams.defaults().withLearningRate(0.3));
        saturating = ViewFixtures.frameAfter(300, SessionConfig.defaults().withPlacement(Placement.NONE),
                Hyperparams.defaults().withLearningRate(3));
    }

    private static WritableImage shot(CanvasView v, ViewFrame f, int w, int h, String name) {
        return ViewFixtures.shot(v, f, w, h, "activation-" + name);
    }

    private static boolean shaded(Color c) {
        return Pixels.distance(c, ViewStyle.shade()) < 0.04;
    }

    @Test
    void sigmoidTailsAreShadedAndLabelled() {
        ActivationView v = new ActivationView();
        WritableImage img = shot(v, defaults, 420, 330, "default");
        PlotBox b = v.curvePlot();
        assertThat(b.xLo()).isEqualTo(-6.0);
        assertThat(b.xHi()).isEqualTo(6.0);
        double midY = b.top() + b.height() * 0.4;
        assertThat(Pixels.anyNear(img, b.px(4.8), midY, 0, 3, ActivationViewTest::shaded)).isTrue();
        assertThat(Pixels.anyNear(img, b.px(-4.8), midY, 0, 3, ActivationViewTest::shaded)).isTrue();
        assertThat(Pixels.anyNear(img, b.px(3.3), b.top() + 6, 0, 3, ActivationViewTest::shaded)).isFalse();
        assertThat(Pixels.anyNear(img, b.px(-1.3), b.top() + 6, 0, 3, ActivationViewTest::shaded)).isFalse();
        assertThat(v.shadeLabel()).isEqualTo("saturated: σ' < 10 % of max");
    }

    @Test
    void reluShadesTheDeadSideOnly() {
        ViewFrame relu = ViewFixtures.frameAfter(50, SessionConfig.defaults().withActivation(Activation.RELU),
                Hyperparams.defaults());
        ActivationView v = new ActivationView();
        WritableImage img = shot(v, relu, 640, 400, "relu");
        PlotBox b = v.curvePlot();
        double highY = b.top() + 6;
        assertThat(Pixels.anyNear(img, b.px(-1.3), highY, 0, 3, ActivationViewTest::shaded)).isTrue();
        assertThat(Pixels.anyNear(img, b.px(1.3), highY, 0, 3, ActivationViewTest::shaded)).isFalse();
        assertThat(v.shadeLabel()).startsWith("dead");
    }

    @Test
    void batchPointsSitOnTheCurveInTheNeuronsColour() {
        ViewFrame one = ViewFixtures.frameAfter(50, SessionConfig.defaults().withHidden(1), Hyperparams.defaults());
        ActivationView v = new ActivationView();
        WritableImage img = shot(v, one, 640, 400, "h1");
        PlotBox b = v.curvePlot();
        Vec in = one.snapshot().batch().activationIn().get(0);
        Vec out = one.snapshot().batch().activationOut().get(0);
        // neuron 0 is blue (#0072B2): blue well above red, over white or over the dark curve alike
        for (int i = 0; i < in.size(); i++) {
            Color c = Pixels.at(img, b.px(in.get(i)), b.py(out.get(i)));
            assertThat(c.getBlue() - c.getRed()).as("point %d at t=%f", i, in.get(i)).isGreaterThan(0.15);
        }
        // where no batch point is, the curve is dark, not blue
        double empty = in.min() - 1.5;
        Color curve = Pixels.at(img, b.px(empty), b.py(Activation.SIGMOID.apply(empty)));
        assertThat(curve.getBlue() - curve.getRed()).isLessThan(0.15);
    }

    @Test
    void readoutsGiveTheShareInTheShadePerNeuron() {
        ActivationView v = new ActivationView();
        shot(v, saturating, 640, 400, "none-lr3");
        boolean someSaturated = false;
        for (int j = 0; j < saturating.snapshot().hidden(); j++) {
            double sat = saturating.snapshot().neurons().get(j).saturation();
            assertThat(v.readout(j)).isEqualTo("n" + (j + 1) + " " + Math.round(sat * 100) + " %");
            someSaturated |= sat > 0.2;
        }
        assertThat(someSaturated).isTrue();
    }

    @Test
    void theInputRangeWidensStickilyWhenTheBatchSpreadsFurther() {
        ActivationView v = new ActivationView();
        shot(v, saturating, 640, 400, "none-lr3");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Vec in : saturating.snapshot().batch().activationIn()) {
            lo = Math.min(lo, in.min());
            hi = Math.max(hi, in.max());
        }
        assertThat(hi - lo).isGreaterThan(12);
        assertThat(v.curvePlot().xLo()).isLessThanOrEqualTo(Math.min(-6, lo));
        assertThat(v.curvePlot().xHi()).isGreaterThanOrEqualTo(Math.max(6, hi));

        ActivationView steady = new ActivationView();
        Set<String> ranges = new HashSet<>();
        for (ViewFrame f : Pixels.sequence(SessionConfig.defaults().withPlacement(Placement.NONE),
                Hyperparams.defaults().withLearningRate(3), 300, 20)) {
            ViewFixtures.render(steady, f, 640, 400);
            ranges.add(steady.curvePlot().xLo() + ":" + steady.curvePlot().xHi());
        }
        assertThat(ranges).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void theSaturationHistoryIsDrawnPerNeuron() {
        ActivationView v = new ActivationView();
        WritableImage img = shot(v, saturating, 640, 400, "none-lr3");
        PlotBox b = v.historyPlot();
        int j = saturating.selectedNeuron();
        Color colour = ViewStyle.neuron(j);
        HistoryTable steps = saturating.steps();
        int col = HistoryColumns.neuron(j, HistoryColumns.SATURATION);
        int hits = 0;
        int total = 0;
        for (int r = steps.rows() - 60; r < steps.rows() - 2; r += 2) {
            total++;
            double x = b.px(steps.get(r, HistoryColumns.STEP));
            double y = b.py(100 * steps.get(r, col));
            hits += Pixels.anyNear(img, x, y, 1, 2, c -> Pixels.distance(c, colour) < 0.2) ? 1 : 0;
        }
        assertThat((double) hits / total).isGreaterThan(0.7);
    }

    @Test
    void largeBatchesAndManyNeuronsStayCheapToDraw() {
        ViewFrame big = ViewFixtures.frameAfter(5, SessionConfig.defaults().withHidden(8),
                Hyperparams.defaults().withBatchSize(1024));
        ActivationView v = new ActivationView();
        shot(v, big, 1280, 720, "h8-n1024");
        int perNeuron = (int) Math.ceil(v.curvePlot().width() / ActivationView.DOT_BUCKET) + 1;
        assertThat(v.dotsDrawn()).isPositive().isLessThanOrEqualTo(8 * perNeuron).isLessThan(3000);
        assertThat(v.window().count()).isEqualTo(8);
    }

    @Test
    void edgeCasesRender() {
        for (ViewFrame f : new ViewFrame[] {
            ViewFixtures.frameAfter(0, SessionConfig.defaults(), Hyperparams.defaults()),
            ViewFixtures.frameAfter(20, SessionConfig.defaults().withHidden(12), Hyperparams.defaults())
                    .withSelectedNeuron(11),
            ViewFixtures.frameAfter(20, SessionConfig.defaults(), Hyperparams.defaults().withBatchSize(2)),
            ViewFixtures.frameAfter(50, SessionConfig.defaults().withActivation(Activation.RELU),
                    Hyperparams.defaults().withLearningRate(1e6)),
        }) {
            ActivationView v = new ActivationView();
            shot(v, f, 400, 260, "edge");
            assertThat(v.curvePlot().usable()).isTrue();
            assertThat(v.historyPlot().usable()).isTrue();
            assertThat(v.window().neurons()).contains(Math.min(f.selectedNeuron(), f.snapshot().hidden() - 1));
        }
    }

    @Test
    void rendersTheShotsWhenAsked() {
        Assumptions.assumeTrue(System.getProperty("bnlab.viewshots") != null, "only with -Dbnlab.viewshots=DIR");
        SessionConfig cfg = SessionConfig.defaults();
        Hyperparams hp = Hyperparams.defaults();
        ViewFrame[] frames = {
            defaults,
            ViewFixtures.frameWithPlacement(Placement.NONE, 200),
            ViewFixtures.frameWithPlacement(Placement.AFTER, 200),
            ViewFixtures.frameAfter(200, cfg.withActivation(Activation.RELU), hp),
            ViewFixtures.frameAfter(200, cfg.withActivation(Activation.TANH), hp),
            ViewFixtures.frameAfter(0, cfg, hp),
            ViewFixtures.frameAfter(2000, cfg, hp),
            ViewFixtures.frameAfter(300, cfg, hp.withBatchSize(2)),
            ViewFixtures.frameAfter(50, cfg, hp.withBatchSize(1024)),
            ViewFixtures.frameAfter(100, cfg.withHidden(1), hp),
            ViewFixtures.frameAfter(100, cfg.withHidden(12), hp).withSelectedNeuron(6),
            saturating,
        };
        String[] names = {"default", "none", "after", "relu", "tanh", "step0", "step2000", "n2", "n1024", "h1",
            "h12sel7", "none-lr3"};
        int[][] sizes = {{420, 330}, {640, 400}, {1280, 720}, {400, 260}};
        for (int i = 0; i < frames.length; i++) {
            for (int[] s : sizes) {
                shot(new ActivationView(), frames[i], s[0], s[1], names[i]);
            }
        }
    }
}
