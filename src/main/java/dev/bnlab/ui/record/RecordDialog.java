package dev.bnlab.ui.record;

import dev.bnlab.export.OutputFile;
import dev.bnlab.i18n.Messages;
import dev.bnlab.lesson.LessonException;
import dev.bnlab.lesson.LessonLibrary;
import dev.bnlab.record.ClipFormat;
import dev.bnlab.record.ClipOptions;
import dev.bnlab.record.ClipPlan;
import dev.bnlab.record.ClipProgress;
import dev.bnlab.record.ClipSize;
import dev.bnlab.record.Ffmpeg;
import dev.bnlab.record.GifClipWriter;
import dev.bnlab.record.LessonClipPlans;
import dev.bnlab.scenario.SafeText;
import dev.bnlab.ui.fx.Fxml;
import dev.bnlab.ui.fx.Stylesheets;
import dev.bnlab.ui.fx.UiText;
import dev.bnlab.ui.model.LabModel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * "Record clip…": steps, frames per second, steps per frame, size, format and output file; then a progress bar
 * with frames done and time left, and Cancel. Records the current settings from step 0 in a session of its own;
 * the live lab keeps running meanwhile. FX thread.
 */
public final class RecordDialog extends VBox {

    /** What to film: "" for the current settings, else a built-in lesson's id (each scene, then held still). */
    @FXML ChoiceBox<String> source;
    @FXML Spinner<Double> holdSeconds;
    @FXML Spinner<Integer> steps;
    @FXML Spinner<Integer> fps;
    @FXML Spinner<Integer> stepsPerFrame;
    @FXML ChoiceBox<ClipSize> size;
    @FXML RadioButton gif;
    @FXML RadioButton mp4;
    @FXML private ToggleGroup format;
    @FXML private HBox mp4Box;
    @FXML TextField output;
    @FXML Button browse;
    @FXML Button start;
    @FXML Button cancel;
    @FXML Button close;
    @FXML ProgressBar bar;
    @FXML Label status;
    @FXML private Label frames;
    @FXML private Label mp4Note;
    private final Supplier<ClipPlan> planFor;
    private final boolean ffmpegInstalled;
    private RecordingJob job;
    private RecordingJob.Result lastResult;

    /** A dialog ({@code RecordDialog.fxml}) recording {@code planFor.get()} (read when Record is pressed). */
    RecordDialog(Supplier<ClipPlan> currentSettings, boolean ffmpegInstalled) {
        this.planFor = currentSettings;
        this.ffmpegInstalled = ffmpegInstalled;
        Fxml.load(this);
        // spinners of doubles and of a bound from code: no FXML constructor for them
        holdSeconds.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.0, 60.0, 4.0, 0.5));
        fps.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, ClipOptions.MAX_FPS, 25));
        size.getItems().setAll(ClipSize.PRESETS);
        size.setValue(ClipSize.HD);
        if (!ffmpegInstalled) {
            mp4.setDisable(true);
            mp4Note.textProperty().bind(UiText.text("record.dialog.mp4Missing"));
            Tooltip tip = UiText.tooltip("record.dialog.mp4Missing");
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            // a disabled control shows no tooltip: it goes on the box around it
            Tooltip.install(mp4Box, tip);
        } else {
            getChildren().remove(mp4Note);
        }
        output.setText(defaultOutput(ClipFormat.GIF).toString());
        format.selectedToggleProperty().addListener((o, a, b) -> output.setText(withExtension(output.getText(), selectedFormat())));
        for (Spinner<Integer> s : List.of(steps, fps, stepsPerFrame)) {
            s.valueProperty().addListener((o, a, b) -> updateFrames());
        }
        source.getItems().add("");
        source.getItems().addAll(LessonLibrary.BUILT_IN);
        source.setValue("");
        source.setConverter(new StringConverter<>() {
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
        holdSeconds.valueProperty().addListener((o, a, b) -> updateFrames());
        source.valueProperty().addListener((o, a, b) -> {
            boolean lesson = !lessonId().isEmpty();
            steps.setDisable(lesson);
            holdSeconds.setDisable(!lesson);
            updateFrames();
        });
        holdSeconds.setDisable(true);
        updateFrames();
    }

    /** Close: cancels a recording and closes the window. */
    @FXML
    private void closeWindow() {
        cancel();
        if (getScene() != null) {
            getScene().getWindow().hide();
        }
    }

    /** Opens the dialog for the app's current settings. */
    public static void show(LabModel model, Window owner) {
        RecordDialog d = new RecordDialog(() -> ClipPlan.of(model.config(), model.hyperparams(), 0),
                Ffmpeg.available());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.titleProperty().bind(UiText.text("record.dialog.title"));
        stage.setScene(Stylesheets.scene(d, 600, 560));
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
            } catch (LessonException e) {
                // a built-in lesson always loads (its files are tested); fall back to the current settings
                status.setText(e.getMessage());
            }
        }
        ClipPlan base = planFor.get();
        var seg = base.segments().get(0);
        return ClipPlan.of(seg.config(), seg.hyperparams(), steps.getValue());
    }

    @FXML
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
    @FXML
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
        if (selectedFormat() == ClipFormat.GIF && fps.getValue() > GifClipWriter.MAX_FPS) {
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
                } catch (IOException e) {
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
        for (var n : List.of(source, fps, stepsPerFrame, size, gif, output, browse)) {
            n.setDisable(running);
        }
        boolean lesson = !lessonId().isEmpty();
        steps.setDisable(running || lesson);
        holdSeconds.setDisable(running || !lesson);
    }

    /** Cancels a running recording (the partial clip is deleted). */
    @FXML
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
