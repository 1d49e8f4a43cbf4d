package dev.bnlab.ui.presentation;

import dev.bnlab.ui.fx.Stylesheets;
import dev.bnlab.ui.plot.FrameCanvasView;
import dev.bnlab.ui.plot.ViewTheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * Presentation mode of the live lab: views zoomed, large fonts (style class {@code presentation} and
 * {@code presentation.css} on the scene root), only the control groups the teacher keeps, the mode bar hidden,
 * the chosen theme, full screen. Leaving restores exactly what was there before (layout, zoom, theme, full
 * screen). FX thread.
 */
public final class PresentationMode {

    public static final String STYLE_CLASS = "presentation";
    public static final String CSS =
            Stylesheets.url("/bnlab/themes/presentation.css");
    /** Width of the control panel in presentation mode: wide enough for the run buttons and BN placement at 22 px. */
    static final double SIDE_WIDTH = 400;

    private final Region side;
    private final ControlRows groups;
    private final Supplier<Parent> root;
    private final PresentationSettings settings;
    private final ThemeSwitch theme;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private Saved saved;

    /**
     * @param side   the region around the control panel (narrowed, or hidden when no group is kept)
     * @param groups the control panel's rows by group
     * @param root   the scene's root (the style class, the stylesheets and the mode bar are there)
     */
    public PresentationMode(Region side, ControlRows groups, Supplier<Parent> root) {
        this(side, groups, root, new PresentationSettings());
    }

    public PresentationMode(Region side, ControlRows groups, Supplier<Parent> root, PresentationSettings settings) {
        this.side = side;
        this.groups = groups;
        this.root = root;
        this.settings = settings;
        this.theme = new ThemeSwitch(root);
        settings.addListener(this::settingsChanged);
    }

    public PresentationSettings settings() {
        return settings;
    }

    public ThemeSwitch themeSwitch() {
        return theme;
    }

    public boolean isActive() {
        return active.get();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public void toggle() {
        if (isActive()) {
            leave();
        } else {
            enter();
        }
    }

    public void enter() {
        if (isActive()) {
            return;
        }
        Parent root = root();
        saved = new Saved(FrameCanvasView.zoom(), theme.current(), stage().map(Stage::isFullScreen).orElse(false),
                side().getPrefWidth(), side().getMinWidth(), layoutState(root));
        active.set(true);
        root.getStylesheets().add(CSS);
        root.getStyleClass().add(STYLE_CLASS);
        FrameCanvasView.setZoom(settings.zoom());
        hideUnkeptControls(root);
        theme.apply(settings.theme());
        stage().ifPresent(s -> {
            s.setFullScreenExitHint("");
            s.setFullScreen(true);
        });
        ViewRedraw.all(root);
    }

    public void leave() {
        if (!isActive()) {
            return;
        }
        Parent root = root();
        active.set(false);
        root.getStyleClass().remove(STYLE_CLASS);
        root.getStylesheets().remove(CSS);
        saved.nodes.forEach((n, s) -> {
            n.setVisible(s[0]);
            n.setManaged(s[1]);
        });
        side().setPrefWidth(saved.sidePrefWidth);
        side().setMinWidth(saved.sideMinWidth);
        FrameCanvasView.setZoom(saved.zoom);
        theme.apply(saved.theme);
        stage().ifPresent(s -> s.setFullScreen(saved.fullScreen));
        ViewRedraw.all(root);
        saved = null;
    }

    /** Full screen on/off, independently of presentation mode (a no-op before the window is shown). */
    public void toggleFullScreen() {
        stage().ifPresent(s -> s.setFullScreen(!s.isFullScreen()));
    }

    /** Light ↔ dark; in presentation mode the choice becomes the presentation theme too. */
    public void toggleTheme() {
        ViewTheme t = theme.toggle();
        if (isActive()) {
            settings.setTheme(t);
        }
    }

    /** Re-applies the settings at once while presenting (the dialog changes them live). */
    private void settingsChanged() {
        if (!isActive()) {
            return;
        }
        Parent root = root();
        hideUnkeptControls(root);
        FrameCanvasView.setZoom(settings.zoom());
        if (theme.current() != settings.theme()) {
            theme.apply(settings.theme());
        }
        ViewRedraw.all(root);
    }

    /** Shows the kept groups' rows, hides the others; a section title shows while any row under it does. */
    private void hideUnkeptControls(Parent root) {
        ControlRows g = groups;
        boolean anyKept = false;
        for (ControlGroup group : ControlGroup.values()) {
            boolean keep = settings.keeps(group);
            for (Node row : g.rows(group)) {
                show(row, keep && saved.nodes.get(row)[0]);
                anyKept |= keep;
            }
        }
        g.sections().forEach((title, rows) -> show(title, rows.stream().anyMatch(Node::isVisible)));
        Region side = side();
        show(side, anyKept);
        side.setPrefWidth(SIDE_WIDTH);
        side.setMinWidth(SIDE_WIDTH);
        modeBar(root).ifPresent(bar -> show(bar, false));
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    /** Visible and managed of every node presentation mode may hide, as they are now. */
    private Map<Node, boolean[]> layoutState(Parent root) {
        List<Node> nodes = new ArrayList<>(groups.all());
        nodes.add(side());
        modeBar(root).ifPresent(nodes::add);
        Map<Node, boolean[]> m = new LinkedHashMap<>();
        for (Node n : nodes) {
            m.put(n, new boolean[] {n.isVisible(), n.isManaged()});
        }
        return m;
    }

    /** The Live lab / Experiments bar of the app's shell, if the window sits in one. */
    private static Optional<Node> modeBar(Parent root) {
        return Optional.ofNullable(root.lookup(".mode-bar"));
    }

    /** The region around the control panel (the window's left side). */
    private Region side() {
        return side;
    }

    private Parent root() {
        return root.get();
    }

    private Optional<Stage> stage() {
        Parent r = root();
        return r != null && r.getScene() != null && r.getScene().getWindow() instanceof Stage s
                ? Optional.of(s) : Optional.empty();
    }

    /** What leaving restores. */
    private record Saved(double zoom, ViewTheme theme, boolean fullScreen, double sidePrefWidth, double sideMinWidth,
                         Map<Node, boolean[]> nodes) {
    }
}
