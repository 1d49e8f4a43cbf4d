package dev.bnlab.ui.lab;

import dev.bnlab.core.Activation;
import dev.bnlab.core.Convention;
import dev.bnlab.core.DatasetKind;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.TestShift;
import dev.bnlab.i18n.Messages;
import dev.bnlab.runtime.RunEngine;
import dev.bnlab.ui.fx.ControlLabels;
import dev.bnlab.ui.fx.UiText;
import dev.bnlab.ui.model.LabModel;
import dev.bnlab.ui.record.ExportActions;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
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
 * and its current value. Every text follows the language ({@link UiText}); the language chooser at the top
 * switches it at run time.
 */
public final class ControlPanel extends VBox {

    private final LabModel model;
    final ChoiceBox<Locale> language = new ChoiceBox<>();
    final Button playPause = new Button();
    final Button step = UiText.bind(new Button(), "controls.step");
    final Button step10 = UiText.bind(new Button(), "controls.step10");
    final Button reset = UiText.bind(new Button(), "controls.reset");
    private final BooleanProperty playing = new SimpleBooleanProperty();
    final Slider speed = new Slider(0, 4, Math.log10(20));
    final Slider learningRate = new Slider(-3, 2, 0);
    final Slider batchSize = new Slider(1, 10, 5);
    final Slider momentum = new Slider(0, 0.999, 0.9);
    final ToggleButton keras = new ToggleButton("Keras");
    final ToggleButton pytorch = new ToggleButton("PyTorch");
    final ToggleButton cumulative = UiText.bind(new ToggleButton(), "controls.convention.cumulative");
    final ToggleButton placementNone = UiText.bind(new ToggleButton(), "controls.placement.none");
    final ToggleButton placementBefore = UiText.bind(new ToggleButton(), "controls.placement.before");
    final ToggleButton placementAfter = UiText.bind(new ToggleButton(), "controls.placement.after");
    final ChoiceBox<Activation> activation = new ChoiceBox<>();
    final Spinner<Integer> hidden = new Spinner<>(1, SessionConfig.MAX_HIDDEN, 3);
    final ChoiceBox<DatasetKind> dataset = new ChoiceBox<>();
    final Slider noise = new Slider(0, 0.6, 0.15);
    final Spinner<Integer> seed = new Spinner<>(0, 999_999, 1);
    final Slider shiftX = new Slider(-2, 2, 0);
    final Slider shiftScale = new Slider(0.5, 2, 1);
    final Button showCode = UiText.bind(new Button(), "controls.showCode");
    /** "include trained state" for Save…, and Export data (CSV/JSON)…. */
    SaveOptionsBox saveOptions;
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
    private ControlPanelGroups groups;
    /** Re-words what is not bound (readouts, formula, tooltips, choice-box items) after a language switch. */
    private final ChangeListener<Locale> onLanguage = (o, a, b) -> relocalize();

    public ControlPanel(LabModel model) {
        this.model = model;
        getStyleClass().add("control-panel");
        setSpacing(6);
        setPadding(new Insets(10));
        setFillWidth(true);
        buildLanguage();
        buildRun();
        buildTraining();
        buildNetwork();
        buildData();
        buildCode();
        buildSettingsFile();
        syncFromModel();
        model.hyperparamsProperty().addListener((o, a, b) -> syncFromModel());
        model.configProperty().addListener((o, a, b) -> syncFromModel());
        UiText.localeProperty().addListener(new WeakChangeListener<>(onLanguage));
    }

    /** Everything worded in code, again in the current language. */
    private void relocalize() {
        if (language.getValue() != Messages.locale()) {
            language.setValue(Messages.locale());
        }
        activation.setConverter(ControlLabels.displayName(Activation::id));
        dataset.setConverter(ControlLabels.displayName(ControlPanel::datasetName));
        momentumFormula.setText(momentumFormulaText());
        showValues();
        refreshTooltips();
    }

    // ------------------------------------------------------------------ sections

    /** English / 中文: switches every text of the window at once; nothing else changes. */
    private void buildLanguage() {
        language.getItems().setAll(Messages.SUPPORTED);
        language.setConverter(ControlLabels.displayName(l -> Messages.get(l.getLanguage().equals("zh")
                ? "language.zh" : "language.en")));
        language.setValue(Messages.locale());
        language.setOnAction(e -> {
            Locale chosen = language.getValue();
            if (chosen != null && !chosen.equals(Messages.locale())) {
                UiText.setLocale(chosen);
            }
        });
        language.setId("language");
        language.setTooltip(UiText.tooltip("controls.tip.language"));
        Label name = UiText.bind(new Label(), "controls.language");
        getChildren().add(row(name, language));
    }

    private void buildRun() {
        section("controls.section.run");
        playPause.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get(playing.get() ? "controls.pause" : "controls.play"), playing, UiText.localeProperty()));
        playPause.setOnAction(e -> model.live().togglePlay());
        step.setOnAction(e -> model.live().step(1));
        step10.setOnAction(e -> model.live().step(10));
        reset.setOnAction(e -> model.live().reset());
        tip(playPause, () -> Messages.format("controls.tip.play",
                Messages.get(model.live().isPlaying() ? "controls.state.playing" : "controls.state.paused")));
        tip(step, () -> Messages.format("controls.tip.step", Integer.toString(batch())));
        tip(step10, () -> Messages.format("controls.tip.step10", Integer.toString(batch())));
        tip(reset, () -> Messages.format("controls.tip.reset", Long.toString(model.config().initSeed())));
        for (Button b : new Button[] {playPause, step, step10, reset}) {
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        getChildren().addAll(row(playPause, reset), row(step, step10));
        speed.valueProperty().addListener((o, a, b) -> {
            double sps = speedFromSlider(b.doubleValue());
            model.live().setSpeed(sps);
            speedValue.setText(speedText(sps));
        });
        speedValue.setText(speedText(speedFromSlider(speed.getValue())));
        model.live().setSpeed(speedFromSlider(speed.getValue()));
        tip(speed, () -> Messages.format("controls.tip.speed", speedText(speedFromSlider(speed.getValue()))));
        labelled("controls.speed", speedValue, speed);
    }

    private void buildTraining() {
        section("controls.section.training");
        learningRate.valueProperty().addListener((o, a, b) -> {
            lrValue.setText(fmt(Math.pow(10, b.doubleValue())));
            pushHyperparams();
        });
        tip(learningRate, () -> Messages.format("controls.tip.learningRate", fmt(lr())));
        labelled("controls.learningRate", lrValue, learningRate);

        batchSize.valueProperty().addListener((o, a, b) -> {
            nValue.setText(Integer.toString(batch()));
            pushHyperparams();
        });
        tip(batchSize, () -> Messages.format("controls.tip.batchSize", Integer.toString(batch())));
        labelled("controls.batchSize", nValue, batchSize);

        momentum.valueProperty().addListener((o, a, b) -> {
            mValue.setText(String.format(Locale.ROOT, "%.3f", b.doubleValue()));
            pushHyperparams();
        });
        tip(momentum, () -> momentumFormulaText() + "\nm = " + String.format(Locale.ROOT, "%.3f", momentum.getValue()));
        labelled("controls.momentum", mValue, momentum);
        SegmentedButton convention = new SegmentedButton(keras, pytorch, cumulative);
        keras.setOnAction(e -> pushHyperparams());
        pytorch.setOnAction(e -> pushHyperparams());
        cumulative.setOnAction(e -> pushHyperparams());
        tip(cumulative, () -> Messages.get("controls.tip.cumulative"));
        tip(keras, () -> Messages.format("controls.tip.keras", momentumFormulaText()));
        tip(pytorch, () -> Messages.format("controls.tip.pytorch", momentumFormulaText()));
        momentumFormula.getStyleClass().add("formula");
        momentumFormula.setWrapText(true);
        getChildren().addAll(UiText.bind(new Label(), "controls.runningFollows"), convention, momentumFormula);
    }

    private void buildNetwork() {
        section("controls.section.network");
        SegmentedButton placement = new SegmentedButton(placementNone, placementBefore, placementAfter);
        for (ToggleButton t : new ToggleButton[] {placementNone, placementBefore, placementAfter}) {
            t.setOnAction(e -> pushConfig("controls.setting.placement"));
        }
        tip(placementNone, () -> Messages.format("controls.tip.placementNone", placementNow()));
        tip(placementBefore, () -> Messages.format("controls.tip.placementBefore", placementNow()));
        tip(placementAfter, () -> Messages.format("controls.tip.placementAfter", placementNow()));
        getChildren().add(row(UiText.bind(new Label(), "controls.bn"), placement));
        activation.getItems().setAll(Activation.values());
        activation.setConverter(ControlLabels.displayName(Activation::id));
        activation.setOnAction(e -> pushConfig("controls.setting.activation"));
        tip(activation, () -> Messages.format("controls.tip.activation", activation.getValue().id()));
        hidden.valueProperty().addListener((o, a, b) -> pushConfig("controls.setting.hidden"));
        hidden.setEditable(true);
        digitsOnly(hidden);
        hidden.setPrefWidth(80);
        tip(hidden, () -> Messages.format("controls.tip.hidden", String.valueOf(hidden.getValue())));
        getChildren().add(row(UiText.bind(new Label(), "controls.activation"), activation, new Label("h"), hidden));
    }

    private void buildData() {
        section("controls.section.data");
        dataset.getItems().setAll(DatasetKind.values());
        dataset.setConverter(ControlLabels.displayName(ControlPanel::datasetName));
        dataset.setOnAction(e -> pushConfig("controls.setting.dataset"));
        tip(dataset, () -> Messages.format("controls.tip.dataset", datasetName(dataset.getValue())));
        seed.setEditable(true);
        digitsOnly(seed);
        seed.setPrefWidth(110);
        seed.valueProperty().addListener((o, a, b) -> pushConfig("controls.setting.seed"));
        tip(seed, () -> Messages.format("controls.tip.seed", String.valueOf(seed.getValue())));
        getChildren().addAll(row(UiText.bind(new Label(), "controls.dataset"), dataset),
                row(UiText.bind(new Label(), "controls.seed"), seed));
        noise.valueProperty().addListener((o, a, b) -> noiseValue.setText(fmt(b.doubleValue())));
        noise.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                pushConfig("controls.setting.noise");
            }
        });
        noise.setOnMouseReleased(e -> pushConfig("controls.setting.noise"));
        tip(noise, () -> Messages.format("controls.tip.noise", fmt(noise.getValue())));
        labelled("controls.noise", noiseValue, noise);
        section("controls.section.shift");
        shiftX.valueProperty().addListener((o, a, b) -> {
            sx.setText(fmt(b.doubleValue()));
            pushShift();
        });
        shiftScale.valueProperty().addListener((o, a, b) -> {
            ss.setText("×" + fmt(b.doubleValue()));
            pushShift();
        });
        tip(shiftX, () -> Messages.format("controls.tip.shiftX", fmt(shiftX.getValue())));
        tip(shiftScale, () -> Messages.format("controls.tip.shiftScale", fmt(shiftScale.getValue())));
        labelled("controls.shiftDx", sx, shiftX);
        labelled("controls.scale", ss, shiftScale);
    }

    private void buildCode() {
        section("controls.section.files");
        showCode.setOnAction(e -> {
            if (codePanel == null) {
                codePanel = new CodePanel(model);
            }
            codePanel.showWindow(getScene() == null ? null : getScene().getWindow());
        });
        tip(showCode, () -> Messages.get("controls.tip.showCode"));
        showCode.setMaxWidth(Double.MAX_VALUE);
        getChildren().add(showCode);
    }

    /** Save… and Open… for the settings file (see {@link SettingsFileActions}). */
    private void buildSettingsFile() {
        SettingsFileActions files = new SettingsFileActions(model);
        Button save = UiText.bind(new Button(), "controls.save");
        Button open = UiText.bind(new Button(), "controls.open");
        save.setOnAction(e -> files.chooseAndSave(getScene().getWindow()));
        open.setOnAction(e -> files.chooseAndOpen(getScene().getWindow()));
        tip(save, () -> Messages.format("controls.tip.save", Long.toString(model.config().initSeed()), placementNow(),
                fmt(lr())));
        tip(open, () -> Messages.get("controls.tip.open"));
        getChildren().add(row(save, open));
        getChildren().add(saveOptions = new SaveOptionsBox(model, files));
        getChildren().add(ExportActions.menuButton(model));
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

    /** The current BN placement's name ("before", "激活前"). */
    private String placementNow() {
        return Messages.get("controls.placement." + model.config().placement().id());
    }

    /** A dataset's name in the current language. */
    static String datasetName(DatasetKind k) {
        return k == null ? "" : Messages.get("controls.dataset." + k.id());
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

    /** The panel's rows by presentation group. */
    public ControlPanelGroups groups() {
        if (groups == null) {
            groups = new ControlPanelGroups(this);
        }
        return groups;
    }

    /** Shows Play or Pause on the button. */
    public void showPlaying(boolean playing) {
        this.playing.set(playing);
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
            return Messages.get("controls.momentum.cumulative");
        }
        if (pytorch.isSelected()) {
            return Messages.format("controls.momentum.pytorch", one, ms);
        }
        return Messages.format("controls.momentum.keras", ms, one);
    }

    static double speedFromSlider(double v) {
        return v >= 3.95 ? RunEngine.FLAT_OUT : Math.pow(10, v * 3.7 / 3.95);
    }

    static String speedText(double sps) {
        return Double.isInfinite(sps) ? Messages.get("controls.speed.flatOut")
                : Messages.format("controls.speed.value", String.format(Locale.ROOT, "%.0f", sps));
    }

    static double roundSig(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3g", v));
    }

    // ------------------------------------------------------------------ layout helpers

    /** A section title, by message key. */
    private void section(String key) {
        getChildren().add(UiText.bind(ControlLabels.section(""), key));
    }

    /** A slider with its name (message key) and value readout above it. */
    private void labelled(String key, Label value, Slider slider) {
        slider.setMaxWidth(Double.MAX_VALUE);
        Label n = UiText.bind(new Label(), key);
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
