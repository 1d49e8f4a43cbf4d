package dev.bnlab.ui;

import dev.bnlab.core.Activation;
import dev.bnlab.core.Convention;
import dev.bnlab.core.DatasetKind;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.TestShift;
import dev.bnlab.live.Trainer;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;

/**
 * Every setting a teacher changes: run controls, hot training settings (next step), structural settings
 * (rebuild from the seed) and the test-set shift. Each control has a tooltip with the formula it changes
 * and its current value.
 */
public final class ControlPanel extends VBox {

    private final AppModel model;
    final Button playPause = new Button("▶ Play");
    final Button step = new Button("Step →");
    final Button step10 = new Button("Step ×10");
    final Button reset = new Button("⟲ Reset");
    final Slider speed = new Slider(0, 4, Math.log10(20));
    final Slider learningRate = new Slider(-3, 2, 0);
    final Slider batchSize = new Slider(1, 10, 5);
    final Slider momentum = new Slider(0, 0.999, 0.9);
    final ToggleButton keras = new ToggleButton("Keras");
    final ToggleButton pytorch = new ToggleButton("PyTorch");
    final ToggleButton cumulative = new ToggleButton("Cumulative");
    final ToggleButton placementNone = new ToggleButton("none");
    final ToggleButton placementBefore = new ToggleButton("before");
    final ToggleButton placementAfter = new ToggleButton("after");
    final ChoiceBox<Activation> activation = new ChoiceBox<>();
    final Spinner<Integer> hidden = new Spinner<>(1, SessionConfig.MAX_HIDDEN, 3);
    final ChoiceBox<DatasetKind> dataset = new ChoiceBox<>();
    final Slider noise = new Slider(0, 0.6, 0.15);
    final Spinner<Integer> seed = new Spinner<>(0, 999_999, 1);
    final Slider shiftX = new Slider(-2, 2, 0);
    final Slider shiftScale = new Slider(0.5, 2, 1);
    final Button showCode = new Button("Show code");
    private CodePanel codePanel;
    private final Label momentumFormula = new Label();
    private final Label speedValue = ControlLabels.value("");
    private final Label lrValue = ControlLabels.value("");
    private final Label nValue = ControlLabels.value("");
    private final Label mValue = ControlLabels.value("");
    private final Label noiseValue = ControlLabels.value("");
    private final Label sx = ControlLabels.value("");
    private final Label ss = ControlLabels.value("");
    private final java.util.List<Runnable> tips = new java.util.ArrayList<>();
    private boolean syncing;

    public ControlPanel(AppModel model) {
        this.model = model;
        getStyleClass().add("control-panel");
        setSpacing(6);
        setPadding(new Insets(10));
        setFillWidth(true);
        buildRun();
        buildTraining();
        buildNetwork();
        buildData();
        buildCode();
        buildSettingsFile();
        syncFromModel();
        model.hyperparamsProperty().addListener((o, a, b) -> syncFromModel());
        model.configProperty().addListener((o, a, b) -> syncFromModel());
    }

    // ------------------------------------------------------------------ sections

    private void buildRun() {
        section("Run");
        playPause.setOnAction(e -> model.togglePlay());
        step.setOnAction(e -> model.step(1));
        step10.setOnAction(e -> model.step(10));
        reset.setOnAction(e -> model.reset());
        tip(playPause, () -> "Play or pause training (Space): one SGD step θ ← θ − η·∂L/∂θ per mini-batch\nnow: "
                + (model.trainer().isPlaying() ? "playing" : "paused"));
        tip(step, () -> "Train on exactly one mini-batch (→): n = " + batch());
        tip(step10, () -> "Train on the next 10 mini-batches of n = " + batch());
        tip(reset, () -> "Back to step 0 (R): same seed " + model.config().initSeed()
                + ", same data, same first batches");
        for (Button b : new Button[] {playPause, step, step10, reset}) {
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        getChildren().addAll(row(playPause, reset), row(step, step10));
        speed.valueProperty().addListener((o, a, b) -> {
            double sps = speedFromSlider(b.doubleValue());
            model.trainer().setSpeed(sps);
            speedValue.setText(speedText(sps));
        });
        speedValue.setText(speedText(speedFromSlider(speed.getValue())));
        model.trainer().setSpeed(speedFromSlider(speed.getValue()));
        tip(speed, () -> "Training speed while playing: " + speedText(speedFromSlider(speed.getValue()))
                + "\n(1 step/s … 5,000 steps/s; far right = flat out)");
        labelled("Speed", speedValue, speed);
    }

    private void buildTraining() {
        section("Training · from the next step");
        learningRate.valueProperty().addListener((o, a, b) -> {
            lrValue.setText(fmt(Math.pow(10, b.doubleValue())));
            pushHyperparams();
        });
        tip(learningRate, () -> "SGD learning rate η: θ ← θ − η·∂L/∂θ\nη = " + fmt(lr()) + " (log scale 0.001 … 100)");
        labelled("Learning rate η", lrValue, learningRate);

        batchSize.valueProperty().addListener((o, a, b) -> {
            nValue.setText(Integer.toString(batch()));
            pushHyperparams();
        });
        tip(batchSize, () -> "Mini-batch size n: μ_B = (1/n)Σv, σ²_B = (1/n)Σ(v−μ_B)²\nn = " + batch() + " (2 … 1024)");
        labelled("Batch size n", nValue, batchSize);

        momentum.valueProperty().addListener((o, a, b) -> {
            mValue.setText(String.format(Locale.ROOT, "%.3f", b.doubleValue()));
            pushHyperparams();
        });
        tip(momentum, () -> momentumFormulaText() + "\nm = " + String.format(Locale.ROOT, "%.3f", momentum.getValue()));
        labelled("Momentum m", mValue, momentum);
        SegmentedButton convention = new SegmentedButton(keras, pytorch, cumulative);
        keras.setOnAction(e -> pushHyperparams());
        pytorch.setOnAction(e -> pushHyperparams());
        cumulative.setOnAction(e -> pushHyperparams());
        tip(cumulative, () -> "PyTorch with momentum=None: at the t-th step running = (1 − 1/t)·running + (1/t)·batch,"
                + "\nan equal-weight average of every batch so far (unbiased variance); the momentum slider is unused");
        tip(keras, () -> "Keras: running = m·running + (1−m)·batch (biased variance)\n" + momentumFormulaText());
        tip(pytorch, () -> "PyTorch: running = (1−m)·running + m·batch (unbiased variance ·n/(n−1))\n"
                + momentumFormulaText());
        momentumFormula.getStyleClass().add("formula");
        momentumFormula.setWrapText(true);
        getChildren().addAll(new Label("Running statistics follow"), convention, momentumFormula);
    }

    private void buildNetwork() {
        section("Network · rebuilds");
        SegmentedButton placement = new SegmentedButton(placementNone, placementBefore, placementAfter);
        for (ToggleButton t : new ToggleButton[] {placementNone, placementBefore, placementAfter}) {
            t.setOnAction(e -> pushConfig("BN placement"));
        }
        tip(placementNone, () -> "No BN: a = act(W1·x + b1)" + placementNow());
        tip(placementBefore, () -> "BN before the activation: a = act(γ·x̂ + β), x̂ = (z − μ_B)/√(σ²_B + ε)"
                + placementNow());
        tip(placementAfter, () -> "BN after the activation: a = γ·x̂ + β with x̂ from act(z)" + placementNow());
        getChildren().add(row(new Label("BN"), placement));
        activation.getItems().setAll(Activation.values());
        activation.setConverter(ControlLabels.displayName(Activation::id));
        activation.setOnAction(e -> pushConfig("activation"));
        tip(activation, () -> "Hidden activation: " + activation.getValue().id()
                + "\nsigmoid 1/(1+e^−t) · tanh · relu max(t, 0)");
        hidden.valueProperty().addListener((o, a, b) -> pushConfig("hidden width"));
        hidden.setEditable(true);
        digitsOnly(hidden);
        hidden.setPrefWidth(80);
        tip(hidden, () -> "Hidden neurons h = " + hidden.getValue() + " (1 … 64)");
        getChildren().add(row(new Label("Activation"), activation, new Label("h"), hidden));
    }

    private void buildData() {
        section("Data · rebuilds");
        dataset.getItems().setAll(DatasetKind.values());
        dataset.setConverter(ControlLabels.displayName(DatasetKind::label));
        dataset.setOnAction(e -> pushConfig("dataset"));
        tip(dataset, () -> "Toy 2-D problem: " + dataset.getValue().label());
        seed.setEditable(true);
        digitsOnly(seed);
        seed.setPrefWidth(110);
        seed.valueProperty().addListener((o, a, b) -> pushConfig("seed"));
        tip(seed, () -> "Seed of the data, the initial weights and the batch order: " + seed.getValue()
                + "\nThe same seed replays exactly.");
        getChildren().addAll(row(new Label("Dataset"), dataset), row(new Label("Seed"), seed));
        noise.valueProperty().addListener((o, a, b) -> noiseValue.setText(fmt(b.doubleValue())));
        noise.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                pushConfig("noise");
            }
        });
        noise.setOnMouseReleased(e -> pushConfig("noise"));
        tip(noise, () -> "Gaussian jitter σ added to every point: " + fmt(noise.getValue()));
        labelled("Noise", noiseValue, noise);
        section("Test-set shift");
        shiftX.valueProperty().addListener((o, a, b) -> {
            sx.setText(fmt(b.doubleValue()));
            pushShift();
        });
        shiftScale.valueProperty().addListener((o, a, b) -> {
            ss.setText("×" + fmt(b.doubleValue()));
            pushShift();
        });
        tip(shiftX, () -> "Test points only: x' = s·x + (dx, dx), dx = " + fmt(shiftX.getValue()));
        tip(shiftScale, () -> "Test points only: x' = s·x + (dx, dx), s = " + fmt(shiftScale.getValue()));
        labelled("Shift dx", sx, shiftX);
        labelled("Scale s", ss, shiftScale);
    }

    private void buildCode() {
        section("Code and settings files");
        showCode.setOnAction(e -> {
            if (codePanel == null) {
                codePanel = new CodePanel(model);
            }
            codePanel.showWindow(getScene() == null ? null : getScene().getWindow());
        });
        tip(showCode, () -> "PyTorch and Keras code for this network and BN layer, momentum translated");
        showCode.setMaxWidth(Double.MAX_VALUE);
        getChildren().add(showCode);
    }

    /** Save… and Open… for the settings file (see {@link SettingsFileActions}). */
    private void buildSettingsFile() {
        SettingsFileActions files = new SettingsFileActions(model);
        Button save = new Button("Save…");
        Button open = new Button("Open…");
        save.setOnAction(e -> files.chooseAndSave(getScene().getWindow()));
        open.setOnAction(e -> files.chooseAndOpen(getScene().getWindow()));
        tip(save, () -> "Save every setting and seed to a JSON file (bnlab-settings/1)\nnow: seed "
                + model.config().initSeed() + ", " + model.config().placement().id() + ", η = " + fmt(lr()));
        tip(open, () -> "Load settings from a JSON file and rebuild from its seeds\n(a bad file changes nothing)");
        getChildren().add(row(save, open));
        getChildren().add(dev.bnlab.ui.record.ExportActions.menuButton(model));
    }

    // ------------------------------------------------------------------ model <-> controls

    private void syncFromModel() {
        syncing = true;
        try {
            Hyperparams hp = model.hyperparams();
            learningRate.setValue(Math.log10(hp.learningRate()));
            batchSize.setValue(Math.log(hp.batchSize()) / Math.log(2));
            momentum.setValue(Math.min(0.999, hp.momentum()));
            keras.setSelected(hp.convention() == Convention.KERAS);
            pytorch.setSelected(hp.convention() == Convention.PYTORCH);
            cumulative.setSelected(hp.convention() == Convention.PYTORCH_CUMULATIVE);
            momentum.setDisable(hp.convention() == Convention.PYTORCH_CUMULATIVE);
            SessionConfig c = model.config();
            placementNone.setSelected(c.placement() == Placement.NONE);
            placementBefore.setSelected(c.placement() == Placement.BEFORE);
            placementAfter.setSelected(c.placement() == Placement.AFTER);
            activation.setValue(c.activation());
            hidden.getValueFactory().setValue(c.hidden());
            dataset.setValue(c.data().kind());
            noise.setValue(c.data().noise());
            seed.getValueFactory().setValue((int) c.initSeed());
            shiftX.setValue(c.data().testShift().dx());
            shiftScale.setValue(c.data().testShift().scale());
            momentumFormula.setText(momentumFormulaText());
            showValues();
        } finally {
            syncing = false;
        }
        refreshTooltips();
    }

    private String placementNow() {
        return "\nnow: " + model.config().placement().id();
    }

    /** The value readouts beside the sliders. */
    private void showValues() {
        speedValue.setText(speedText(speedFromSlider(speed.getValue())));
        lrValue.setText(fmt(lr()));
        nValue.setText(Integer.toString(batch()));
        mValue.setText(String.format(Locale.ROOT, "%.3f", momentum.getValue()));
        noiseValue.setText(fmt(noise.getValue()));
        sx.setText(fmt(shiftX.getValue()));
        ss.setText("×" + fmt(shiftScale.getValue()));
    }

    private void pushHyperparams() {
        if (syncing) {
            return;
        }
        Convention conv = keras.isSelected() ? Convention.KERAS
                : pytorch.isSelected() ? Convention.PYTORCH
                : cumulative.isSelected() ? Convention.PYTORCH_CUMULATIVE
                : model.hyperparams().convention();
        momentum.setDisable(conv == Convention.PYTORCH_CUMULATIVE);
        Hyperparams hp = new Hyperparams(lr(), batch(), momentum.getValue(), conv, model.hyperparams().eps());
        model.setHyperparams(hp);
        momentumFormula.setText(momentumFormulaText());
    }

    private void pushConfig(String what) {
        if (syncing) {
            return;
        }
        Placement p = placementNone.isSelected() ? Placement.NONE
                : placementAfter.isSelected() ? Placement.AFTER
                : placementBefore.isSelected() ? Placement.BEFORE : model.config().placement();
        SessionConfig c = model.config();
        Integer s = seed.getValue();
        SessionConfig next = c.withPlacement(p).withActivation(activation.getValue()).withHidden(hidden.getValue())
                .withData(c.data().withKind(dataset.getValue()).withNoise(noise.getValue()))
                .withSeed(s == null ? c.initSeed() : s);
        model.setConfig(next, what);
    }

    private void pushShift() {
        if (syncing) {
            return;
        }
        model.setTestShift(new TestShift(shiftX.getValue(), shiftX.getValue(), shiftScale.getValue()));
    }

    /** Shows Play or Pause on the button. */
    public void showPlaying(boolean playing) {
        playPause.setText(playing ? "❚❚ Pause" : "▶ Play");
    }

    private double lr() {
        return roundSig(Math.pow(10, learningRate.getValue()));
    }

    private int batch() {
        return (int) Math.max(2, Math.min(1024, Math.round(Math.pow(2, batchSize.getValue()))));
    }

    private String momentumFormulaText() {
        double m = momentum.getValue();
        String ms = String.format(Locale.ROOT, "%.3f", m);
        String one = String.format(Locale.ROOT, "%.3f", 1 - m);
        if (cumulative.isSelected()) {
            return "PyTorch cumulative: running = (1 − 1/t)·running + (1/t)·batch at step t";
        }
        if (pytorch.isSelected()) {
            return "PyTorch: running = " + one + "·running + " + ms + "·batch  (Keras m = " + one + ")";
        }
        return "Keras: running = " + ms + "·running + " + one + "·batch  (PyTorch m = " + one + ")";
    }

    static double speedFromSlider(double v) {
        return v >= 3.95 ? Trainer.FLAT_OUT : Math.pow(10, v * 3.7 / 3.95);
    }

    static String speedText(double sps) {
        return Double.isInfinite(sps) ? "flat out" : String.format(Locale.ROOT, "%.0f steps/s", sps);
    }

    static double roundSig(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3g", v));
    }

    // ------------------------------------------------------------------ layout helpers

    private void section(String title) {
        getChildren().add(ControlLabels.section(title));
    }

    private void labelled(String name, Label value, Slider slider) {
        slider.setMaxWidth(Double.MAX_VALUE);
        Label n = new Label(name);
        HBox head = new HBox(8, n, value);
        getChildren().addAll(head, slider);
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox h = new HBox(8, nodes);
        h.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return h;
    }

    /**
     * Typing in a spinner accepts digits only, and a value out of range is clamped when committed: no
     * exception for "abc" or "-5", and the last valid value stays until the text is valid.
     */
    private static void digitsOnly(Spinner<Integer> spinner) {
        javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory f =
                (javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory();
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public Integer fromString(String s) {
                if (s == null || s.isBlank() || s.length() > 9) {
                    return f.getValue();
                }
                return Math.max(f.getMin(), Math.min(f.getMax(), Integer.parseInt(s.trim())));
            }
        });
        spinner.getEditor().setTextFormatter(new javafx.scene.control.TextFormatter<Integer>(
                change -> change.getControlNewText().matches("\\d{0,9}") ? change : null));
        spinner.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                spinner.increment(0); // commits the typed text through the converter
            }
        });
    }

    /** A tooltip whose text (formula and current value) is refreshed whenever it shows. */
    private void tip(javafx.scene.control.Control c, Supplier<String> text) {
        Tooltip t = new Tooltip();
        t.setShowDelay(Duration.millis(300));
        t.setOnShowing(e -> t.setText(text.get()));
        tips.add(() -> t.setText(text.get()));
        c.setTooltip(t);
    }

    /** Recomputes every tooltip's text (after the controls show the model's values). */
    void refreshTooltips() {
        tips.forEach(Runnable::run);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
