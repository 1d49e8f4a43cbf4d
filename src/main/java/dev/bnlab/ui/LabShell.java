package dev.bnlab.ui;

import dev.bnlab.ui.experiments.ExperimentsPane;
import dev.bnlab.ui.fx.Fxml;
import dev.bnlab.ui.lab.MainWindow;
import dev.bnlab.ui.model.FrameLoop;
import dev.bnlab.ui.model.LabModel;
import javafx.fxml.FXML;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The window's root ({@code LabShell.fxml}): a mode bar ("Live lab" | "Experiments") above one of two layouts of views over the runs of
 * the model's engine, the live lab's main window or the Experiments mode, and the one frame loop that feeds both.
 * Leaving a mode pauses its run (the model does that).
 */
public final class LabShell extends BorderPane {

    @FXML private ToggleButton liveButton;
    @FXML private ToggleButton experimentsButton;
    @FXML private StackPane stack;
    private final MainWindow live;
    private final LabModel model;
    private final FrameLoop loop = new FrameLoop();
    /** Built on first use, so the live lab opens fast; null until then. */
    private ExperimentsPane experiments;

    public LabShell(MainWindow live, LabModel model) {
        this.live = live;
        this.model = model;
        Fxml.load(this);
        getStylesheets().add(ExperimentsPane.STYLESHEET);
        stack.getChildren().add(live);
        loop.follow(model.live(), live::showFrame);
        showLive();
    }

    /** Shows the live lab (the experiment pauses). */
    public void showLive() {
        model.showLive();
        liveButton.setSelected(true);
        live.setVisible(true);
        if (experiments != null) {
            experiments.setVisible(false);
        }
    }

    /** Shows the Experiments mode (the live lab pauses). */
    public void showExperiments() {
        model.showExperiments();
        experimentsButton.setSelected(true);
        experiments();
        live.setVisible(false);
        experiments.setVisible(true);
    }

    public boolean experimentsShown() {
        return experiments != null && experiments.isVisible();
    }

    /** The Experiments mode, built now if it was not yet. */
    public ExperimentsPane experiments() {
        if (experiments == null) {
            experiments = new ExperimentsPane(model);
            experiments.setVisible(false);
            loop.follow(model.experiment(), (f, fps) -> experiments.showFrame(f));
            stack.getChildren().add(experiments);
        }
        return experiments;
    }

    /** The mode bar's "Live lab" button. */
    public ToggleButton liveButton() {
        return liveButton;
    }

    /** The mode bar's "Experiments" button. */
    public ToggleButton experimentsButton() {
        return experimentsButton;
    }

    /** The live lab's layout. */
    public MainWindow live() {
        return live;
    }

    /** The loop that draws the frames of both layouts. */
    public FrameLoop frameLoop() {
        return loop;
    }

    /** Starts drawing frames. */
    public void start() {
        loop.start();
    }

    /** Stops drawing frames (the model's engine stops with {@link LabModel#close()}). */
    public void close() {
        loop.stop();
    }
}
