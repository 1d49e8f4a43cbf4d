package dev.bnlab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.i18n.Messages;
import dev.bnlab.lesson.Lesson;
import dev.bnlab.lesson.LessonLibrary;
import dev.bnlab.lesson.LessonScene;
import dev.bnlab.runtime.LiveFrame;
import dev.bnlab.runtime.RunControls;
import dev.bnlab.ui.BnLabApp;
import dev.bnlab.ui.FxToolkit;
import dev.bnlab.ui.LabShell;
import dev.bnlab.ui.fx.HeadlessFx;
import dev.bnlab.ui.fx.Stylesheets;
import dev.bnlab.ui.fx.UiText;
import dev.bnlab.ui.lab.MainWindow;
import dev.bnlab.ui.model.LabModel;
import dev.bnlab.ui.plot.ViewTheme;
import dev.bnlab.ui.view.CanvasView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole window showing a lesson scene at lecture sizes: the caption is shown in full and the views keep
 * most of the height. With -Dbnlab.lessonshots=DIR the frames are written as DIR/lesson-ID-sK-LANG-WxH.png.
 */
class LessonScreenshotsTest {

    @ParameterizedTest
    @CsvSource({
        "a-what-bn-does, 2, en, 1920, 1080, window",
        "b3-speed-and-lr, 1, en, 1920, 1080, window",
        "c3-why-it-works, 1, zh, 1920, 1080, window",
        "c1-covariate-shift, 1, zh, 1280, 720, window",
        "c2-placement, 1, en, 1280, 720, window",
        "c1-covariate-shift, 1, en, 1920, 1080, presentation-dark",
        "b1-train-vs-test, 2, zh, 1920, 1080, presentation-light",
        "d-depth, 0, en, 1920, 1080, window",
        "d-depth, 1, zh, 1920, 1080, window"})
    void aSceneFitsTheWindow(String id, int k, String lang, int w, int h, String mode) throws Exception {
        Lesson lesson = LessonLibrary.builtIn(id);
        LessonScene s = lesson.scene(k);
        try (LabModel model = new LabModel(s.config(), s.hyperparams())) {
            Holder ui = FxToolkit.call(() -> {
                UiText.setLocale(Messages.parse(lang));
                MainWindow window = new MainWindow(model);
                LabShell shell = new LabShell(window, model);
                LessonPanel panel = LessonPanel.install(window, model);
                Scene scene = Stylesheets.scene(shell, w, h);
                panel.start(lesson);
                panel.goTo(k);
                if (mode.startsWith("presentation")) {
                    window.presentation().settings().setTheme(mode.endsWith("dark") ? ViewTheme.DARK : ViewTheme.LIGHT);
                    window.presentation().enter();
                }
                return new Holder(window, panel, scene);
            });
            LiveFrame f = sceneFrame(model.live(), s);
            try {
                WritableImage img = FxToolkit.call(() -> {
                    ui.window.showFrame(f, 0);
                    HeadlessFx.settleLayout(ui.scene);
                    // the caption is shown whole, inside the window
                    Bounds cap = ui.panel.caption.localToScene(ui.panel.caption.getLayoutBounds());
                    assertThat(cap.getMaxY()).isLessThan(h * 0.4);
                    assertThat(cap.getMaxX()).as("caption right edge (caption %s, panel %s, window %s, center %s)",
                            ui.panel.caption.getWidth(), ui.panel.getWidth(), ui.window.getWidth(),
                            ((Region) ui.window.getCenter()).getWidth()).isLessThanOrEqualTo(w);
                    assertThat(ui.panel.caption.getHeight()).isGreaterThanOrEqualTo(
                            ui.panel.caption.prefHeight(ui.panel.caption.getWidth()) - 1);
                    // the views keep most of the height
                    for (String name : s.views()) {
                        CanvasView v = ui.window.views().get(name);
                        assertThat(v.getHeight()).as("%s height", name).isGreaterThan(h * 0.3);
                    }
                    return ui.scene.snapshot(null);
                });
                String dir = System.getProperty("bnlab.lessonshots");
                if (dir != null) {
                    Files.createDirectories(Path.of(dir));
                    String suffix = mode.equals("window") ? "" : "-" + mode;
                    HeadlessFx.writePng(img, Path.of(dir, String.format(Locale.ROOT, "lesson-%s-s%d-%s-%dx%d%s.png",
                            id, k + 1, lang, w, h, suffix)));
                }
            } finally {
                FxToolkit.run(() -> {
                    ui.panel.dispose();
                    ui.window.presentation().leave();
                    UiText.setLocale(Messages.ENGLISH);
                });
            }
        }
    }

    private record Holder(MainWindow window, LessonPanel panel, Scene scene) {
    }

    /** The first frame of the arrived scene (generation 1 is the live run's initial session). */
    private static LiveFrame sceneFrame(RunControls<LiveFrame> t, LessonScene s) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            t.requestFrame();
            LiveFrame f = t.takeFrame();
            if (f != null && f.generation() > 1 && f.snapshot().step() == s.steps()
                    && f.snapshot().config().equals(s.config()) && f.snapshot().hyperparams().equals(s.hyperparams())) {
                return f;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no frame of the scene");
    }
}
