package dev.bnlab.ui.lab;

import dev.bnlab.i18n.Messages;
import dev.bnlab.lesson.SceneStepper;
import dev.bnlab.runtime.LiveFrame;
import dev.bnlab.runtime.ViewFrame;
import dev.bnlab.ui.export.ExportActions;
import dev.bnlab.ui.fx.Fxml;
import dev.bnlab.ui.fx.UiText;
import dev.bnlab.ui.model.LabModel;
import dev.bnlab.ui.presentation.KeyHelp;
import dev.bnlab.ui.presentation.PresentationButtons;
import dev.bnlab.ui.presentation.PresentationMode;
import dev.bnlab.ui.view.CanvasView;
import dev.bnlab.ui.view.ViewCatalog;
import dev.bnlab.ui.view.ViewGrid;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The live lab's layout of views over its run ({@code MainWindow.fxml}): controls on the left, the six views in a
 * 3 × 2 grid under the divergence banner, a status bar at the bottom. {@link #showFrame} draws a published frame
 * (FX thread).
 */
public final class MainWindow extends BorderPane {

    private final LabModel model;
    private final ControlPanel controls;
    private final ViewCatalog views = new ViewCatalog();
    @FXML private DivergenceBanner banner;
    @FXML private StatusBar status;
    @FXML private GridPane grid;
    @FXML private VBox center;
    @FXML private ScrollPane side;
    /** Names of the views shown in the grid (the others are hidden), in catalogue order. */
    private final Set<String> visibleViews = new LinkedHashSet<>();
    private final Set<String> highlightedViews = new HashSet<>();
    private SceneStepper sceneStepper = SceneStepper.NONE;
    private final PresentationMode presentation;
    private final KeyHelp keyHelp = new KeyHelp();
    private LiveFrame current;
    private int selectedNeuron;
    /** The hidden layer the per-neuron views show (the frames carry its per-element arrays). */
    private int shownLayer;
    private long framesShown;
    private double lastFps;
    /** After a language switch: the status bar, the banner and the canvas views are worded again. */
    private final ChangeListener<Locale> onLanguage = (o, a, b) -> relocalize();

    public MainWindow(LabModel model) {
        this.model = model;
        Fxml.load(this);
        this.controls = new ControlPanel(model);
        side.setContent(controls);
        visibleViews.addAll(views.all().keySet());
        prepareViews();
        views.network().setOnNeuronSelected(this::selectNeuron);
        views.network().setOnLayerSelected(this::showLayer);
        UiText.localeProperty().addListener(new WeakChangeListener<>(onLanguage));
        markLanguage();
        presentation = new PresentationMode(side, controls.groups(), this::sceneRoot);
        status.getChildren().add(new PresentationButtons(presentation, keyHelp));
        ExportActions.install(views.all());
    }

    /** The scene's root (the window's shell) once shown, else this window. */
    private Parent sceneRoot() {
        return getScene() == null ? this : getScene().getRoot();
    }

    /** Style class {@code lang-zh} while the language is Chinese (app.css gives bold text a CJK family then). */
    private void markLanguage() {
        getStyleClass().remove("lang-zh");
        if (Messages.chinese()) {
            getStyleClass().add("lang-zh");
        }
    }

    /** Re-words what is drawn or set from code (bound control texts follow by themselves). */
    private void relocalize() {
        markLanguage();
        if (current != null) {
            banner.show(current.snapshot().divergence());
            status.show(current, lastFps);
        }
        redrawViews();
    }

    /** The grid of the views (tests). */
    GridPane viewGrid() {
        return grid;
    }

    private void prepareViews() {
        for (CanvasView v : views.all().values()) {
            v.setMinSize(0, 0);
            v.setPrefSize(10, 10);
        }
        layoutViews();
    }

    /** Puts the visible views in a grid of about 3:2 cells, in catalogue order. */
    private void layoutViews() {
        ViewGrid.fill(grid, views.all().entrySet().stream()
                .filter(e -> visibleViews.contains(e.getKey())).map(Map.Entry::getValue).toList());
    }

    /** Shows or hides one view (by its {@link ViewCatalog} name); the others re-flow to fill the grid. */
    public void setViewVisible(String name, boolean visible) {
        requireView(name);
        boolean changed = visible ? visibleViews.add(name) : visibleViews.remove(name);
        if (changed) {
            layoutViews();
        }
    }

    /** Shows exactly these views (an empty set shows all of them). */
    public void setVisibleViews(Collection<String> names) {
        names.forEach(this::requireView);
        visibleViews.clear();
        visibleViews.addAll(names.isEmpty() ? views.all().keySet() : names);
        layoutViews();
    }

    public boolean isViewVisible(String name) {
        return visibleViews.contains(name);
    }

    public Set<String> visibleViews() {
        return Set.copyOf(visibleViews);
    }

    /** Marks views for attention (style class {@code highlighted}: a thick accent border); empty clears. */
    public void setHighlightedViews(Collection<String> names) {
        names.forEach(this::requireView);
        highlightedViews.clear();
        highlightedViews.addAll(names);
        views.all().forEach((name, v) -> {
            v.getStyleClass().remove("highlighted");
            if (highlightedViews.contains(name)) {
                v.getStyleClass().add("highlighted");
            }
        });
    }

    public Set<String> highlightedViews() {
        return Set.copyOf(highlightedViews);
    }

    /** Redraws every view with the current frame (after a theme, zoom or language change). */
    public void redrawViews() {
        views.all().values().forEach(CanvasView::redraw);
    }

    private void requireView(String name) {
        if (views.get(name) == null) {
            throw new IllegalArgumentException("unknown view \"" + name + "\" (" + String.join(", ", views.all().keySet()) + ")");
        }
    }

    /** Presentation mode (F5): zoomed views, large fonts, only the kept controls, full screen. */
    public PresentationMode presentation() {
        return presentation;
    }

    /** The list of keys (? or F1). */
    public KeyHelp keyHelp() {
        return keyHelp;
    }

    /** Draws a new frame in every view (at most once per pulse; called by the window's frame loop). */
    public void showFrame(LiveFrame f, double fps) {
        current = f;
        lastFps = fps;
        framesShown++;
        int h = f.snapshot().hidden();
        if (selectedNeuron >= h) {
            selectedNeuron = 0;
        }
        if (shownLayer >= f.snapshot().layers()) {
            // a shallower network was built: show its first layer
            shownLayer = 0;
            model.showLayer(0);
        }
        ViewFrame vf = new ViewFrame(f.snapshot(), f.steps(), f.evals(), f.dataset(), f.grid(), selectedNeuron);
        for (CanvasView v : views.all().values()) {
            v.show(vf);
        }
        banner.show(f.snapshot().divergence());
        status.show(f, fps);
        controls.showPlaying(f.playing());
    }

    /** Shows hidden layer k (0-based, kept within the network's depth) in the per-neuron views. */
    public void showLayer(int k) {
        int layers = current == null ? Integer.MAX_VALUE : current.snapshot().layers();
        int clamped = Math.max(0, Math.min(layers - 1, k));
        if (clamped != shownLayer) {
            shownLayer = clamped;
            model.showLayer(clamped);
        }
    }

    /** The next (+1) or previous (−1) hidden layer. */
    public void stepLayer(int delta) {
        showLayer(shownLayer + delta);
    }

    public int shownLayer() {
        return shownLayer;
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

    /** Puts a strip (the lesson panel) above the view grid; the grid keeps the rest of the height. */
    public void setLessonPanel(Node panel) {
        center.getChildren().setAll(panel, grid);
    }

    /** The lesson navigation that keyboard shortcuts drive (set by the lesson panel). */
    public void setSceneStepper(SceneStepper s) {
        sceneStepper = s == null ? SceneStepper.NONE : s;
    }

    public SceneStepper sceneStepper() {
        return sceneStepper;
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
