package dev.bnlab.ui;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.live.Trainer;
import dev.bnlab.ui.experiments.LabShell;
import dev.bnlab.ui.plot.GlyphLayoutRaceGuard;
import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop application: one window, one trainer thread. */
public final class BnLabApp extends Application {

    private Trainer trainer;
    private FrameLoop loop;
    private LabShell shell;

    @Override
    public void start(Stage stage) {
        GlyphLayoutRaceGuard.install();
        SessionConfig config = SessionConfig.defaults();
        Hyperparams hp = Hyperparams.defaults();
        trainer = new Trainer(config, hp);
        AppModel model = new AppModel(trainer, config, hp);
        MainWindow window = new MainWindow(model);
        dev.bnlab.ui.lesson.LessonPanel.install(window, model);
        // the mode bar switches between the live lab and the Experiments mode (issue 4)
        shell = new LabShell(window, model);
        Scene scene = createScene(shell, 1600, 900);
        window.installShortcuts(scene);
        shell.installShortcuts(scene);
        stage.titleProperty().bind(UiText.text("app.title"));
        stage.setScene(scene);
        loop = new FrameLoop(trainer, window);
        loop.setOnFirstFrame(() -> {
            if (Boolean.getBoolean("bnlab.timing")) {
                System.err.printf("bnlab: first frame %d ms after JVM start%n",
                        System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
            }
            if (Boolean.getBoolean("bnlab.exitAfterFirstFrame")) {
                // start-up measurement and the close-exits test: closing the last window ends the app
                Platform.runLater(stage::close);
            }
        });
        loop.start();
        shell.start();
        stage.show();
    }

    /** A scene with the app's stylesheet. */
    public static Scene createScene(Parent root, double w, double h) {
        Scene scene = new Scene(root, w, h);
        scene.getStylesheets().add(BnLabApp.class.getResource("app.css").toExternalForm());
        return scene;
    }

    /** Called by the toolkit when the last window closes: stops the frame loop and the trainer thread. */
    @Override
    public void stop() {
        if (loop != null) {
            loop.stop();
        }
        if (shell != null) {
            shell.close();
        }
        if (trainer != null) {
            trainer.close();
        }
    }
}
