package dev.bnlab.ui.experiments;

import dev.bnlab.experiments.SeriesTable;
import dev.bnlab.plot.AxisKind;
import dev.bnlab.runtime.CouplingProbe;
import dev.bnlab.runtime.ExperimentChoice;
import dev.bnlab.runtime.ExperimentFrame;
import dev.bnlab.ui.experiments.SeriesPanelsView.Line;
import dev.bnlab.ui.experiments.SeriesPanelsView.Panel;
import dev.bnlab.ui.experiments.SeriesPanelsView.Style;
import dev.bnlab.ui.plot.PlotPainter;
import dev.bnlab.ui.plot.ViewStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.paint.Color;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/**
 * The views of one experiment and how they are laid out: a grid whose cells depend on the experiment's kind.
 * Each view has a file-friendly name (the PNG renderer writes one file per view). FX thread.
 */
public final class ExperimentViewSet {

    /** ln 2: the BCE of always answering ½. */
    static final double CHANCE_LOSS = Math.log(2);

    private final ExperimentChoice choice;
    private final Map<String, ExperimentView> views = new LinkedHashMap<>();
    private final GridPane grid = new GridPane();

    private ExperimentViewSet(ExperimentChoice choice) {
        this.choice = choice;
        grid.getStyleClass().add("view-grid");
        grid.setHgap(6);
        grid.setVgap(6);
    }

    /** The views of an experiment; a picking data view reports picks to {@code onPick}. */
    public static ExperimentViewSet of(ExperimentChoice c, IntConsumer onPick) {
        ExperimentViewSet s = new ExperimentViewSet(c);
        switch (c.kind()) {
            case LOCKSTEP -> s.lockstep();
            case TRAIN_VS_EVAL -> s.trainVsEval();
            case SINGLE_INSTANCE -> s.singleInstance(onPick);
            case COVARIATE_SHIFT -> s.covariateShift();
            case PERCENTILE_BANDS -> s.percentileBands();
            case INTERNAL_COVARIATE_SHIFT -> s.ics();
            case LOSS_LANDSCAPE -> s.lossLandscape();
            case LAYER_COUPLING -> s.layerCoupling();
            case DEPTH_SWEEP -> s.depthSweep();
            case GENERIC -> s.generic();
        }
        return s;
    }

    public ExperimentChoice choice() {
        return choice;
    }

    public GridPane node() {
        return grid;
    }

    /** Views by file-friendly name, in reading order. */
    public Map<String, ExperimentView> views() {
        return Collections.unmodifiableMap(views);
    }

    public ExperimentView view(String name) {
        return views.get(name);
    }

    public void show(ExperimentFrame f) {
        views.values().forEach(v -> v.show(f));
    }

    // ------------------------------------------------------------------ layout

    private void columns(double... percents) {
        for (double p : percents) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(p);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
    }

    private void rows(double... percents) {
        for (double p : percents) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(p);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
    }

    private void place(String name, ExperimentView v, int col, int row, int colSpan, int rowSpan) {
        v.setMinSize(0, 0);
        v.setPrefSize(10, 10);
        views.put(name, v);
        grid.add(v, col, row, colSpan, rowSpan);
    }

    // ------------------------------------------------------------------ per kind

    private void lockstep() {
        columns(57, 43);
        rows(100);
        List<Panel> panels = new ArrayList<>();
        panels.add(Panel.steps("experiments.view.panel.batch-loss-training", "loss",
                SeriesPanelsView.perRun("loss_", Style.SMOOTHED), AxisKind.LINEAR, true)
                .withReference(CHANCE_LOSS, "experiments.view.ref.chance"));
        panels.add(Panel.steps("experiments.view.panel.test-accuracy-eval", "eval",
                SeriesPanelsView.perRun("test_accuracy_", Style.DOTS), AxisKind.PERCENT, false)
                .withReference(0.5, "experiments.view.ref.chance"));
        if (choice.id().startsWith("keras-momentum")) {
            panels.add(Panel.steps("experiments.view.panel.var-ratio", "eval",
                    SeriesPanelsView.perRun("var_ratio_", Style.DOTS), AxisKind.LINEAR, true)
                    .withReference(1.0, "experiments.view.ref.up-to-date"));
        } else {
            panels.add(Panel.steps("experiments.view.panel.saturation", "saturation",
                    SeriesPanelsView.perRun("saturation_", Style.SMOOTHED), AxisKind.PERCENT, true));
        }
        place("curves", new SeriesPanelsView("experiments.view.curves.title", "lockstep-curves", panels,
                SeriesPanelsView::runLegend), 0, 0, 1, 1);
        place("histograms", new RunHistogramsView(), 1, 0, 1, 1);
    }

    private void trainVsEval() {
        columns(50, 50);
        rows(56, 44);
        place("normalization", new NormalizationMapsView(), 0, 0, 2, 1);
        place("outputs", new OutputGapView(), 0, 1, 1, 1);
        Function<ExperimentFrame, List<Line>> gap = f -> List.of(
                new Line("mean_abs_difference", "experiments.view.line.mean", ViewStyle.train(), Style.SMOOTHED),
                new Line("max_abs_difference", "experiments.view.line.largest", ViewStyle.eval(), Style.SMOOTHED));
        place("output-gap", new SeriesPanelsView("experiments.view.output-gap.title", "output-gap",
                List.of(Panel.steps("experiments.view.output-gap.panel", "output-gap", gap, AxisKind.LINEAR, true)),
                f -> List.of(new PlotPainter.LegendEntry("experiments.view.line.mean", ViewStyle.train(), PlotPainter.Sample.THICK_LINE),
                        new PlotPainter.LegendEntry("experiments.view.line.largest", ViewStyle.eval(), PlotPainter.Sample.THICK_LINE))), 1, 1, 1, 1);
    }

    private void singleInstance(IntConsumer onPick) {
        columns(40, 60);
        rows(56, 44);
        TestPointPlaneView plane = new TestPointPlaneView("experiments.view.test-set.click", true);
        plane.setOnPick(onPick);
        place("test-set", plane, 0, 0, 1, 2);
        place("instance-path", new InstancePathView(), 1, 0, 1, 1);
        place("batch-of-one", new BatchOfOneView(), 1, 1, 1, 1);
    }

    private void covariateShift() {
        columns(31, 33, 36);
        rows(100);
        place("test-set", new TestPointPlaneView("experiments.view.test-set.shifted", false), 0, 0, 1, 1);
        place("prebn", new ShiftedPreBnView(), 1, 0, 1, 1);
        place("accuracy", new ShiftSweepView(), 2, 0, 1, 1);
    }

    private void percentileBands() {
        columns(100);
        rows(64, 36);
        place("bands", new PercentileBandsView(), 0, 0, 1, 1);
        place("loss", new SeriesPanelsView("experiments.view.bands-loss.title", "bands-loss", List.of(Panel.steps("experiments.view.panel.bce-training",
                "loss", SeriesPanelsView.perRun("loss_", Style.SMOOTHED), AxisKind.LINEAR, true)
                .withReference(CHANCE_LOSS, "experiments.view.ref.chance")), SeriesPanelsView::runLegend), 0, 1, 1, 1);
    }

    private void ics() {
        columns(55, 45);
        rows(100);
        place("ics", new SeriesPanelsView("experiments.view.ics.title", "ics", List.of(
                Panel.steps("experiments.view.panel.ics-l2", "ics-l2",
                        SeriesPanelsView.perRun("l2_", Style.SMOOTHED), AxisKind.LINEAR, true),
                Panel.steps("experiments.view.panel.ics-cosine", "ics-cosine",
                        SeriesPanelsView.perRun("cosine_", Style.SMOOTHED), AxisKind.LINEAR, false)
                        .withReference(1.0, null)), SeriesPanelsView::runLegend), 0, 0, 1, 1);
        place("loss", new SeriesPanelsView("experiments.view.ics-loss.title", "ics-loss", List.of(
                Panel.steps("experiments.view.panel.clean-loss", "clean-loss",
                        SeriesPanelsView.perRun("clean_loss_", Style.SMOOTHED), AxisKind.LINEAR, true)
                        .withReference(CHANCE_LOSS, "experiments.view.ref.chance"),
                Panel.steps("experiments.view.panel.noisy-loss", "loss",
                        SeriesPanelsView.perRun("loss_", Style.SMOOTHED), AxisKind.LINEAR, true)
                        .withReference(CHANCE_LOSS, "experiments.view.ref.chance")), SeriesPanelsView::runLegend), 1, 0, 1, 1);
    }

    private void lossLandscape() {
        columns(50, 50);
        rows(100);
        place("variation", new SeriesPanelsView("experiments.view.landscape-a.title", "landscape-a",
                List.of(Panel.steps("experiments.view.panel.loss-variation", "loss-variation",
                                SeriesPanelsView.perRun("", Style.SMOOTHED), AxisKind.LINEAR, true),
                        Panel.steps("experiments.view.panel.gradient-predictiveness", "gradient-predictiveness",
                                SeriesPanelsView.perRun("", Style.SMOOTHED), AxisKind.LINEAR, true)),
                SeriesPanelsView::runLegend), 0, 0, 1, 1);
        place("smoothness", new SeriesPanelsView("experiments.view.landscape-b.title", "landscape-b",
                List.of(Panel.steps("experiments.view.panel.beta-smoothness", "beta-smoothness",
                                SeriesPanelsView.perRun("", Style.SMOOTHED), AxisKind.LINEAR, true),
                        Panel.steps("experiments.view.panel.batch-loss", "loss", SeriesPanelsView.perRun("loss_", Style.SMOOTHED),
                                AxisKind.LINEAR, true).withReference(CHANCE_LOSS, "experiments.view.ref.chance")),
                SeriesPanelsView::runLegend), 1, 0, 1, 1);
    }

    /** BN in the first run colour, no BN in the second, as in every side-by-side experiment. */
    private static final Color WITH_BN = RunPalette.of(0);
    private static final Color WITHOUT_BN = RunPalette.of(1);
    /** The depths whose accuracy curves are drawn (all eight would be a tangle). */
    private static final int[] CURVE_DEPTHS = {1, 4, 8};
    /** How the accuracy curves of those depths are drawn, and their legend samples. */
    private static final Style[] CURVE_STYLES = {Style.DASHED, Style.THIN, Style.LINE};
    private static final PlotPainter.Sample[] CURVE_SAMPLES = {PlotPainter.Sample.DASHED, PlotPainter.Sample.LINE,
            PlotPainter.Sample.THICK_LINE};

    private void depthSweep() {
        columns(50, 50);
        rows(100);
        place("steps", new SeriesPanelsView("experiments.view.depth-steps.title", "depth-steps", List.of(
                Panel.sweep("experiments.view.panel.steps-to-90", f -> SeriesPanelsView.find(f, "steps-to-90"),
                        f -> List.of(new Line("steps_bn", "experiments.view.line.with-bn", WITH_BN, Style.DOTS),
                                new Line("steps_nobn", "experiments.view.line.without-bn", WITHOUT_BN, Style.DOTS)),
                        AxisKind.LINEAR, AxisKind.LINEAR, "experiments.view.axis.layers", true)),
                f -> List.of(new PlotPainter.LegendEntry("experiments.view.line.with-bn", WITH_BN,
                                PlotPainter.Sample.THICK_LINE),
                        new PlotPainter.LegendEntry("experiments.view.line.without-bn", WITHOUT_BN,
                                PlotPainter.Sample.THICK_LINE))), 0, 0, 1, 1);
        List<Line> curves = new ArrayList<>();
        List<PlotPainter.LegendEntry> depthKey = new ArrayList<>(List.of(
                new PlotPainter.LegendEntry("experiments.view.line.with-bn", WITH_BN, PlotPainter.Sample.THICK_LINE),
                new PlotPainter.LegendEntry("experiments.view.line.without-bn", WITHOUT_BN,
                        PlotPainter.Sample.THICK_LINE)));
        for (int k = 0; k < CURVE_DEPTHS.length; k++) {
            int l = CURVE_DEPTHS[k];
            curves.add(new Line("acc_bn_L" + l, "L = " + l, WITH_BN, CURVE_STYLES[k]));
            curves.add(new Line("acc_nobn_L" + l, "L = " + l, WITHOUT_BN, CURVE_STYLES[k]));
            depthKey.add(new PlotPainter.LegendEntry("L = " + l, ViewStyle.muted(), CURVE_SAMPLES[k]));
        }
        place("accuracy", new SeriesPanelsView("experiments.view.depth-accuracy.title", "depth-accuracy", List.of(
                Panel.steps("experiments.view.panel.test-accuracy-eval", "test-accuracy", f -> curves,
                        AxisKind.PERCENT, false)),
                f -> depthKey), 1, 0, 1, 1);
    }

    private void layerCoupling() {
        columns(58, 42);
        rows(100);
        place("scatter", new CouplingScatterView(), 0, 0, 1, 1);
        Function<ExperimentFrame, SeriesTable> sweep = f -> f.probe(CouplingProbe.class).map(CouplingProbe::sweep)
                .orElse(null);
        place("sweep", new SeriesPanelsView("experiments.view.coupling-sweep.title", "coupling-sweep", List.of(
                Panel.sweep("experiments.view.panel.output-change", sweep,
                        SeriesPanelsView.perRun("output_change_", Style.DOTS), AxisKind.LINEAR, AxisKind.LOG2, "a",
                        true),
                Panel.sweep("experiments.view.panel.input-change", sweep,
                        SeriesPanelsView.perRun("activation_input_change_", Style.DOTS), AxisKind.LINEAR,
                        AxisKind.LOG2, "a", true)), SeriesPanelsView::runLegend), 1, 0, 1, 1);
    }

    /** Up to four of the result's series groups, every column a line (x range from the data). */
    private void generic() {
        columns(100);
        rows(100);
        List<Panel> panels = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            int index = k;
            Function<ExperimentFrame, SeriesTable> source = f -> index < f.result().series().size()
                    ? f.result().series().get(index) : null;
            Function<ExperimentFrame, List<Line>> lines = f -> {
                SeriesTable s = source.apply(f);
                List<Line> out = new ArrayList<>();
                for (int i = 0; s != null && i < s.columns().size(); i++) {
                    out.add(new Line(s.columns().get(i), s.columns().get(i), RunPalette.of(i), Style.LINE));
                }
                return out;
            };
            panels.add(Panel.sweep(null, source, lines, AxisKind.LINEAR, AxisKind.LINEAR, null, false));
        }
        place("series", new SeriesPanelsView(choice.titleKey(), "generic-series", panels, f -> List.of()), 0, 0, 1, 1);
    }
}
