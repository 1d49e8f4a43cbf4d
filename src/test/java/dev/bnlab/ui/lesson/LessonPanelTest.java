package dev.bnlab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Snapshot;
import dev.bnlab.i18n.Messages;
import dev.bnlab.lesson.Lesson;
import dev.bnlab.lesson.LessonLibrary;
import dev.bnlab.lesson.LessonScene;
import dev.bnlab.lesson.LessonViews;
import dev.bnlab.live.LiveFrame;
import dev.bnlab.live.Trainer;
import dev.bnlab.ui.AppModel;
import dev.bnlab.ui.LiveLab;
import dev.bnlab.ui.MainWindow;
import dev.bnlab.ui.UiText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the lesson panel in the real main window (headless Monocle in CI). */
@ExtendWith(ApplicationExtension.class)
class LessonPanelTest {

    private LiveLab lab;
    private Trainer trainer;
    private AppModel model;
    private MainWindow window;
    private LessonPanel panel;

    @Start
    void start(Stage stage) {
        lab = LiveLab.show(stage, 1280, 720);
        trainer = lab.trainer;
        model = lab.model;
        window = lab.window;
        panel = lab.lessons;
    }

    @AfterEach
    void stop() throws Exception {
        lab.close();
    }

    private LiveFrame awaitFrame(Predicate<LiveFrame> condition) throws Exception {
        return lab.awaitFrame(condition);
    }

    /** Waits for the frame of a scene: a session newer than {@code after}, with the scene's settings and steps. */
    private LiveFrame awaitScene(LessonScene s, long after) throws Exception {
        return awaitFrame(f -> f.generation() > after && f.snapshot().step() == s.steps()
                && f.snapshot().config().equals(s.config()) && f.snapshot().hyperparams().equals(s.hyperparams()));
    }

    private long generationNow() {
        return window.currentFrame() == null ? 0 : window.currentFrame().generation();
    }

    private void assertShowing(Lesson lesson, int k) {
        LessonScene s = lesson.scene(k);
        assertThat(panel.sceneIndex()).isEqualTo(k);
        assertThat(panel.captionText()).isEqualTo(s.caption().en());
        assertThat(panel.counterText()).isEqualTo("Scene " + (k + 1) + " of " + lesson.sceneCount());
        assertThat(window.visibleViews()).isEqualTo(Set.copyOf(s.views()));
        assertThat(window.highlightedViews()).isEqualTo(Set.copyOf(s.highlighted()));
        assertThat(model.config()).isEqualTo(s.config());
        assertThat(model.hyperparams()).isEqualTo(s.hyperparams());
    }

    @Test
    void nextNextPreviousMovesThroughTheScenesAndEachSceneShowsTheSameFrame(FxRobot robot) throws Exception {
        awaitFrame(f -> true);
        Lesson lesson = LessonLibrary.builtIn("c2-placement");
        assertThat(panel.previous.isDisabled()).isTrue();
        long g = generationNow();
        robot.interact(() -> panel.chooser.setValue(lesson));
        awaitScene(lesson.scene(0), g);
        assertShowing(lesson, 0);
        assertThat(panel.previous.isDisabled()).isTrue();

        g = generationNow();
        robot.clickOn(panel.next);
        awaitScene(lesson.scene(1), g);
        assertShowing(lesson, 1);

        g = generationNow();
        robot.clickOn(panel.next);
        Snapshot viaNext = awaitScene(lesson.scene(2), g).snapshot();
        assertShowing(lesson, 2);

        g = generationNow();
        robot.clickOn(panel.previous);
        awaitScene(lesson.scene(1), g);
        assertShowing(lesson, 1);

        g = generationNow();
        robot.interact(() -> window.sceneStepper().nextScene()); // the keyboard's path
        Snapshot again = awaitScene(lesson.scene(2), g).snapshot();
        assertShowing(lesson, 2);
        assertThat(again.loss()).isEqualTo(viaNext.loss());
        assertThat(again.eval().testAccuracy()).isEqualTo(viaNext.eval().testAccuracy());
        assertThat(again.parameters()).isEqualTo(viaNext.parameters());
        assertThat(trainer.isPlaying()).isFalse();
    }

    @Test
    void theCaptionFollowsTheLanguage(FxRobot robot) throws Exception {
        awaitFrame(f -> true);
        Lesson lesson = LessonLibrary.builtIn("a-what-bn-does");
        robot.interact(() -> panel.start(lesson));
        assertThat(panel.captionText()).isEqualTo(lesson.scene(0).caption().en());
        robot.interact(() -> UiText.setLocale(Messages.CHINESE));
        assertThat(panel.captionText()).isEqualTo(lesson.scene(0).caption().zh());
        assertThat(panel.counterText()).isEqualTo("第 1 个场景，共 4 个");
        assertThat(panel.next.getText()).isEqualTo("下一场景 ▶");
        robot.interact(() -> UiText.setLocale(Messages.ENGLISH));
        assertThat(panel.captionText()).isEqualTo(lesson.scene(0).caption().en());
    }

    @Test
    void aMalformedLessonFileChangesNothing(FxRobot robot, @TempDir Path dir) throws Exception {
        awaitFrame(f -> true);
        Lesson lesson = LessonLibrary.builtIn("b1-train-vs-test");
        long g = generationNow();
        robot.interact(() -> panel.start(lesson));
        robot.clickOn(panel.next);
        LiveFrame before = awaitScene(lesson.scene(1), g);
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, """
                {
                  "format": "bnlab-lesson/1",
                  "id": "broken",
                  "title": "Broken",
                  "scenes": [
                    {"caption": "ok", "steps": 5},
                    {"caption": "bad", "steps": "ten"}
                  ]
                }
                """);
        java.util.Optional<String> problem = dev.bnlab.ui.FxToolkit.call(() -> panel.openFile(bad));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.problemText()).contains("broken.json line 7: scenes[1].steps: expected an integer, got \"ten\"");
        assertThat(problem).hasValueSatisfying(m -> assertThat(m).startsWith("broken.json line 7: "));
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.lesson()).isEqualTo(lesson);
        assertShowing(lesson, 1);
        LiveFrame after = window.currentFrame();
        assertThat(after.generation()).isEqualTo(before.generation());
        assertThat(after.snapshot().step()).isEqualTo(before.snapshot().step());
        assertThat(after.snapshot().parameters()).isEqualTo(before.snapshot().parameters());
        assertThat(panel.chooser.getValue()).isEqualTo(lesson);
    }

    @Test
    void aSpecialOrHostileLessonFileIsRefusedInOneLineAndChangesNothing(@TempDir Path dir) throws Exception {
        awaitFrame(f -> true);
        Lesson before = panel.lesson();
        Path pipe = dir.resolve("pipe.json");
        Process mk = new ProcessBuilder("mkfifo", pipe.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)
                && mk.exitValue() == 0, "mkfifo is available");
        java.util.Optional<String> fifo = dev.bnlab.ui.FxToolkit.call(() -> panel.openFile(pipe));
        assertThat(fifo).contains("pipe.json: cannot read file: it is a named pipe (FIFO), not a regular file");
        assertThat(dev.bnlab.ui.FxToolkit.call(() -> panel.openFile(dir))).get().asString()
                .endsWith(": cannot read file: it is a directory");
        Path esc = dir.resolve("esc.json");
        Files.writeString(esc, "{\"format\": \"bnlab-lesson/1\", \"id\": \"x\", \"title\": \"T\", "
                + "\"scenes\": [{\"caption\": \"" + "c".repeat(2001) + "\"}], \"\\u001b[2J\": 1}");
        String m = dev.bnlab.ui.FxToolkit.call(() -> panel.openFile(esc)).orElseThrow();
        assertThat(m).doesNotContain("\u001b").contains("\\u001b[2J");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.problemText()).endsWith("\n" + m);
        assertThat(panel.lesson()).isEqualTo(before);
    }

    @Test
    void theLessonViewNamesAreTheWindowsViewNames() {
        assertThat(List.copyOf(window.views().all().keySet())).isEqualTo(LessonViews.NAMES);
    }
}
