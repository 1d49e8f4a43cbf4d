package dev.bnlab.ui.lab;

import dev.bnlab.core.Activation;
import dev.bnlab.core.Convention;
import dev.bnlab.core.DatasetKind;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.InputTransform;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.TestShift;
import dev.bnlab.i18n.Messages;
import dev.bnlab.lesson.PresetLibrary;
import dev.bnlab.runtime.RunEngine;
import dev.bnlab.scenario.SettingsFile;
import dev.bnlab.ui.export.ExportActions;
import dev.bnlab.ui.fx.ControlLabels;
import dev.bnlab.ui.fx.Fxml;
import dev.bnlab.ui.fx.UiText;
import dev.bnlab.ui.model.LabModel;
import dev.bnlab.ui.presentation.ControlGroup;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * Every setting a teacher changes: run controls, hot training settings (next step), structural settings (rebuild
 * from the seed: BN placement, activation, h, hidden layers L, data set, seed, noise, input transform) and the
 * test-set shift, and the settings files (Save…, Open…, built-in presets). The layout is {@code ControlPanel.fxml}, one group per presentation group inside titled
 * sections; this class gives each control its behaviour: a model command when it changes, a tooltip with the
 * formula it changes and its current value, a readout. Every text follows the language ({@link UiText}); the
 * language chooser at the top switches it at run time.
 */
public final class ControlPanel extends VBox {

    private final LabModel model;
    @FXML ChoiceBox<Locale> language;
    @FXML Button playPause;
    @FXML Button step;
    @FXML Button step10;
    @FXML Button reset;
    @FXML Slider speed;
    @FXML Slider learningRate;
    @FXML Slider batchSize;
    @FXML Slider momentum;
    @FXML ToggleButton keras;
    @FXML ToggleButton pytorch;
    @FXML ToggleButton cumulative;
    @FXML ToggleButton placementNone;
    @FXML ToggleButton placementBefore;
    @FXML ToggleButton placementAfter;
    @FXML ChoiceBox<Activation> activation;
    @FXML Spinner<Integer> hidden;
    @FXML Spinner<Integer> layers;
    @FXML ChoiceBox<DatasetKind> dataset;
    @FXML Slider noise;
    @FXML Spinner<Integer> seed;
    @FXML Slider inputScale;
    @FXML Slider inputOffset;
    @FXML Slider shiftX;
    @FXML Slider shiftScale;
    @FXML Button showCode;
    @FXML Button save;
    @FXML Button open;
    @FXML MenuButton presets;
    @FXML private Label momentumFormula;
    @FXML private Label speedValue;
    @FXML private Label lrValue;
    @FXML private Label nValue;
    @FXML private Label mValue;
    @FXML private Label noiseValue;
    @FXML private Label inputScaleValue;
    @FXML private Label inputOffsetValue;
    @FXML private Label sx;
    @FXML private Label ss;
    @FXML private Pane codeAndFilesGroup;
    /** "include trained state" for Save…, and Export data (CSV/JSON)…. */
    SaveOptionsBox saveOptions;
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private CodePanel codePanel;
    private final List<Runnable> tips = new ArrayList<>();
    private final ControlPanelGroups groups;
    private boolean syncing;
    /** Re-words what is not bound (readouts, formula, tooltips, choice-box items) after a language switch. */
    private final ChangeListener<Locale> onLanguage = (o, a, b) -> relocalize();

    public ControlPanel(LabModel model) {
        this.model = model;
        Fxml.load(this);
        groups = new ControlPanelGroups(this, controlsByGroup());
        language();
        run();
        training();
        network();
        data();
        shift();
        files();
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

    /** The panel's groups as presentation mode keeps or hides them, with the sections they stand in. */
    public ControlPanelGroups groups() {
        return groups;
    }

    /** The controls of each group (the group's node in the FXML holds them). */
    private Map<ControlGroup, List<Node>> controlsByGroup() {
        Map<ControlGroup, List<Node>> m = new EnumMap<>(ControlGroup.class);
        m.put(ControlGroup.LANGUAGE, List.of(language));
        m.put(ControlGroup.RUN, List.of(playPause, step, step10, reset));
        m.put(ControlGroup.SPEED, List.of(speed));
        m.put(ControlGroup.LEARNING_RATE, List.of(learningRate));
        m.put(ControlGroup.BATCH_SIZE, List.of(batchSize));
        m.put(ControlGroup.MOMENTUM, List.of(momentum, keras, pytorch, cumulative));
        m.put(ControlGroup.PLACEMENT, List.of(placementNone, placementBefore, placementAfter));
        m.put(ControlGroup.ACTIVATION, List.of(activation, hidden));
        m.put(ControlGroup.LAYERS, List.of(layers));
        m.put(ControlGroup.DATASET, List.of(dataset, noise));
        m.put(ControlGroup.SEED, List.of(seed));
        m.put(ControlGroup.INPUT, List.of(inputScale, inputOffset));
        m.put(ControlGroup.TEST_SHIFT, List.of(shiftX, shiftScale));
        m.put(ControlGroup.CODE_AND_FILES, List.of(showCode, save, open, presets));
        return m;
    }

    // ------------------------------------------------------------------ behaviour, section by section

    /** English / 中文: switches every text of the window at once; nothing else changes. */
    private void language() {
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
        language.setTooltip(UiText.tooltip("controls.tip.language"));
    }

    private void run() {
        playPause.textProperty().bind(Bindings.createStringBinding(
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
        speed.valueProperty().addListener((o, a, b) -> {
            double sps = speedFromSlider(b.doubleValue());
            model.live().setSpeed(sps);
            speedValue.setText(speedText(sps));
        });
        model.live().setSpeed(speedFromSlider(speed.getValue()));
        tip(speed, () -> Messages.format("controls.tip.speed", speedText(speedFromSlider(speed.getValue()))));
    }

    private void training() {
        learningRate.valueProperty().addListener((o, a, b) -> pushHyperparams());
        tip(learningRate, () -> Messages.format("controls.tip.learningRate", fmt(lr())));
        batchSize.valueProperty().addListener((o, a, b) -> pushHyperparams());
        tip(batchSize, () -> Messages.format("controls.tip.batchSize", Integer.toString(batch())));
        momentum.valueProperty().addListener((o, a, b) -> pushHyperparams());
        tip(momentum, () -> momentumFormulaText() + "\nm = " + String.format(Locale.ROOT, "%.3f", momentum.getValue()));
        for (ToggleButton t : List.of(keras, pytorch, cumulative)) {
            t.setOnAction(e -> pushHyperparams());
        }
        tip(cumulative, () -> Messages.get("controls.tip.cumulative"));
        tip(keras, () -> Messages.format("controls.tip.keras", momentumFormulaText()));
        tip(pytorch, () -> Messages.format("controls.tip.pytorch", momentumFormulaText()));
    }

    private void network() {
        for (ToggleButton t : List.of(placementNone, placementBefore, placementAfter)) {
            t.setOnAction(e -> pushConfig("controls.setting.placement"));
        }
        tip(placementNone, () -> Messages.format("controls.tip.placementNone", placementNow()));
        tip(placementBefore, () -> Messages.format("controls.tip.placementBefore", placementNow()));
        tip(placementAfter, () -> Messages.format("controls.tip.placementAfter", placementNow()));
        activation.getItems().setAll(Activation.values());
        activation.setConverter(ControlLabels.displayName(Activation::id));
        activation.setOnAction(e -> pushConfig("controls.setting.activation"));
        tip(activation, () -> Messages.format("controls.tip.activation", activation.getValue().id()));
        hidden.valueProperty().addListener((o, a, b) -> pushConfig("controls.setting.hidden"));
        digitsOnly(hidden);
        tip(hidden, () -> Messages.format("controls.tip.hidden", String.valueOf(hidden.getValue())));
        layers.valueProperty().addListener((o, a, b) -> pushConfig("controls.setting.layers"));
        digitsOnly(layers);
        tip(layers, () -> Messages.format("controls.tip.layers", String.valueOf(layers.getValue())));
    }

    private void data() {
        dataset.getItems().setAll(DatasetKind.values());
        dataset.setConverter(ControlLabels.displayName(ControlPanel::datasetName));
        dataset.setOnAction(e -> pushConfig("controls.setting.dataset"));
        tip(dataset, () -> Messages.format("controls.tip.dataset", datasetName(dataset.getValue())));
        digitsOnly(seed);
        seed.valueProperty().addListener((o, a, b) -> pushConfig("controls.setting.seed"));
        tip(seed, () -> Messages.format("controls.tip.seed", String.valueOf(seed.getValue())));
        rebuildOnRelease(noise, "controls.setting.noise");
        tip(noise, () -> Messages.format("controls.tip.noise", fmt(noise.getValue())));
        rebuildOnRelease(inputScale, "controls.setting.inputScale");
        rebuildOnRelease(inputOffset, "controls.setting.inputOffset");
        tip(inputScale, () -> Messages.format("controls.tip.inputScale", scaleText(inputScale()),
                offsetText(inputOffset())));
        tip(inputOffset, () -> Messages.format("controls.tip.inputOffset", scaleText(inputScale()),
                offsetText(inputOffset())));
    }

    /** A slider of a structural setting: the readout follows the thumb, the session rebuilds when it is let go. */
    private void rebuildOnRelease(Slider s, String what) {
        s.valueProperty().addListener((o, a, b) -> showValues());
        s.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                pushConfig(what);
            }
        });
        s.setOnMouseReleased(e -> pushConfig(what));
    }

    private void shift() {
        shiftX.valueProperty().addListener((o, a, b) -> pushShift());
        shiftScale.valueProperty().addListener((o, a, b) -> pushShift());
        tip(shiftX, () -> Messages.format("controls.tip.shiftX", fmt(shiftX.getValue())));
        tip(shiftScale, () -> Messages.format("controls.tip.shiftScale", fmt(shiftScale.getValue())));
    }

    /** Show code…, Save…/Open… of the settings file ({@link SettingsFileActions}), the save options, Export ▾. */
    private void files() {
        showCode.setOnAction(e -> {
            if (codePanel == null) {
                codePanel = new CodePanel(model);
            }
            codePanel.showWindow(getScene() == null ? null : getScene().getWindow());
        });
        tip(showCode, () -> Messages.get("controls.tip.showCode"));
        SettingsFileActions files = new SettingsFileActions(model);
        save.setOnAction(e -> files.chooseAndSave(getScene().getWindow()));
        open.setOnAction(e -> files.chooseAndOpen(getScene().getWindow()));
        tip(save, () -> Messages.format("controls.tip.save", Long.toString(model.config().initSeed()), placementNow(),
                fmt(lr())));
        tip(open, () -> Messages.get("controls.tip.open"));
        for (String name : PresetLibrary.names()) {
            MenuItem item = new MenuItem();
            item.textProperty().bind(Bindings.createStringBinding(() -> PresetLibrary.title(name),
                    UiText.localeProperty()));
            item.setOnAction(e -> {
                SettingsFile.Settings p = PresetLibrary.load(name);
                model.apply(p.config(), p.hyperparams());
            });
            presets.getItems().add(item);
        }
        tip(presets, () -> Messages.get("controls.tip.presets"));
        saveOptions = new SaveOptionsBox(model, files);
        codeAndFilesGroup.getChildren().addAll(saveOptions, ExportActions.menuButton(model));
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
            layers.getValueFactory().setValue(c.layers());
            dataset.setValue(c.data().kind());
            noise.setValue(c.data().noise());
            inputScale.setValue(c.data().input().scale());
            inputOffset.setValue(c.data().input().offset());
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
        inputScaleValue.setText(scaleText(inputScale()));
        inputOffsetValue.setText(offsetText(inputOffset()));
        sx.setText(fmt(shiftX.getValue()));
        ss.setText("×" + fmt(shiftScale.getValue()));
    }

    private void pushHyperparams() {
        showValues();
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
                .withLayers(layers.getValue())
                .withData(c.data().withKind(dataset.getValue()).withNoise(noise.getValue())
                        .withInput(new InputTransform(inputScale(), inputOffset())))
                .withSeed(s == null ? c.initSeed() : s);
        model.setConfig(next, what);
    }

    private void pushShift() {
        showValues();
        if (syncing) {
            return;
        }
        model.setTestShift(new TestShift(shiftX.getValue(), shiftX.getValue(), shiftScale.getValue()));
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

    /** The input scale s in steps of 0.5 (×1 … ×20). */
    private double inputScale() {
        return Math.max(InputTransform.MIN_SCALE, Math.min(InputTransform.MAX_SCALE,
                Math.round(inputScale.getValue() * 2) / 2.0));
    }

    /** The input offset o in steps of 0.5 (−10 … +10). */
    private double inputOffset() {
        return Math.max(-InputTransform.MAX_OFFSET, Math.min(InputTransform.MAX_OFFSET,
                Math.round(inputOffset.getValue() * 2) / 2.0));
    }

    private static String scaleText(double s) {
        return "×" + fmt(s);
    }

    private static String offsetText(double o) {
        return (o > 0 ? "+" : o < 0 ? "−" : "") + fmt(Math.abs(o));
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

    /**
     * Typing in a spinner accepts digits only, and a value out of range is clamped when committed: no exception
     * for "abc" or "-5", and the last valid value stays until the text is valid.
     */
    private static void digitsOnly(Spinner<Integer> spinner) {
        SpinnerValueFactory.IntegerSpinnerValueFactory f =
                (SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory();
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
        spinner.getEditor().setTextFormatter(new TextFormatter<Integer>(
                change -> change.getControlNewText().matches("\\d{0,9}") ? change : null));
        spinner.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                spinner.increment(0); // commits the typed text through the converter
            }
        });
    }

    /** A tooltip whose text (formula and current value) is refreshed whenever it shows. */
    private void tip(Control c, Supplier<String> text) {
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
