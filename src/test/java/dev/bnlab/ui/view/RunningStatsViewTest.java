package dev.bnlab.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Activation;
import dev.bnlab.core.Convention;
import dev.bnlab.core.HistoryColumns;
import dev.bnlab.core.HistoryTable;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.i18n.Messages;
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

class RunningStatsViewTest {

    static ViewFrame defaults;
    static ViewFrame none;

    @BeforeAll
    static void frames() {
        defaults = ViewFixtures.defaultFrame();
        none = ViewFixtures.frameWithPlacement(Placement.NONE, 200);
    }

    private static WritableImage shot(CanvasView v, ViewFrame f, int w, int h, String name) {
        return ViewFixtures.shot(v, f, w, h, "running-" + name);
    }

    @Test
    void theTitleShowsTheConventionAndMomentumInUse() {
        RunningStatsView v = new RunningStatsView();
        shot(v, defaults, 640, 400, "default");
        assertThat(v.title()).contains("Keras").contains("0.9");
        assertThat(v.formula()).isEqualTo("running = 0.9·running + 0.1·batch");

        ViewFrame torch = ViewFixtures.frameAfter(30, SessionConfig.defaults(),
                Hyperparams.defaults().withConvention(Convention.PYTORCH).withMomentum(0.2));
        shot(v, torch, 640, 400, "pytorch");
        assertThat(v.title()).contains("PyTorch, momentum 0.2");
        assertThat(v.formula()).startsWith("running = 0.8·running + 0.2·batch").contains("unbiased");

        ViewFrame cumulative = ViewFixtures.frameAfter(30, SessionConfig.defaults(),
                Hyperparams.defaults().withConvention(Convention.PYTORCH_CUMULATIVE));
        shot(v, cumulative, 640, 400, "cumulative");
        assertThat(v.title()).contains("cumulative");
        assertThat(v.formula()).contains("1/t");
    }

    @Test
    void withoutBnItExplainsThatThereAreNoRunningStatistics() {
        RunningStatsView v = new RunningStatsView();
        shot(v, none, 640, 400, "none");
        assertThat(v.message()).isEqualTo(Messages.get(RunningStatsView.NO_BN_KEY)).contains("no running statistics");
        assertThat(v.formula()).isEmpty();
    }

    @Test
    void theXAxisIsTheLast500Steps() {
        RunningStatsView v = new RunningStatsView();
        shot(v, defaults, 640, 400, "default");
        assertThat(v.panel(1, 0).xLo()).isEqualTo(0.0);
        assertThat(v.panel(1, 0).xHi()).isEqualTo(500.0);
        ViewFrame late = ViewFixtures.frameAfter(2000, SessionConfig.defaults(), Hyperparams.defaults());
        shot(v, late, 640, 400, "step2000");
        assertThat(v.panel(1, 0).xLo()).isEqualTo(1500.0);
        assertThat(v.panel(1, 0).xHi()).isEqualTo(2000.0);
    }

    @Test
    void theSelectedNeuronComesFirst() {
        RunningStatsView v = new RunningStatsView();
        shot(v, defaults.withSelectedNeuron(2), 640, 400, "sel3");
        assertThat(v.window().neurons()).containsExactly(2, 0, 1);
    }

    /** Share of pixel columns over the eval rows where a dark pixel lies on the population line (±3 px). */
    private static double darkShareOnPopulationLine(WritableImage img, PlotBox b, HistoryTable evals, int j) {
        int col = HistoryColumns.evalNeuron(j, HistoryColumns.POPULATION_MEAN);
        int dark = 0;
        int total = 0;
        for (int r = 1; r < evals.rows(); r++) {
            double s0 = evals.get(r - 1, HistoryColumns.EVAL_STEP);
            double s1 = evals.get(r, HistoryColumns.EVAL_STEP);
            for (double x = Math.ceil(b.px(s0)); x < b.px(s1); x++) {
                if (x < b.left() + 3) {
                    continue;
                }
                double t = (b.dataX(x + 0.5) - s0) / Math.max(1e-9, s1 - s0);
                double y = b.py(evals.get(r - 1, col) + t * (evals.get(r, col) - evals.get(r - 1, col)));
                total++;
                dark += Pixels.anyNear(img, x, y, 0, 3, Pixels::dark) ? 1 : 0;
            }
        }
        return total == 0 ? 0 : (double) dark / total;
    }

    @Test
    void thePopulationStatisticIsADashedLine() {
        RunningStatsView v = new RunningStatsView();
        WritableImage img = shot(v, defaults, 640, 400, "default");
        double share = darkShareOnPopulationLine(img, v.panel(0, 0), defaults.evals(), v.window().neuron(0));
        // dashes 7 px on, 5 px off: dark on roughly 60 % of the columns, with gaps
        assertThat(share).isBetween(0.35, 0.9);

        RunningStatsView off = new RunningStatsView();
        WritableImage noBn = shot(off, none, 640, 400, "none");
        assertThat(darkShareOnPopulationLine(noBn, off.panel(0, 0), none.evals(), 0)).isLessThan(0.05);
    }

    @Test
    void theRunningMeanIsAThickLineInTheNeuronsColour() {
        RunningStatsView v = new RunningStatsView();
        WritableImage img = shot(v, defaults, 640, 400, "default");
        PlotBox b = v.panel(0, 0);
        int j = v.window().neuron(0);
        Color colour = ViewStyle.neuron(j);
        HistoryTable steps = defaults.steps();
        int col = HistoryColumns.neuron(j, HistoryColumns.RUNNING_MEAN);
        int hits = 0;
        int total = 0;
        for (int r = steps.rows() - 120; r < steps.rows() - 5; r += 3) {
            double x = b.px(steps.get(r, HistoryColumns.STEP));
            double y = b.py(steps.get(r, col));
            total++;
            hits += Pixels.anyNear(img, x, y, 0, 1, c -> Pixels.distance(c, colour) < 0.15) ? 1 : 0;
        }
        assertThat((double) hits / total).isGreaterThan(0.6);
        // the thin batch line is paler: at the batch mean of a step far from the running mean there is no full colour
        int batchCol = HistoryColumns.neuron(j, HistoryColumns.BATCH_MEAN);
        int far = 0;
        int farFull = 0;
        for (int r = 20; r < steps.rows(); r++) {
            double yb = b.py(steps.get(r, batchCol));
            double yr = b.py(steps.get(r, col));
            if (Math.abs(yb - yr) > 12) {
                far++;
                double x = b.px(steps.get(r, HistoryColumns.STEP));
                farFull += Pixels.distance(Pixels.at(img, x, yb), colour) < 0.1 ? 1 : 0;
            }
        }
        assertThat(far).isPositive();
        assertThat((double) farFull / far).isLessThan(0.2);
    }

    @Test
    void yAxesStaySteadyFromStepToStep() {
        RunningStatsView v = new RunningStatsView();
        Set<String> ranges = new HashSet<>();
        for (ViewFrame f : Pixels.sequence(SessionConfig.defaults(), Hyperparams.defaults(), 300, 25)) {
            ViewFixtures.render(v, f, 640, 400);
            ranges.add(v.panel(1, 0).yLo() + ":" + v.panel(1, 0).yHi());
        }
        assertThat(ranges).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void edgeCasesRender() {
        for (ViewFrame f : new ViewFrame[] {
            ViewFixtures.frameAfter(0, SessionConfig.defaults(), Hyperparams.defaults()),
            ViewFixtures.frameAfter(30, SessionConfig.defaults().withHidden(1), Hyperparams.defaults()),
            ViewFixtures.frameAfter(30, SessionConfig.defaults(), Hyperparams.defaults().withBatchSize(2)),
            ViewFixtures.frameAfter(50, SessionConfig.defaults().withActivation(Activation.RELU),
                    Hyperparams.defaults().withLearningRate(1e6)),
        }) {
            RunningStatsView v = new RunningStatsView();
            shot(v, f, 400, 260, "edge");
            assertThat(v.window().count()).isEqualTo(Math.min(3, f.snapshot().hidden()));
            assertThat(v.panel(0, 0).usable()).isTrue();
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
            ViewFixtures.frameAfter(200, cfg.withActivation(Activation.RELU),
                    hp.withConvention(Convention.PYTORCH).withMomentum(0.1)),
            ViewFixtures.frameAfter(0, cfg, hp),
            ViewFixtures.frameAfter(1, cfg, hp),
            ViewFixtures.frameAfter(2000, cfg, hp),
            ViewFixtures.frameAfter(300, cfg, hp.withBatchSize(2)),
            ViewFixtures.frameAfter(50, cfg, hp.withBatchSize(1024)),
            ViewFixtures.frameAfter(100, cfg.withHidden(1), hp.withConvention(Convention.PYTORCH_CUMULATIVE)),
            ViewFixtures.frameAfter(100, cfg.withHidden(8), hp).withSelectedNeuron(6),
        };
        String[] names = {"default", "none", "after", "relu-pytorch", "step0", "step1", "step2000", "n2", "n1024",
            "h1-cumulative", "h8sel7"};
        int[][] sizes = {{420, 330}, {640, 400}, {1280, 720}, {400, 260}};
        for (int i = 0; i < frames.length; i++) {
            for (int[] s : sizes) {
                shot(new RunningStatsView(), frames[i], s[0], s[1], names[i]);
            }
        }
    }
}
