package dev.bnlab.ui.experiments;

import dev.bnlab.experiments.ExperimentDefaults;
import dev.bnlab.ui.ControlLabels;
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

    ExperimentSettingsBox(ExperimentsModel model) {
        super(6);
        getStyleClass().add("experiment-settings");
        ExperimentControls c = model.controls();
        int hidden = ExperimentDefaults.config(model.settings().seed()).hidden();
        switch (model.choice().kind()) {
            case LOCKSTEP -> {
                addNeuron(model, hidden, c);
                runs = new RunSettingsEditor(model);
                getChildren().add(runs);
            }
            case TRAIN_VS_EVAL -> addNeuron(model, hidden, c);
            case SINGLE_INSTANCE -> {
                testPoint = ControlLabels.hint("Click a test point in the data view.");
                addNeuron(model, hidden, c);
                batchOfOne = new ToggleButton("Batch size 1 (training mode)");
                batchOfOne.setSelected(c.batchOfOne());
                batchOfOne.setMaxWidth(Double.MAX_VALUE);
                batchOfOne.setOnAction(e -> model.updateControls(x -> x.withBatchOfOne(batchOfOne.isSelected())));
                getChildren().addAll(testPoint, batchOfOne);
            }
            case COVARIATE_SHIFT -> {
                Label dValue = ControlLabels.value(String.format(Locale.ROOT, "%.2f", c.shift()));
                shift = new Slider(-2, 2, c.shift());
                shift.valueProperty().addListener((o, a, b) -> {
                    double d = Math.round(b.doubleValue() * 20) / 20.0;
                    dValue.setText(String.format(Locale.ROOT, "%.2f", d));
                    model.updateControls(x -> x.withShift(d));
                });
                Label sValue = ControlLabels.value(String.format(Locale.ROOT, "×%.2f", c.scale()));
                // log₂ scale: 0.5 … 3
                scale = new Slider(-1, Math.log(3) / Math.log(2), Math.log(c.scale()) / Math.log(2));
                scale.valueProperty().addListener((o, a, b) -> {
                    double s = Math.round(Math.pow(2, b.doubleValue()) * 100) / 100.0;
                    sValue.setText(String.format(Locale.ROOT, "×%.2f", s));
                    model.updateControls(x -> x.withScale(s));
                });
                noShift = new Button("No shift");
                noShift.setOnAction(e -> {
                    shift.setValue(0);
                    scale.setValue(0);
                });
                adaBn = new ToggleButton("AdaBN: re-estimate statistics on the test set");
                adaBn.setWrapText(true);
                adaBn.setMaxWidth(Double.MAX_VALUE);
                adaBn.setSelected(c.adaBn());
                adaBn.setOnAction(e -> model.updateControls(x -> x.withAdaBn(adaBn.isSelected())));
                getChildren().addAll(ControlLabels.hint("Only the test set moves: x′ = s·x + (d, d)."),
                        row("Shift d", dValue), shift, row("Scale s", sValue), scale, noShift, adaBn);
                addNeuron(model, hidden, c);
            }
            case INTERNAL_COVARIATE_SHIFT -> {
                Label kValue = ControlLabels.value(String.format(Locale.ROOT, "%.2f", c.noiseStrength()));
                noise = new Slider(0, 1, c.noiseStrength());
                noise.valueProperty().addListener((o, a, b) -> {
                    double k = Math.round(b.doubleValue() * 100) / 100.0;
                    kValue.setText(String.format(Locale.ROOT, "%.2f", k));
                    model.updateControls(x -> x.withNoiseStrength(k));
                });
                getChildren().addAll(row("Noise strength k", kValue), noise,
                        ControlLabels.hint("Noisy BN: after BN each value becomes s·y + m, with a mean and scale "
                                + "re-drawn every step. Applies from the next step."));
            }
            case LAYER_COUPLING -> {
                Label aValue = ControlLabels.value(String.format(Locale.ROOT, "%.2f", c.couplingScale()));
                couplingScale = new Slider(-2, 2, Math.log(c.couplingScale()) / Math.log(2));
                couplingScale.valueProperty().addListener((o, a, b) -> {
                    double s = Math.round(Math.pow(2, b.doubleValue()) * 100) / 100.0;
                    aValue.setText(String.format(Locale.ROOT, "%.2f", s));
                    model.updateControls(x -> x.withCouplingScale(s));
                });
                getChildren().addAll(row("Scale a on W₁, b₁", aValue), couplingScale,
                        ControlLabels.hint("The networks are not changed: the scaled copy is compared on the last "
                                + "batch."));
            }
            default -> getChildren().add(ControlLabels.hint("Nothing to set: press Play."));
        }
    }

    private void addNeuron(ExperimentsModel model, int hidden, ExperimentControls c) {
        neuron = new NeuronChooser(hidden, c.neuron(), j -> model.updateControls(x -> x.withNeuron(j)));
        getChildren().add(neuron);
    }

    /** The selected test point (single-instance). */
    void showTestPoint(int i, double label) {
        if (testPoint != null) {
            testPoint.setText("Test point #" + i + " (label " + (int) label + "). Click another one in the data "
                    + "view.");
        }
    }

    private static HBox row(String name, Label value) {
        return new HBox(8, new Label(name), value);
    }
}
