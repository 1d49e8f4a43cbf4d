package dev.bnlab.ui;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.i18n.Messages;
import dev.bnlab.runtime.LiveFrame;
import dev.bnlab.ui.fx.Stylesheets;
import dev.bnlab.ui.fx.UiText;
import dev.bnlab.ui.lab.MainWindow;
import dev.bnlab.ui.lesson.LessonPanel;
import dev.bnlab.ui.model.FrameLoop;
import dev.bnlab.ui.model.LabModel;
import dev.bnlab.ui.plot.FrameCanvasView;
import dev.bnlab.ui.plot.GlyphLayoutRaceGuard;
import dev.bnlab.ui.plot.ViewStyle;
import dev.bnlab.ui.plot.ViewTheme;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The live lab on a TestFX stage, built as {@link BnLabApp} builds it (model with its engine thread, main window
 * with the lesson strip, mode bar, keys, frame loop), for the UI tests. {@link #close} also puts back the global
 * state the app keeps in statics (language, theme, zoom), so tests can run in any order.
 */
public final class LiveLab {

    public final Stage stage;
    public final LabModel model;
    public final MainWindow window;
    public final LessonPanel lessons;
    public final LabShell shell;
    public final Scene scene;
    public final FrameLoop loop;
    public final LectureKeys keys;

    private LiveLab(Stage stage, SessionConfig config, Hyperparams hp, double width, double height) {
        this.stage = stage;
        GlyphLayoutRaceGuard.install();
        UiText.setLocale(Messages.ENGLISH);
        model = new LabModel(config, hp);
        window = new MainWindow(model);
        lessons = LessonPanel.install(window, model);
        shell = new LabShell(window, model);
        scene = Stylesheets.scene(shell, width, height);
        keys = new LectureKeys(shell, model);
        keys.install(scene);
        stage.setScene(scene);
        loop = shell.frameLoop();
        shell.start();
        stage.show();
    }

    /** The app with default settings in a window of the given size (call from a TestFX {@code @Start}). */
    public static LiveLab show(Stage stage, double width, double height) {
        return show(stage, SessionConfig.defaults(), Hyperparams.defaults(), width, height);
    }

    public static LiveLab show(Stage stage, SessionConfig config, Hyperparams hp, double width, double height) {
        return new LiveLab(stage, config, hp, width, height);
    }

    /** Waits (≤ 15 s) until the frame on screen satisfies the condition; returns it. */
    public LiveFrame awaitFrame(Predicate<LiveFrame> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            LiveFrame f = window.currentFrame();
            return f != null && condition.test(f);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window.currentFrame();
    }

    /** Stops the frame loop and the engine; back to English, the light theme, zoom 1 and a normal window. */
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.presentation().leave();
            lessons.dispose();
            shell.close();
            UiText.setLocale(Messages.ENGLISH);
            ViewStyle.setTheme(ViewTheme.LIGHT);
            FrameCanvasView.setZoom(1);
            stage.setFullScreen(false);
            stage.setScene(null);
        }).get(5, TimeUnit.SECONDS);
        model.close();
    }
}
