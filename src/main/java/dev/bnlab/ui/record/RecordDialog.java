package dev.bnlab.ui.record;

import dev.bnlab.export.OutputFile;
import dev.bnlab.i18n.Messages;
import dev.bnlab.lesson.LessonLibrary;
import dev.bnlab.record.ClipFormat;
import dev.bnlab.record.ClipOptions;
import dev.bnlab.record.ClipPlan;
import dev.bnlab.record.ClipProgress;
import dev.bnlab.record.ClipSize;
import dev.bnlab.record.Ffmpeg;
import dev.bnlab.record.LessonClipPlans;
import dev.bnlab.scenario.SafeText;
import dev.bnlab.ui.AppModel;
import dev.bnlab.ui.BnLabApp;
import dev.bnlab.ui.UiText;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * "Record clip…": steps, frames per second, steps per frame, size, format and output file; then a progress bar
 * with frames done and time left, and Cancel. Records the current settings from step 0 in a session of its own;
 * the live lab keeps running meanwhile. FX thread.
 */
public final class RecordDialog extends VBox {

    /** What to film: "" for the current settings, else a built-in lesson's id (each scene, then held still). */
    final ChoiceBox<String> source = new ChoiceBox<>();
    final Spinner<Double> holdSeconds = new Spinner<>(0.0, 60.0, 4.0, 0.5);
    final Spinner<Integer> steps = new Spinner<>(0, 100_000, 200, 50);
    final Spinner<Integer> fps = new Spinner<>(1, ClipOptions.MAX_FPS, 25);
    final Spinner<Integer> stepsPerFrame = new Spinner<>(1, 1000, 1);
    final ChoiceBox<ClipSize> size = new ChoiceBox<>();
    final RadioButton gif = new RadioButton("GIF");
    final RadioButton mp4 = new RadioButton("MP4");
    private final ToggleGroup format = new ToggleGroup();
    final TextField output = new TextField();
    final Button browse = new Button();
    final Button start = new Button();
    final Button cancel = new Button();
    final Button close = new Button();
    final ProgressBar bar = new ProgressBar(0);
    final Label status = new Label();
    private final Label frames = new Label();
    private final Label mp4Note = new Label();
    private final Supplier<ClipPlan> planFor;
    private final boolean ffmpegInstalled;
    private RecordingJob job;
    private RecordingJob.Result lastResult;

    /** A dialog recording {@code planFor.get()} (read when Record is pressed). */
    RecordDialog(Supplier<ClipPlan> currentSettings, boolean ffmpegInstalled) {
        this.planFor = currentSettings;
        this.ffmpegInstalled = ffmpegInstalled;
        setSpacing(10);
        setPadding(new Insets(14));
        setPrefWidth(560);
        Label header = UiText.bind(new Label(), "record.dialog.header");
        header.setWrapText(true);
        // all of it: a wrapped label in a VBox is otherwise cut to fewer lines than it needs
        header.setMinHeight(Region.USE_PREF_SIZE);
        size.getItems().setAll(ClipSize.PRESETS);
        size.setValue(ClipSize.HD);
        gif.setToggleGroup(format);
        mp4.setToggleGroup(format);
        gif.setSelected(true);
        HBox mp4Box = new HBox(mp4);
        if (!ffmpegInstalled) {
            mp4.setDisable(true);
            mp4Note.textProperty().bind(UiText.text("record.dialog.mp4Missing"));
            mp4Note.setWrapText(true);
            mp4Note.setMinHeight(Region.USE_PREF_SIZE);
            mp4Note.getStyleClass().add("formula");
            Tooltip tip = UiText.tooltip("record.dialog.mp4Missing");
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            // a disabled control shows no tooltip: it goes on the box around it
            Tooltip.install(mp4Box, tip);
        }
        HBox formats = new HBox(16, gif, mp4Box);
        output.setText(defaultOutput(ClipFormat.GIF).toString());
        HBox.setHgrow(output, Priority.ALWAYS);
        format.selectedToggleProperty().addListener((o, a, b) -> output.setText(withExtension(output.getText(), selectedFormat())));
        for (Spinner<Integer> s : java.util.List.of(steps, fps, stepsPerFrame)) {
            s.setEditable(true);
            s.valueProperty().addListener((o, a, b) -> updateFrames());
        }
        source.getItems().add("");
        source.getItems().addAll(LessonLibrary.BUILT_IN);
        source.setValue("");
        source.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null || id.isEmpty() ? Messages.get("record.dialog.source.current")
                        : Messages.format("record.dialog.source.lesson", LessonLibrary.builtIn(id).title().current());
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        holdSeconds.setEditable(true);
        holdSeconds.valueProperty().addListener((o, a, b) -> updateFrames());
        source.valueProperty().addListener((o, a, b) -> {
            boolean lesson = !lessonId().isEmpty();
            steps.setDisable(lesson);
            holdSeconds.setDisable(!lesson);
            updateFrames();
        });
        holdSeconds.setDisable(true);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        int row = 0;
        form.addRow(row++, UiText.bind(new Label(), "record.dialog.source"), source);
        form.addRow(row++, UiText.bind(new Label(), "record.dialog.steps"), steps);
        form.addRow(row++, UiText.bind(new Label(), "record.dialog.hold"), holdSeconds);
        form.addRow(row++, UiText.bind(new Label(), "record.dialog.stepsPerFrame"), stepsPerFrame);
        form.addRow(row++, UiText.bind(new Label(), "record.dialog.fps"), fps);
        form.addRow(row++, UiText.bind(new Label(), "record.dialog.size"), size);
        form.addRow(row++, UiText.bind(new Label(), "record.dialog.format"), formats);
        UiText.bind(browse, "record.dialog.browse");
        browse.setOnAction(e -> chooseOutput());
        HBox out = new HBox(6, output, browse);
        UiText.bind(start, "record.dialog.start");
        UiText.bind(cancel, "record.dialog.cancel");
        UiText.bind(close, "record.dialog.close");
        start.setDefaultButton(true);
        cancel.setDisable(true);
        start.setOnAction(e -> start());
        cancel.setOnAction(e -> cancel());
        close.setOnAction(e -> {
            cancel();
            if (getScene() != null) {
                getScene().getWindow().hide();
            }
        });
        bar.setMaxWidth(Double.MAX_VALUE);
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, start, cancel, close);
        getChildren().addAll(header, form, UiText.bind(new Label(), "record.dialog.output"), out, frames, mp4Note,
                bar, status, buttons);
        if (ffmpegInstalled) {
            getChildren().remove(mp4Note);
        }
        updateFrames();
    }

    /** Opens the dialog for the app's current settings. */
    public static void show(AppModel model, Window owner) {
        RecordDialog d = new RecordDialog(() -> ClipPlan.of(model.config(), model.hyperparams(), 0),
                Ffmpeg.available());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.titleProperty().bind(UiText.text("record.dialog.title"));
        stage.setScene(BnLabApp.createScene(d, 600, 560));
        stage.setOnHidden(e -> d.cancel());
        stage.show();
    }

    private void updateFrames() {
        int n = plan().frames(stepsPerFrame.getValue());
        frames.setText(Messages.format("record.dialog.frames", Integer.toString(n),
                String.format(Locale.ROOT, "%.1f", n / (double) fps.getValue())));
    }

    private String lessonId() {
        return source.getValue() == null ? "" : source.getValue();
    }

    /**
     * The current settings at the dialog's step count (from the supplier), or the chosen lesson scene by scene,
     * each scene's last frame held for the chosen seconds.
     */
    ClipPlan plan() {
        if (!lessonId().isEmpty()) {
            try {
                return LessonClipPlans.plan(lessonId(), (int) Math.round(holdSeconds.getValue() * fps.getValue()));
            } catch (dev.bnlab.lesson.LessonException e) {
                // a built-in lesson always loads (its files are tested); fall back to the current settings
                status.setText(e.getMessage());
            }
        }
        ClipPlan base = planFor.get();
        var seg = base.segments().get(0);
        return ClipPlan.of(seg.config(), seg.hyperparams(), steps.getValue());
    }

    private void chooseOutput() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.get("record.dialog.output"));
        Path current = Path.of(output.getText()).toAbsolutePath();
        if (current.getParent() != null && Files.isDirectory(current.getParent())) {
            fc.setInitialDirectory(current.getParent().toFile());
        }
        fc.setInitialFileName(current.getFileName().toString());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(selectedFormat().name(),
                "*." + selectedFormat().extension()));
        File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            output.setText(withExtension(f.toString(), selectedFormat()));
        }
    }

    ClipFormat selectedFormat() {
        return mp4.isSelected() ? ClipFormat.MP4 : ClipFormat.GIF;
    }

    static Path defaultOutput(ClipFormat f) {
        return Path.of(System.getProperty("user.home"), "bnlab-clip." + f.extension());
    }

    static String withExtension(String file, ClipFormat f) {
        String base = file.replaceFirst("(?i)\\.(gif|mp4)$", "");
        return base + "." + f.extension();
    }

    /** Starts recording with the dialog's values (Record button). */
    void start() {
        Path target;
        try {
            target = Path.of(output.getText().trim());
        } catch (java.nio.file.InvalidPathException e) {
            status.setText(Messages.get("record.dialog.badOutput"));
            return;
        }
        if (ClipFormat.of(target).isEmpty()) {
            status.setText(Messages.get("record.dialog.badOutput"));
            return;
        }
        if (selectedFormat() == ClipFormat.GIF && fps.getValue() > dev.bnlab.record.GifClipWriter.MAX_FPS) {
            status.setText(Messages.format("record.cli.gifFps", Integer.toString(fps.getValue())));
            return;
        }
        try {
            OutputFile.check(target);
        } catch (IOException e) {
            // a directory or a device in the way, no such folder: said at once, nothing starts
            status.setText(Messages.format("record.dialog.failed",
                    SafeText.file(target.getFileName()) + ": " + OutputFile.reason(e)));
            return;
        }
        ClipOptions options = new ClipOptions(size.getValue(), fps.getValue(), stepsPerFrame.getValue());
        setRunning(true);
        lastResult = null;
        bar.setProgress(0);
        status.setText(Messages.get("record.dialog.starting"));
        job = RecordingJob.start(plan(), options, target, this::showProgress, this::finished);
    }

    private void showProgress(ClipProgress p) {
        if (p == null) {
            return;
        }
        bar.setProgress(p.fraction());
        double left = p.remainingSeconds();
        status.setText(Messages.format("record.dialog.progress", Integer.toString(p.done()),
                Integer.toString(p.total()), Double.isNaN(left) ? "…" : String.format(Locale.ROOT, "%.0f", left)));
    }

    private void finished(RecordingJob.Result r) {
        lastResult = r;
        setRunning(false);
        switch (r.outcome()) {
            case DONE -> {
                bar.setProgress(1);
                String bytes;
                try {
                    bytes = String.format(Locale.ROOT, "%.1f MB", Files.size(r.file()) / 1e6);
                } catch (java.io.IOException e) {
                    bytes = "?";
                }
                status.setText(Messages.format("record.dialog.done", r.file().getFileName(),
                        Integer.toString(r.progress().done()), bytes));
            }
            case CANCELLED -> {
                bar.setProgress(0);
                status.setText(Messages.get("record.dialog.cancelled"));
            }
            case FAILED -> status.setText(Messages.format("record.dialog.failed", r.problem()));
        }
    }

    private void setRunning(boolean running) {
        start.setDisable(running);
        cancel.setDisable(!running);
        mp4.setDisable(running || !ffmpegInstalled);
        for (var n : java.util.List.of(source, fps, stepsPerFrame, size, gif, output, browse)) {
            n.setDisable(running);
        }
        boolean lesson = !lessonId().isEmpty();
        steps.setDisable(running || lesson);
        holdSeconds.setDisable(running || !lesson);
    }

    /** Cancels a running recording (the partial clip is deleted). */
    void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    RecordingJob job() {
        return job;
    }

    RecordingJob.Result lastResult() {
        return lastResult;
    }
}
