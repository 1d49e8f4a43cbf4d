package dev.bnlab.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.experiments.Experiment;
import dev.bnlab.experiments.ExperimentKind;
import dev.bnlab.experiments.ExperimentResult;
import dev.bnlab.experiments.ExperimentRun;
import dev.bnlab.experiments.ExperimentSettings;
import dev.bnlab.experiments.SeriesTable;
import dev.bnlab.plot.Readouts;
import dev.bnlab.runtime.CouplingProbe;
import dev.bnlab.runtime.ExperimentChoice;
import dev.bnlab.runtime.ExperimentChoices;
import dev.bnlab.runtime.ExperimentOptions;
import dev.bnlab.runtime.ExperimentFrame;
import dev.bnlab.runtime.ExperimentSession;
import dev.bnlab.ui.FxToolkit;
import dev.bnlab.ui.plot.ViewStyle;
import dev.bnlab.ui.view.ViewFixtures;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** Each experiment view fed real frames off-screen: what it draws, at projector and small sizes. */
class ExperimentViewsTest {

    private static ExperimentFrame frameAfter(String id, int units, ExperimentOptions c) {
        ExperimentSession s = new ExperimentSession(ExperimentChoices.byId(id).orElseThrow(),
                new ExperimentSettings(60, 1L), c);
        for (int i = 0; i < units; i++) {
            s.advance();
        }
        return s.frame();
    }

    private static WritableImage render(ExperimentView v, ExperimentFrame f, int w, int h) {
        return FxToolkit.call(() -> {
            StackPane root = new StackPane(v);
            Scene scene = new Scene(root, w, h);
            root.applyCss();
            root.layout();
            v.show(f);
            return scene.snapshot(null);
        });
    }

    private static int countNear(WritableImage img, Color c) {
        PixelReader r = img.getPixelReader();
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color p = r.getColor(x, y);
                if (Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen())
                        + Math.abs(p.getBlue() - c.getBlue()) < 0.05) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Every view of every experiment draws at 400×260 and 1280×720 (PNGs with -Dbnlab.viewshots). */
    @Test
    void everyViewDrawsEveryExperimentAtSmallAndLargeSizes() {
        for (ExperimentChoice c : ExperimentChoices.all()) {
            ExperimentFrame f = frameAfter(c.id(), 70, PngExperimentRenderer.optionsFor(c));
            Map<String, ExperimentView> views = FxToolkit.call(() -> ExperimentViewSet.of(c, i -> { }).views());
            for (Map.Entry<String, ExperimentView> e : views.entrySet()) {
                for (int[] size : new int[][] {{400, 260}, {1280, 720}}) {
                    WritableImage img = render(e.getValue(), f, size[0], size[1]);
                    assertThat(e.getValue().drawCount()).as(c.id() + " " + e.getKey()).isPositive();
                    ViewFixtures.saveIfRequested(img, c.id() + "-" + e.getKey() + "-" + size[0]);
                }
            }
        }
    }

    @Test
    void percentileBandsDrawOneBandPerRunInItsColour() {
        ExperimentFrame f = frameAfter("percentile-bands", 60, ExperimentOptions.DEFAULTS);
        PercentileBandsView v = FxToolkit.call(PercentileBandsView::new);
        WritableImage img = render(v, f, 900, 420);
        assertThat(v.panelsDrawn()).isEqualTo(2);
        assertThat(countNear(img, RunPalette.of(0))).isGreaterThan(100);
        assertThat(countNear(img, RunPalette.of(1))).isGreaterThan(100);
    }

    @Test
    void theAdaBnCurveShowsOnlyWithAdaBnSwitchedOn() {
        ExperimentFrame off = frameAfter("covariate-shift", 60, ExperimentOptions.DEFAULTS);
        ExperimentFrame on = frameAfter("covariate-shift", 60, ExperimentOptions.DEFAULTS.withAdaBn(true));
        ShiftedPreBnView v = FxToolkit.call(ShiftedPreBnView::new);
        int greenOff = countNear(render(v, off, 640, 400), ShiftedPreBnView.ADABN);
        int greenOn = countNear(render(v, on, 640, 400), ShiftedPreBnView.ADABN);
        assertThat(greenOn).isGreaterThan(greenOff + 150);
    }

    @Test
    void trainVsEvalShowsBothModesOnceABatchExists() {
        NormalizationMapsView v = FxToolkit.call(NormalizationMapsView::new);
        render(v, frameAfter("train-vs-eval", 0, ExperimentOptions.DEFAULTS), 900, 400);
        assertThat(v.panelsDrawn()).as("before the first step").isZero();
        WritableImage img = render(v, frameAfter("train-vs-eval", 5, ExperimentOptions.DEFAULTS), 900, 400);
        assertThat(v.panelsDrawn()).isEqualTo(2);
        assertThat(countNear(img, ViewStyle.train())).isGreaterThan(50);
        assertThat(countNear(img, ViewStyle.eval())).isGreaterThan(50);
    }

    @Test
    void couplingReadoutsAreTheMeasuredLargestChanges() {
        ExperimentFrame f = frameAfter("layer-coupling", 30, ExperimentOptions.DEFAULTS);
        CouplingScatterView v = FxToolkit.call(CouplingScatterView::new);
        render(v, f, 900, 420);
        CouplingProbe p = f.probe(CouplingProbe.class).orElseThrow();
        assertThat(v.readouts()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(v.readouts().get(i)).contains(Readouts.num(p.runs().get(i).measurement().maxOutputChange()));
        }
    }

    /** An experiment the UI has no views for gets every series plotted. */
    @Test
    void anUnknownExperimentGetsItsSeriesPlotted() {
        Experiment fake = new Experiment() {
            public String id() {
                return "fake";
            }

            public String description() {
                return "a test double";
            }

            public String caption() {
                return "caption";
            }

            public int defaultSteps() {
                return 5;
            }

            public ExperimentRun start(ExperimentSettings s) {
                return new ExperimentRun() {
                    private int done;

                    public int plannedUnits() {
                        return s.steps();
                    }

                    public int unitsDone() {
                        return done;
                    }

                    public void advance() {
                        done++;
                    }

                    public ExperimentResult result() {
                        SeriesTable.Builder b = SeriesTable.builder("squares", "k", "k2", "k3");
                        for (int k = 1; k <= done; k++) {
                            b.add(k, k * k, k * k * k);
                        }
                        return new ExperimentResult("fake", "caption", s, List.of(b.build()), List.of(), List.of());
                    }
                };
            }
        };
        ExperimentChoice c = ExperimentChoices.of(fake);
        assertThat(c.kind()).isEqualTo(ExperimentKind.GENERIC);
        ExperimentSession s = new ExperimentSession(c, new ExperimentSettings(5, 1L), ExperimentOptions.DEFAULTS);
        while (s.advance()) {
            // to the end
        }
        ExperimentFrame f = s.frame();
        SeriesPanelsView v = (SeriesPanelsView) FxToolkit.call(() -> ExperimentViewSet.of(c, i -> { }).view("series"));
        render(v, f, 640, 400);
        assertThat(v.drawnLines().get(0)).containsExactly("k2", "k3");
        assertThat(v.drawnLines().get(1)).isEmpty();
    }
}
