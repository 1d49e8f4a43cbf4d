package dev.bnlab.ui.experiments;

import dev.bnlab.core.Convention;
import dev.bnlab.core.Placement;
import dev.bnlab.experiments.LockstepExperiment;
import dev.bnlab.experiments.LockstepRuns;
import dev.bnlab.runtime.CustomPair;
import dev.bnlab.runtime.ExperimentChoice;
import dev.bnlab.runtime.RunLabels;
import dev.bnlab.runtime.RunSettings;
import dev.bnlab.ui.fx.ControlLabels;
import dev.bnlab.ui.fx.UiText;
import dev.bnlab.ui.model.LabModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Each side-by-side run's own settings: learning rate, BN placement, running-statistics convention and momentum.
 * Shown for every pairing; editable for the user's own runs (a built-in pairing can be copied into them).
 */
final class RunSettingsEditor extends VBox {

    /** Learning-rate sliders work in log₁₀ η over [−2, 2] (0.01 … 100). */
    static final double LR_MIN_LOG = -2;
    static final double LR_MAX_LOG = 2;

    final List<Slider> learningRates = new ArrayList<>();
    final List<ChoiceBox<Placement>> placements = new ArrayList<>();
    final List<ChoiceBox<Convention>> conventions = new ArrayList<>();
    final List<Slider> momenta = new ArrayList<>();
    Button editAsOwn;
    Button addRun;
    Button removeRun;

    RunSettingsEditor(LabModel model) {
        super(6);
        getStyleClass().add("run-settings");
        ExperimentChoice c = model.choice();
        boolean editable = c.custom();
        List<RunSettings> runs = editable ? model.customRuns()
                : c.experiment() instanceof LockstepExperiment l
                ? CustomPair.settingsOf(l.runs(model.experimentSettings().seed())) : List.of();
        for (int i = 0; i < runs.size(); i++) {
            getChildren().add(runBlock(model, i, runs.get(i), editable));
        }
        if (editable) {
            addRun = UiText.bind(new Button(), "experiments.ui.runs.add");
            removeRun = UiText.bind(new Button(), "experiments.ui.runs.remove");
            addRun.setDisable(runs.size() >= LockstepRuns.MAX_RUNS);
            removeRun.setDisable(runs.size() <= LockstepRuns.MIN_RUNS);
            addRun.setOnAction(e -> model.addRun());
            removeRun.setOnAction(e -> model.removeRun());
            Label note = UiText.bind(ControlLabels.hint(""), "experiments.ui.runs.hint");
            getChildren().addAll(new HBox(6, addRun, removeRun), note);
        } else {
            editAsOwn = UiText.bind(new Button(), "experiments.ui.runs.edit-as-own");
            editAsOwn.setMaxWidth(Double.MAX_VALUE);
            editAsOwn.setOnAction(e -> model.editAsOwnRuns());
            getChildren().add(editAsOwn);
        }
    }

    private VBox runBlock(LabModel model, int i, RunSettings r, boolean editable) {
        Label name = new Label("● " + r.label());
        name.getStyleClass().add("run-name");
        name.setStyle("-fx-text-fill: " + RunPalette.css(i) + ";");
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(3);

        Slider lr = new Slider(LR_MIN_LOG, LR_MAX_LOG, Math.log10(r.learningRate()));
        Label lrValue = ControlLabels.value(fmt(r.learningRate()));
        lr.valueProperty().addListener((o, a, b) -> {
            double eta = roundLr(Math.pow(10, b.doubleValue()));
            lrValue.setText(fmt(eta));
            if (editable) {
                model.editRun(i, s -> s.withLearningRate(eta));
            }
        });
        g.addRow(0, new Label("η"), lr, lrValue);

        ChoiceBox<Placement> placement = new ChoiceBox<>();
        placement.getItems().addAll(Placement.NONE, Placement.BEFORE, Placement.AFTER);
        placement.setConverter(ControlLabels.displayName(RunLabels::placement));
        placement.setValue(r.placement());
        placement.setOnAction(e -> {
            if (editable && placement.getValue() != null) {
                model.setRunPlacement(i, placement.getValue());
            }
        });
        ChoiceBox<Convention> convention = new ChoiceBox<>();
        convention.getItems().addAll(Convention.KERAS, Convention.PYTORCH);
        convention.setConverter(ControlLabels.displayName(RunLabels::convention));
        convention.setValue(r.convention() == Convention.PYTORCH_CUMULATIVE ? Convention.PYTORCH : r.convention());
        convention.setOnAction(e -> {
            if (editable && convention.getValue() != null) {
                model.editRun(i, s -> s.withConvention(convention.getValue()));
            }
        });
        g.add(new Label("BN"), 0, 1);
        g.add(new HBox(6, placement, convention), 1, 1, 2, 1);

        Slider m = new Slider(0, 0.999, r.momentum());
        Label mValue = ControlLabels.value(String.format(Locale.ROOT, "%.3f", r.momentum()));
        m.valueProperty().addListener((o, a, b) -> {
            double mm = Math.round(b.doubleValue() * 1000) / 1000.0;
            mValue.setText(String.format(Locale.ROOT, "%.3f", mm));
            if (editable) {
                model.editRun(i, s -> s.withMomentum(mm));
            }
        });
        g.addRow(2, new Label("m"), m, mValue);
        for (Node n : List.of(lr, placement, convention, m)) {
            n.setDisable(!editable);
        }
        lr.setPrefWidth(170);
        m.setPrefWidth(170);
        learningRates.add(lr);
        placements.add(placement);
        conventions.add(convention);
        momenta.add(m);
        return new VBox(2, name, g);
    }

    /** η rounded to 3 significant digits. */
    static double roundLr(double eta) {
        double p = Math.pow(10, Math.floor(Math.log10(eta)) - 2);
        return Math.round(eta / p) * p;
    }

    private static String fmt(double v) {
        return RunLabels.compact(v);
    }
}
