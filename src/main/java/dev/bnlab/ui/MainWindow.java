package dev.bnlab.ui;

import dev.bnlab.live.LiveFrame;
import dev.bnlab.ui.view.CanvasView;
import dev.bnlab.ui.view.ViewFrame;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The main window's content: divergence banner on top, controls on the left, the six views in a 3 × 2 grid,
 * a status bar at the bottom. {@link #showFrame} draws a published frame (FX thread).
 */
public final class MainWindow extends BorderPane {

    private final AppModel model;
    private final ControlPanel controls;
    private final ViewCatalog views = new ViewCatalog();
    private final DivergenceBanner banner = new DivergenceBanner();
    private final StatusBar status = new StatusBar();
    private LiveFrame current;
    private int selectedNeuron;
    private long framesShown;

    public MainWindow(AppModel model) {
        this.model = model;
        this.controls = new ControlPanel(model);
        getStyleClass().add("main-window");
        ScrollPane side = new ScrollPane(controls);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().add("side");
        side.setPrefWidth(330);
        side.setMinWidth(300);
        // the controls change rarely: keep them as a cached image instead of re-rasterizing them every frame
        side.setCache(true);
        setLeft(side);
        setCenter(viewGrid());
        setTop(new VBox(banner));
        setBottom(status);
        views.network().setOnNeuronSelected(this::selectNeuron);
    }

    private GridPane viewGrid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("view-grid");
        grid.setHgap(6);
        grid.setVgap(6);
        for (int c = 0; c < 3; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 3);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < 2; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(50);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        List<CanvasView> list = List.copyOf(views.all().values());
        for (int i = 0; i < list.size(); i++) {
            CanvasView v = list.get(i);
            v.setMinSize(0, 0);
            v.setPrefSize(10, 10);
            grid.add(v, i % 3, i / 3);
        }
        return grid;
    }

    /** Space play/pause, → step, R reset — caught before any focused control can consume them. */
    public void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                model.togglePlay();
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT) {
                model.step(1);
                e.consume();
            } else if (e.getCode() == KeyCode.R && !e.isShortcutDown()) {
                model.reset();
                e.consume();
            }
        });
    }

    /** Draws a new frame in every view (at most once per pulse; called by {@link FrameLoop}). */
    public void showFrame(LiveFrame f, double fps) {
        current = f;
        framesShown++;
        int h = f.snapshot().hidden();
        if (selectedNeuron >= h) {
            selectedNeuron = 0;
        }
        ViewFrame vf = new ViewFrame(f.snapshot(), f.steps(), f.evals(), f.dataset(), f.grid(), selectedNeuron);
        for (CanvasView v : views.all().values()) {
            v.show(vf);
        }
        banner.show(f.snapshot().divergence());
        status.show(f, fps);
        controls.showPlaying(f.playing());
    }

    /** Selects a hidden neuron for the detail views and redraws the current frame. */
    public void selectNeuron(int j) {
        selectedNeuron = j;
        if (current != null) {
            ViewFrame vf = new ViewFrame(current.snapshot(), current.steps(), current.evals(), current.dataset(),
                    current.grid(), selectedNeuron);
            views.all().values().forEach(v -> v.show(vf));
        }
    }

    public int selectedNeuron() {
        return selectedNeuron;
    }

    public ViewCatalog views() {
        return views;
    }

    public ControlPanel controls() {
        return controls;
    }

    public DivergenceBanner banner() {
        return banner;
    }

    public StatusBar statusBar() {
        return status;
    }

    public LiveFrame currentFrame() {
        return current;
    }

    public long framesShown() {
        return framesShown;
    }
}
