package dev.bnlab.ui.lesson;

import dev.bnlab.i18n.Messages;
import dev.bnlab.lesson.Lesson;
import dev.bnlab.lesson.LessonException;
import dev.bnlab.lesson.LessonLibrary;
import dev.bnlab.lesson.LessonScene;
import dev.bnlab.lesson.SceneStepper;
import dev.bnlab.ui.fx.Stylesheets;
import dev.bnlab.ui.fx.UiText;
import dev.bnlab.ui.lab.MainWindow;
import dev.bnlab.ui.model.LabModel;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The lesson strip above the view grid: a chooser of the built-in lessons, "Open lesson file…", "Scene k of n",
 * Previous / Next, and the scene's caption in large type (in the current language). Arriving at a scene sets its
 * settings, rebuilds from the seeds and trains its steps in one trainer command ({@link LabModel#arrive}), then
 * shows and highlights its views. A lesson file that cannot be read shows its one-line problem here and changes
 * nothing. FX thread only.
 */
public final class LessonPanel extends VBox implements SceneStepper {

    private final LabModel model;
    private final MainWindow window;
    final ComboBox<Lesson> chooser = new ComboBox<>();
    final Button open = new Button();
    final Button previous = new Button();
    final Button next = new Button();
    final ToggleButton collapse = new ToggleButton();
    final Label counter = new Label();
    final Label caption = new Label();
    final Label problem = new Label();
    private final HBox problemBox;
    private Lesson lesson;
    private int sceneIndex = -1;
    private boolean choosing;

    /** Re-words the strip after a language switch (held here: the property only holds it weakly). */
    private final ChangeListener<Locale> onLanguage = (o, a, b) -> showTexts();
    private final WeakChangeListener<Locale> languageListener =
            new WeakChangeListener<>(onLanguage);

    /** The lesson strip's stylesheet. */
    public static final String STYLESHEET = Stylesheets.url("/bnlab/themes/lesson.css");

    public LessonPanel(LabModel model, MainWindow window) {
        this.model = model;
        this.window = window;
        getStyleClass().add("lesson-panel");
        getStylesheets().add(STYLESHEET);

        Label title = UiText.bind(new Label(), "lessons.panel.title");
        title.getStyleClass().add("lesson-title");
        chooser.getItems().addAll(LessonLibrary.builtIns());
        chooser.setCellFactory(l -> new TitleCell());
        chooser.setButtonCell(new TitleCell());
        chooser.promptTextProperty().bind(UiText.text("lessons.choose.prompt"));
        chooser.setVisibleRowCount(LessonLibrary.BUILT_IN.size());
        chooser.valueProperty().addListener((o, a, b) -> {
            if (!choosing && b != null) {
                start(b);
            }
        });
        UiText.bind(open, "lessons.open");
        open.setTooltip(UiText.tooltip("lessons.open.tooltip"));
        open.setOnAction(e -> chooseFile());
        UiText.bind(previous, "lessons.previous");
        previous.setTooltip(UiText.tooltip("lessons.previous.tooltip"));
        previous.setOnAction(e -> previousScene());
        UiText.bind(next, "lessons.next");
        next.setTooltip(UiText.tooltip("lessons.next.tooltip"));
        next.setOnAction(e -> nextScene());
        counter.getStyleClass().add("lesson-counter");
        collapse.textProperty().bind(Bindings.when(collapse.selectedProperty())
                .then(UiText.text("lessons.expand")).otherwise(UiText.text("lessons.collapse")));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // at 1280 px the chooser gives way (its title is elided); buttons and labels keep their full text
        chooser.setPrefWidth(340);
        chooser.setMinWidth(140);
        for (Control c : new Control[] {title, open, counter, previous, next, collapse}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, title, chooser, open, gap, counter, previous, next, collapse);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("lesson-bar");

        caption.getStyleClass().add("lesson-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        // a small preferred width: the strip takes the window's width and the caption wraps in it, instead of
        // asking for its whole text on one line (which would widen the window's centre)
        caption.setPrefWidth(200);
        caption.setMinWidth(0);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.visibleProperty().bind(collapse.selectedProperty().not());
        caption.managedProperty().bind(caption.visibleProperty());

        problem.getStyleClass().add("lesson-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.setPrefWidth(200);
        problem.setMinWidth(0);
        HBox.setHgrow(problem, Priority.ALWAYS);
        Button dismiss = UiText.bind(new Button(), "lessons.error.dismiss");
        dismiss.setOnAction(e -> clearProblem());
        problemBox = new HBox(8, problem, dismiss);
        problemBox.setAlignment(Pos.CENTER_LEFT);
        problemBox.getStyleClass().add("lesson-problem-box");
        problemBox.setVisible(false);
        problemBox.managedProperty().bind(problemBox.visibleProperty());

        setSpacing(4);
        getChildren().addAll(bar, caption, problemBox);
        // weakly: the language property is global, a panel must not outlive its window through it
        UiText.localeProperty().addListener(languageListener);
        showTexts();
    }

    /**
     * Stops following the language (for a window that is closed but not yet collected: its chooser's popup would
     * otherwise re-style itself, outside any window, at the next switch).
     */
    public void dispose() {
        UiText.localeProperty().removeListener(languageListener);
    }

    /** Creates the panel, puts it above the window's view grid and makes it the window's scene stepper. */
    public static LessonPanel install(MainWindow window, LabModel model) {
        LessonPanel panel = new LessonPanel(model, window);
        window.setLessonPanel(panel);
        window.setSceneStepper(panel);
        return panel;
    }

    // ------------------------------------------------------------------ navigation

    /** Opens a lesson at its first scene. */
    public void start(Lesson l) {
        lesson = l;
        clearProblem();
        selectInChooser(l);
        goTo(0);
    }

    @Override
    public void nextScene() {
        if (lesson != null && sceneIndex + 1 < lesson.sceneCount()) {
            goTo(sceneIndex + 1);
        }
    }

    @Override
    public void previousScene() {
        if (lesson != null && sceneIndex > 0) {
            goTo(sceneIndex - 1);
        }
    }

    /** Arrives at scene k: its settings, rebuilt from the seeds, its steps trained, its views shown. */
    public void goTo(int k) {
        LessonScene s = lesson.scene(k);
        sceneIndex = k;
        model.arrive(s.config(), s.hyperparams(), s.steps(), s.play(),
                Messages.format("lessons.note", lesson.title().current(), k + 1, lesson.sceneCount()));
        window.setVisibleViews(s.views());
        window.setHighlightedViews(s.highlighted());
        showTexts();
    }

    /**
     * Reads a lesson file and opens it; if it cannot be read, shows the problem (file, line, member) in the
     * panel and changes nothing: lesson, scene, settings and training stay as they were.
     *
     * @return the problem, if any
     */
    public Optional<String> openFile(Path file) {
        Lesson l;
        try {
            l = LessonLibrary.load(file);
        } catch (LessonException e) {
            showProblem(e.getMessage());
            return Optional.of(e.getMessage());
        }
        start(l);
        return Optional.empty();
    }

    private void chooseFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.get("lessons.open.dialog"));
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("lessons.open.filter"), "*.json"),
                new FileChooser.ExtensionFilter(Messages.get("lessons.open.filter.all"), "*.*"));
        File f = fc.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            openFile(f.toPath());
        }
    }

    private void selectInChooser(Lesson l) {
        choosing = true;
        try {
            if (!chooser.getItems().contains(l)) {
                // a user's lesson joins the list after the built-in ones
                chooser.getItems().add(l);
            }
            chooser.setValue(l);
        } finally {
            choosing = false;
        }
    }

    // ------------------------------------------------------------------ texts

    /** Caption, counter and button states in the current language. */
    private void showTexts() {
        if (lesson == null) {
            counter.setText(Messages.get("lessons.scene.none"));
            caption.setText(Messages.get("lessons.caption.none"));
        } else {
            counter.setText(Messages.format("lessons.scene.counter", sceneIndex + 1, lesson.sceneCount()));
            caption.setText(lesson.scene(sceneIndex).caption().current());
        }
        previous.setDisable(lesson == null || sceneIndex <= 0);
        next.setDisable(lesson == null || sceneIndex + 1 >= lesson.sceneCount());
        // the chooser's cells show titles: new cells draw them in the new language
        chooser.setCellFactory(l -> new TitleCell());
        chooser.setButtonCell(new TitleCell());
    }

    private void showProblem(String message) {
        problem.setText(Messages.get("lessons.error.title") + "\n" + message);
        problemBox.setVisible(true);
    }

    private void clearProblem() {
        problem.setText("");
        problemBox.setVisible(false);
    }

    // ------------------------------------------------------------------ state (tests, recorder)

    /** The open lesson, or null. */
    public Lesson lesson() {
        return lesson;
    }

    /** Index (0-based) of the current scene, or −1 without a lesson. */
    public int sceneIndex() {
        return sceneIndex;
    }

    public String captionText() {
        return caption.getText();
    }

    public String counterText() {
        return counter.getText();
    }

    /** The problem shown for the last file that could not be opened ("" if none). */
    public String problemText() {
        return problemBox.isVisible() ? problem.getText() : "";
    }

    /** A lesson in the chooser: its title in the current language. */
    private static final class TitleCell extends ListCell<Lesson> {
        @Override
        protected void updateItem(Lesson item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.title().current());
        }
    }
}
