package dev.bnlab.ui.experiments;

import dev.bnlab.experiments.ExperimentDefaults;
import dev.bnlab.runtime.ExperimentOptions;
import dev.bnlab.ui.fx.ControlLabels;
import dev.bnlab.ui.fx.UiText;
import dev.bnlab.ui.model.LabModel;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The controls of the selected experiment: neuron, run settings, test-set shift and scale with the AdaBN button,
 * batch size 1, noise strength, the scale of W1 — whatever its kind needs. Built anew for every experiment.
 */
final class ExperimentSettingsBox extends VBox {

    NeuronChooser neuron;
    RunSettingsEditor runs;
    ToggleButton batchOfOne;
    Slider shift;
    Slider scale;
    ToggleButton adaBn;
    Button noShift;
    Slider noise;
    Slider couplingScale;
    Label testPoint;

    ExperimentSettingsBox(LabModel model) {
        super(6);
        getStyleClass().add("experiment-settings");
        ExperimentOptions c = model.experimentOptions();
        int hidden = ExperimentDefaults.config(model.experimentSettings().seed()).hidden();
        switch (model.choice().kind()) {
            case LOCKSTEP -> {
                addNeuron(model, hidden, c);
                runs = new RunSettingsEditor(model);
                getChildren().add(runs);
            }
            case TRAIN_VS_EVAL -> addNeuron(model, hidden, c);
            case SINGLE_INSTANCE -> {
                testPoint = hint("click-test-point");
                addNeuron(model, hidden, c);
                batchOfOne = UiText.bind(new ToggleButton(), key("batch-of-one"));
                batchOfOne.setSelected(c.batchOfOne());
                batchOfOne.setMaxWidth(Double.MAX_VALUE);
                batchOfOne.setOnAction(e -> model.updateOptions(x -> x.withBatchOfOne(batchOfOne.isSelected())));
                getChildren().addAll(testPoint, batchOfOne);
            }
            case COVARIATE_SHIFT -> {
                Label dValue = ControlLabels.value(String.format(Locale.ROOT, "%.2f", c.shift()));
                shift = new Slider(-2, 2, c.shift());
                shift.valueProperty().addListener((o, a, b) -> {
                    double d = Math.round(b.doubleValue() * 20) / 20.0;
                    dValue.setText(String.format(Locale.ROOT, "%.2f", d));
                    model.updateOptions(x -> x.withShift(d));
                });
                Label sValue = ControlLabels.value(String.format(Locale.ROOT, "×%.2f", c.scale()));
                // log₂ scale: 0.5 … 3
                scale = new Slider(-1, Math.log(3) / Math.log(2), Math.log(c.scale()) / Math.log(2));
                scale.valueProperty().addListener((o, a, b) -> {
                    double s = Math.round(Math.pow(2, b.doubleValue()) * 100) / 100.0;
                    sValue.setText(String.format(Locale.ROOT, "×%.2f", s));
                    model.updateOptions(x -> x.withScale(s));
                });
                noShift = UiText.bind(new Button(), key("no-shift"));
                noShift.setOnAction(e -> {
                    shift.setValue(0);
                    scale.setValue(0);
                });
                adaBn = UiText.bind(new ToggleButton(), key("adabn"));
                adaBn.setWrapText(true);
                adaBn.setMaxWidth(Double.MAX_VALUE);
                adaBn.setSelected(c.adaBn());
                adaBn.setOnAction(e -> model.updateOptions(x -> x.withAdaBn(adaBn.isSelected())));
                getChildren().addAll(hint("shift-hint"), row("shift", dValue), shift, row("scale", sValue), scale,
                        noShift, adaBn);
                addNeuron(model, hidden, c);
            }
            case INTERNAL_COVARIATE_SHIFT -> {
                Label kValue = ControlLabels.value(String.format(Locale.ROOT, "%.2f", c.noiseStrength()));
                noise = new Slider(0, 1, c.noiseStrength());
                noise.valueProperty().addListener((o, a, b) -> {
                    double k = Math.round(b.doubleValue() * 100) / 100.0;
                    kValue.setText(String.format(Locale.ROOT, "%.2f", k));
                    model.updateOptions(x -> x.withNoiseStrength(k));
                });
                getChildren().addAll(row("noise", kValue), noise, hint("noise-hint"));
            }
            case LAYER_COUPLING -> {
                Label aValue = ControlLabels.value(String.format(Locale.ROOT, "%.2f", c.couplingScale()));
                couplingScale = new Slider(-2, 2, Math.log(c.couplingScale()) / Math.log(2));
                couplingScale.valueProperty().addListener((o, a, b) -> {
                    double s = Math.round(Math.pow(2, b.doubleValue()) * 100) / 100.0;
                    aValue.setText(String.format(Locale.ROOT, "%.2f", s));
                    model.updateOptions(x -> x.withCouplingScale(s));
                });
                getChildren().addAll(row("coupling-scale", aValue), couplingScale, hint("coupling-hint"));
            }
            default -> getChildren().add(hint("nothing-to-set"));
        }
    }

    private void addNeuron(LabModel model, int hidden, ExperimentOptions c) {
        neuron = new NeuronChooser(hidden, c.neuron(), j -> model.updateOptions(x -> x.withNeuron(j)));
        getChildren().add(neuron);
    }

    /** The selected test point (single-instance). */
    void showTestPoint(int i, double label) {
        if (testPoint != null) {
            testPoint.textProperty().bind(UiText.format(key("test-point"), String.valueOf(i),
                    String.valueOf((int) label)));
        }
    }

    /** A row "name  value"; the name is the message "experiments.ui.settings." + name. */
    private static HBox row(String name, Label value) {
        return new HBox(8, UiText.bind(new Label(), key(name)), value);
    }

    /** A hint whose text is the message "experiments.ui.settings." + name. */
    private static Label hint(String name) {
        return UiText.bind(ControlLabels.hint(""), key(name));
    }

    private static String key(String name) {
        return "experiments.ui.settings." + name;
    }
}
