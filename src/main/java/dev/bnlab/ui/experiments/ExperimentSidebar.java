package dev.bnlab.ui.experiments;

import dev.bnlab.experiments.ExperimentSettings;
import dev.bnlab.experiments.Finding;
import dev.bnlab.i18n.Messages;
import dev.bnlab.runtime.ExperimentChoice;
import dev.bnlab.runtime.ExperimentFrame;
import dev.bnlab.runtime.InstanceProbe;
import dev.bnlab.runtime.RunEngine;
import dev.bnlab.ui.fx.ControlLabels;
import dev.bnlab.ui.fx.UiText;
import dev.bnlab.ui.model.LabModel;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Experiments mode's left column: the list of experiments (title and one-line description), Play / Pause /
 * Step / Reset, speed, steps and seed, the selected experiment's own controls, and what it measured so far.
 */
final class ExperimentSidebar extends VBox {

    /** Speeds of the speed slider's stops, in units (steps) per second; the last is flat out. */
    static final double[] SPEEDS = {10, 30, 60, 200, RunEngine.FLAT_OUT};

    final ListView<ExperimentChoice> list = new ListView<>();
    final Button playPause = new Button();
    final Button step = UiText.bind(new Button(), "experiments.ui.step");
    final Button step10 = UiText.bind(new Button(), "experiments.ui.step10");
    final Button toEnd = UiText.bind(new Button(), "experiments.ui.to-end");
    final Button reset = UiText.bind(new Button(), "experiments.ui.reset");
    final Slider speed = new Slider(0, SPEEDS.length - 1, 2);
    final Spinner<Integer> steps = new Spinner<>(10, 20_000, 300, 50);
    final Spinner<Integer> seed = new Spinner<>(1, 99_999, 1, 1);
    final Label progress = new Label();
    final Button exportData = UiText.bind(new Button(), "experiments.ui.export.button");
    final Label exportStatus = new Label();
    private final Label speedValue = ControlLabels.value("");
    private final VBox settingsHolder = new VBox();
    private final VBox findings = new VBox(4);
    private final LabModel model;
    private ExperimentSettingsBox settingsBox;
    private List<Finding> shownFindings = List.of();
    private boolean playing;
    private boolean updatingList;
    private boolean updatingSpinners;

    ExperimentSidebar(LabModel model) {
        super(6);
        this.model = model;
        getStyleClass().addAll("control-panel", "experiment-sidebar");
        list.getStyleClass().add("experiment-list");
        list.setCellFactory(v -> new ChoiceCell());
        list.setPrefHeight(300);
        list.setMinHeight(160);
        list.getItems().setAll(model.catalog());
        list.getSelectionModel().select(indexOf(model.choice()));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!updatingList && b != null && !b.id().equals(model.choice().id())) {
                model.select(b);
            }
        });

        showPlaying(false);
        playPause.setOnAction(e -> model.experiment().togglePlay());
        step.setOnAction(e -> model.experiment().step(1));
        step10.setOnAction(e -> model.experiment().step(10));
        toEnd.setOnAction(e -> model.experiment().runToEnd());
        reset.setOnAction(e -> model.experiment().reset());
        for (Button b : List.of(playPause, step, step10, toEnd, reset)) {
            b.setMaxWidth(Double.MAX_VALUE);
        }
        GridPane run = new GridPane();
        run.setHgap(6);
        run.setVgap(6);
        run.add(playPause, 0, 0);
        run.add(step, 1, 0);
        run.add(step10, 2, 0);
        run.add(toEnd, 0, 1, 2, 1);
        run.add(reset, 2, 1);
        for (int c = 0; c < 3; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 3);
            cc.setHgrow(Priority.ALWAYS);
            run.getColumnConstraints().add(cc);
        }

        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setSnapToTicks(true);
        speed.valueProperty().addListener((o, a, b) -> applySpeed());
        speedValue.textProperty().bind(Bindings.createStringBinding(this::speedText,
                speed.valueProperty(), UiText.localeProperty()));
        applySpeed();

        steps.setEditable(true);
        seed.setEditable(true);
        steps.setPrefWidth(110);
        seed.setPrefWidth(110);
        steps.valueProperty().addListener((o, a, b) -> {
            if (!updatingSpinners && b != null) {
                model.setSteps(b);
            }
        });
        seed.valueProperty().addListener((o, a, b) -> {
            if (!updatingSpinners && b != null) {
                model.setSeed(b);
            }
        });
        GridPane numbers = new GridPane();
        numbers.setHgap(8);
        numbers.setVgap(4);
        numbers.addRow(0, UiText.bind(new Label(), "experiments.ui.steps"), steps);
        numbers.addRow(1, UiText.bind(new Label(), "experiments.ui.seed"), seed);
        Label restartHint = UiText.bind(ControlLabels.hint(""), "experiments.ui.restart-hint");
        exportData.setMaxWidth(Double.MAX_VALUE);
        exportData.setTooltip(UiText.tooltip("experiments.ui.export.tip"));
        Label exportHint = UiText.bind(ControlLabels.hint(""), "experiments.ui.export.hint");
        exportStatus.getStyleClass().add("export-status");
        exportStatus.setWrapText(true);
        exportStatus.setManaged(false);
        exportStatus.setVisible(false);

        progress.getStyleClass().add("progress");
        progress.setWrapText(true);
        getChildren().addAll(section("experiment"), list, section("run"), progress, run,
                new HBox(8, UiText.bind(new Label(), "experiments.ui.speed"), speedValue), speed,
                numbers, restartHint, exportData, exportHint, exportStatus, section("settings"), settingsHolder,
                section("findings"), findings);
        showChoice(model.choice(), model.experimentSettings());
    }

    private void applySpeed() {
        model.setExperimentSpeed(SPEEDS[(int) Math.round(speed.getValue())]);
    }

    private String speedText() {
        double s = SPEEDS[(int) Math.round(speed.getValue())];
        return Double.isInfinite(s) ? Messages.get("experiments.ui.speed.flat-out")
                : Messages.format("experiments.ui.speed.steps-per-second", String.format(Locale.ROOT, "%.0f", s));
    }

    private static Label section(String name) {
        return UiText.bind(ControlLabels.section(""), "experiments.ui.section." + name);
    }

    private void showPlaying(boolean p) {
        playing = p;
        playPause.setText(Messages.get("experiments.ui." + (p ? "pause" : "play")));
    }

    /**
     * Re-reads every text that is not bound to the language (list entries, findings, play/pause, the experiment's
     * own controls) after a language switch; the frame is shown again as it is, nothing is recomputed.
     */
    void relabel(ExperimentFrame f) {
        list.refresh();
        showPlaying(playing);
        showChoice(model.choice(), model.experimentSettings());
        if (f != null) {
            showFrame(f);
        }
    }

    /** Rebuilds the experiment's own controls and selects it in the list. */
    void showChoice(ExperimentChoice c, ExperimentSettings s) {
        updatingList = true;
        try {
            // replace changed entries in place (the user's own runs), keeping the scroll position
            List<ExperimentChoice> now = model.catalog();
            if (list.getItems().size() != now.size()) {
                list.getItems().setAll(now);
            }
            for (int i = 0; i < now.size(); i++) {
                if (list.getItems().get(i) != now.get(i)) {
                    list.getItems().set(i, now.get(i));
                }
            }
            list.getSelectionModel().select(indexOf(c));
        } finally {
            updatingList = false;
        }
        updatingSpinners = true;
        try {
            steps.getValueFactory().setValue(s.steps());
            seed.getValueFactory().setValue((int) s.seed());
        } finally {
            updatingSpinners = false;
        }
        settingsBox = new ExperimentSettingsBox(model);
        settingsHolder.getChildren().setAll(settingsBox);
        findings.getChildren().clear();
        shownFindings = List.of();
    }

    void showFrame(ExperimentFrame f) {
        progress.setText(f.progressText());
        showPlaying(f.playing());
        List<Finding> now = f.result().findings();
        if (!now.equals(shownFindings)) {
            shownFindings = now;
            findings.getChildren().setAll(now.stream().map(ExperimentSidebar::finding).toList());
        }
        f.probe(InstanceProbe.class).ifPresent(p -> settingsBox.showTestPoint(p.testPoint(), p.path().label()));
    }

    /** While an export is written the button is off and the note says so; then the note says how it went. */
    void showExporting() {
        exportData.setDisable(true);
        showExportNote(Messages.get("experiments.ui.export.working"), false);
    }

    void showExportOutcome(ExperimentExportAction.Outcome o) {
        exportData.setDisable(false);
        showExportNote(o.message(), o.failed());
    }

    /** Hides the note of the last export (another experiment was chosen). */
    void clearExportNote() {
        exportStatus.setText("");
        exportStatus.setManaged(false);
        exportStatus.setVisible(false);
    }

    private void showExportNote(String text, boolean failed) {
        exportStatus.setText(UiText.labelSafe(text));
        exportStatus.getStyleClass().remove("failed");
        if (failed) {
            exportStatus.getStyleClass().add("failed");
        }
        exportStatus.setManaged(true);
        exportStatus.setVisible(true);
    }

    /** Scrolls the list so that the selected experiment shows (with one entry above it). */
    void revealSelection() {
        list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex() - 1));
    }

    /** The findings as shown, one per label. */
    List<String> findingTexts() {
        return findings.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    ExperimentSettingsBox settingsBox() {
        return settingsBox;
    }

    private int indexOf(ExperimentChoice c) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id().equals(c.id())) {
                return i;
            }
        }
        return -1;
    }

    private static Label finding(Finding s) {
        Label l = new Label(UiText.labelSafe(s.text()));
        l.setWrapText(true);
        l.getStyleClass().add("finding");
        return l;
    }

    /** A list entry: group name above the first entry of a group, the title, the one-line description. */
    private final class ChoiceCell extends ListCell<ExperimentChoice> {
        private final Label group = new Label();
        private final Label title = new Label();
        private final Label description = new Label();
        private final VBox box = new VBox(1, group, title, description);

        ChoiceCell() {
            group.getStyleClass().add("group");
            title.getStyleClass().add("choice-title");
            description.getStyleClass().add("choice-description");
            description.setWrapText(true);
            description.maxWidthProperty().bind(list.widthProperty().subtract(36));
            title.maxWidthProperty().bind(list.widthProperty().subtract(36));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ExperimentChoice c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            int i = getIndex();
            boolean first = i == 0 || !getListView().getItems().get(i - 1).group().equals(c.group());
            group.setText(c.group());
            group.setVisible(first);
            group.setManaged(first);
            title.setText(c.title());
            description.setText(UiText.labelSafe(c.description()));
            setGraphic(box);
        }
    }
}
