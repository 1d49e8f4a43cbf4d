package dev.bnlab.ui;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.ui.fx.Stylesheets;
import dev.bnlab.ui.fx.UiText;
import dev.bnlab.ui.lab.MainWindow;
import dev.bnlab.ui.lesson.LessonPanel;
import dev.bnlab.ui.model.LabModel;
import dev.bnlab.ui.plot.GlyphLayoutRaceGuard;
import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop application: one window, one model, one engine thread under it. */
public final class BnLabApp extends Application {

    private LabModel model;
    private LabShell shell;

    @Override
    public void start(Stage stage) {
        GlyphLayoutRaceGuard.install();
        model = new LabModel(SessionConfig.defaults(), Hyperparams.defaults());
        shell = build(model);
        Scene scene = Stylesheets.scene(shell, 1600, 900);
        new LectureKeys(shell, model).install(scene);
        stage.titleProperty().bind(UiText.text("app.title"));
        stage.setScene(scene);
        shell.frameLoop().setOnFirstFrame(() -> {
            if (Boolean.getBoolean("bnlab.timing")) {
                System.err.printf("bnlab: first frame %d ms after JVM start%n",
                        System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
            }
            if (Boolean.getBoolean("bnlab.exitAfterFirstFrame")) {
                // start-up measurement and the close-exits test: closing the last window ends the app
                Platform.runLater(stage::close);
            }
        });
        shell.start();
        stage.show();
    }

    /** The window's content as the app shows it: the live lab with the lesson strip, under the mode bar. */
    public static LabShell build(LabModel model) {
        MainWindow window = new MainWindow(model);
        LessonPanel.install(window, model);
        return new LabShell(window, model);
    }

    /** Called by the toolkit when the last window closes: stops the frame loop and the engine thread. */
    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
        if (model != null) {
            model.close();
        }
    }
}
