package dev.bnlab.ui;

import dev.bnlab.ui.experiments.ExperimentsPane;
import dev.bnlab.ui.fx.UiText;
import dev.bnlab.ui.lab.MainWindow;
import dev.bnlab.ui.model.FrameLoop;
import dev.bnlab.ui.model.LabModel;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The window's root: a mode bar ("Live lab" | "Experiments") above one of two layouts of views over the runs of
 * the model's engine, the live lab's main window or the Experiments mode, and the one frame loop that feeds both.
 * Leaving a mode pauses its run (the model does that).
 */
public final class LabShell extends BorderPane {

    private final ToggleButton liveButton = UiText.bind(new ToggleButton(), "app.mode.live");
    private final ToggleButton experimentsButton = UiText.bind(new ToggleButton(), "app.mode.experiments");
    private final MainWindow live;
    private final LabModel model;
    private final StackPane stack;
    private final FrameLoop loop = new FrameLoop();
    /** Built on first use, so the live lab opens fast; null until then. */
    private ExperimentsPane experiments;

    public LabShell(MainWindow live, LabModel model) {
        this.live = live;
        this.model = model;
        getStylesheets().add(ExperimentsPane.STYLESHEET);
        ToggleGroup modes = new ToggleGroup();
        liveButton.setToggleGroup(modes);
        experimentsButton.setToggleGroup(modes);
        liveButton.setOnAction(e -> showLive());
        experimentsButton.setOnAction(e -> showExperiments());
        Label hint = UiText.bind(new Label(), "app.mode.hint");
        hint.getStyleClass().add("mode-hint");
        HBox bar = new HBox(liveButton, experimentsButton, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("mode-bar");
        setTop(bar);
        stack = new StackPane(live);
        setCenter(stack);
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
