package dev.bnlab.ui.experiments;

import dev.bnlab.ui.AppModel;
import dev.bnlab.ui.UiText;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The window's root: a mode bar ("Live lab" | "Experiments") above either the live lab's main window or the
 * Experiments mode. Leaving a mode pauses it. In Experiments mode Space, → and R drive the experiment (caught on
 * the window, before the live lab's own shortcuts on the scene).
 */
public final class LabShell extends BorderPane {

    final ToggleButton liveButton = UiText.bind(new ToggleButton(), "app.mode.live");
    final ToggleButton experimentsButton = UiText.bind(new ToggleButton(), "app.mode.experiments");
    private final Node live;
    private final AppModel liveModel;
    private final java.util.function.Supplier<ExperimentsModel> modelFactory;
    private final StackPane stack;
    /** Built on first use, so the live lab opens fast; null until then. */
    private ExperimentsModel experimentsModel;
    private ExperimentsPane experiments;
    private ExperimentFrameLoop loop;
    private boolean started;

    /**
     * @param live      the live lab (the main window's content)
     * @param liveModel its model (paused when the Experiments mode opens)
     */
    public LabShell(Node live, AppModel liveModel) {
        this(live, liveModel, ExperimentsModel::new);
    }

    public LabShell(Node live, AppModel liveModel, ExperimentsModel model) {
        this(live, liveModel, () -> model);
    }

    /** The Experiments mode (model, thread, views) is made by {@code model} when first shown. */
    public LabShell(Node live, AppModel liveModel, java.util.function.Supplier<ExperimentsModel> model) {
        this.live = live;
        this.liveModel = liveModel;
        this.modelFactory = model;
        getStylesheets().add(ExperimentsPane.STYLESHEET);
        ToggleGroup modes = new ToggleGroup();
        liveButton.setToggleGroup(modes);
        experimentsButton.setToggleGroup(modes);
        liveButton.setOnAction(e -> showLive());
        experimentsButton.setOnAction(e -> showExperiments());
        Label hint = UiText.bind(new Label(), "app.mode.hint");
        hint.getStyleClass().add("mode-hint");
        HBox bar = new HBox(liveButton, experimentsButton, hint);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("mode-bar");
        setTop(bar);
        stack = new StackPane(live);
        setCenter(stack);
        showLive();
    }

    /** Shows the live lab (pauses the experiment). */
    public void showLive() {
        liveButton.setSelected(true);
        if (experiments != null && experiments.isVisible()) {
            experimentsModel.pause();
        }
        live.setVisible(true);
        if (experiments != null) {
            experiments.setVisible(false);
        }
    }

    /** Shows the Experiments mode (pauses the live lab). */
    public void showExperiments() {
        experimentsButton.setSelected(true);
        if (liveModel != null && liveModel.trainer().isPlaying()) {
            liveModel.trainer().pause();
        }
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
            experimentsModel = modelFactory.get();
            experiments = new ExperimentsPane(experimentsModel);
            experiments.setVisible(false);
            loop = new ExperimentFrameLoop(experimentsModel.runner(), experiments);
            stack.getChildren().add(experiments);
            if (started) {
                loop.start();
            }
        }
        return experiments;
    }

    /** Space / → / R for the experiment while its mode is shown. */
    public void installShortcuts(Scene scene) {
        EventHandler<KeyEvent> keys = e -> {
            if (!experimentsShown() || dev.bnlab.ui.LectureKeys.typingIn(scene.getFocusOwner())) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE) {
                experimentsModel.togglePlay();
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT) {
                experimentsModel.step(1);
                e.consume();
            } else if (e.getCode() == KeyCode.R && !e.isShortcutDown()) {
                experimentsModel.reset();
                e.consume();
            }
        };
        if (scene.getWindow() != null) {
            scene.getWindow().addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        scene.windowProperty().addListener((o, a, b) -> {
            if (a != null) {
                a.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (b != null) {
                b.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
    }

    /** Starts drawing experiment frames. */
    public void start() {
        started = true;
        if (loop != null) {
            loop.start();
        }
    }

    /** Stops the frame loop and the experiment thread. */
    public void close() {
        started = false;
        if (loop != null) {
            loop.stop();
            experimentsModel.close();
        }
    }
}
