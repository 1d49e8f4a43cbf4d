package dev.bnlab.ui.experiments;

import dev.bnlab.i18n.Messages;
import dev.bnlab.runtime.ExperimentChoice;
import dev.bnlab.runtime.ExperimentFrame;
import dev.bnlab.ui.fx.Stylesheets;
import dev.bnlab.ui.fx.UiText;
import dev.bnlab.ui.model.LabModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Experiments mode: the sidebar on the left, the experiment's caption and views in the middle, a status line
 * at the bottom. {@link #showFrame} draws a published frame (FX thread, at most once per pulse).
 */
public final class ExperimentsPane extends BorderPane {

    public static final String STYLESHEET = Stylesheets.url("/bnlab/themes/experiments.css");

    private final LabModel model;
    private final ExperimentSidebar sidebar;
    private final CaptionBox caption = new CaptionBox();
    private final StackPane viewHolder = new StackPane();
    private final Label status = new Label();
    private final ExperimentExportAction export;
    private ExperimentViewSet viewSet;
    private ExperimentFrame current;
    /** How the last export went, shown in the status line until another experiment is chosen ("" for none). */
    private String exportNote = "";
    private long framesShown;
    private long languageSwitches;
    /** Kept so that the weak listener on the global language lives as long as this pane. */
    private final ChangeListener<Locale> onLanguage = (o, a, b) -> relabel();

    public ExperimentsPane(LabModel model) {
        this.model = model;
        getStyleClass().add("experiments-pane");
        getStylesheets().add(STYLESHEET);
        sidebar = new ExperimentSidebar(model);
        export = new ExperimentExportAction(() -> current, this::exported);
        sidebar.exportData.setOnAction(e -> {
            Window owner = getScene() == null ? null : getScene().getWindow();
            export.chooseFolder(owner).ifPresent(this::exportTo);
        });
        ScrollPane side = new ScrollPane(sidebar);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // always there, so that the content's width never depends on whether the bar shows (wrapped labels)
        side.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        side.getStyleClass().add("side");
        side.setPrefWidth(340);
        side.setMinWidth(300);
        setLeft(side);
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        VBox center = new VBox(6, caption, viewHolder);
        center.getStyleClass().add("experiment-center");
        VBox.setVgrow(viewHolder, Priority.ALWAYS);
        viewHolder.setMinSize(0, 0);
        setCenter(center);
        setBottom(status);
        model.choiceProperty().addListener((o, a, b) -> rebuild(b));
        model.experimentSettingsProperty().addListener((o, a, b) -> sidebar.showChoice(model.choice(), b));
        rebuild(model.choice());
        UiText.localeProperty().addListener(new WeakChangeListener<>(onLanguage));
    }

    /**
     * After a language switch: every text of the mode is read again in the new language from what is on screen
     * (captions, list, findings from their keys and numbers, views redrawn); no experiment step is recomputed.
     */
    private void relabel() {
        languageSwitches++;
        caption.show(model.choice());
        sidebar.relabel(current);
        if (current != null) {
            viewSet.show(current);
            showStatus(current);
        }
        // the runner's status note is worded when a frame is built: ask for a fresh frame of the same state
        model.experiment().refresh();
    }

    /**
     * Export data (CSV/JSON)… into {@code dir} without the folder chooser: the series of the frame on screen now
     * (the experiment at the steps done so far, as its views show it), written off the FX thread. Call on the FX
     * thread; the future completes once the sidebar shows how it went.
     */
    public CompletableFuture<ExperimentExportAction.Outcome> exportTo(Path dir) {
        sidebar.showExporting();
        return export.exportTo(dir);
    }

    private void exported(ExperimentExportAction.Outcome o) {
        sidebar.showExportOutcome(o);
        exportNote = o.message();
        if (current != null) {
            showStatus(current);
        } else {
            status.setText(exportNote);
        }
    }

    /** How many language switches this pane has followed. */
    public long languageSwitches() {
        return languageSwitches;
    }

    private void rebuild(ExperimentChoice c) {
        viewSet = ExperimentViewSet.of(c, i -> model.updateOptions(x -> x.withTestPoint(i)));
        viewHolder.getChildren().setAll(viewSet.node());
        caption.show(c);
        sidebar.showChoice(c, model.experimentSettings());
        current = null;
        exportNote = "";
        sidebar.clearExportNote();
    }

    /** Draws a frame of the selected experiment (frames of a previous selection are dropped). */
    public void showFrame(ExperimentFrame f) {
        if (f.choice() != model.choice()) {
            return;
        }
        current = f;
        framesShown++;
        viewSet.show(f);
        sidebar.showFrame(f);
        showStatus(f);
    }

    private void showStatus(ExperimentFrame f) {
        status.setText(f.progressText() + " · " + Messages.get("experiments.ui." + (f.playing() ? "status.playing" : "status.paused"))
                + (f.note().isEmpty() ? "" : " · " + f.note()) + (exportNote.isEmpty() ? "" : " · " + exportNote));
    }

    public LabModel model() {
        return model;
    }

    public ExperimentViewSet viewSet() {
        return viewSet;
    }

    public CaptionBox caption() {
        return caption;
    }

    /** Scrolls the experiment list to the selected experiment. */
    public void revealSelection() {
        sidebar.revealSelection();
    }

    ExperimentSidebar sidebar() {
        return sidebar;
    }

    /** The frame on screen, or null. */
    public ExperimentFrame currentFrame() {
        return current;
    }

    public long framesShown() {
        return framesShown;
    }

    public String statusText() {
        return status.getText();
    }
}
