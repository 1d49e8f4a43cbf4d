package dev.bnlab.ui;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.live.Trainer;
import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop application: one window, one trainer thread. */
public final class BnLabApp extends Application {

    private Trainer trainer;
    private FrameLoop loop;

    @Override
    public void start(Stage stage) {
        SessionConfig config = SessionConfig.defaults();
        Hyperparams hp = Hyperparams.defaults();
        trainer = new Trainer(config, hp);
        AppModel model = new AppModel(trainer, config, hp);
        MainWindow window = new MainWindow(model);
        Scene scene = createScene(window, 1600, 900);
        window.installShortcuts(scene);
        stage.setTitle("BN Lab — batch normalization, one mini-batch at a time");
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> stop());
        loop = new FrameLoop(trainer, window);
        if (Boolean.getBoolean("bnlab.timing")) {
            loop.setOnFirstFrame(() -> System.err.printf("bnlab: first frame %d ms after JVM start%n",
                    System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
        }
        loop.start();
        stage.show();
    }

    /** A scene with the app's stylesheet. */
    public static Scene createScene(MainWindow window, double w, double h) {
        Scene scene = new Scene(window, w, h);
        scene.getStylesheets().add(BnLabApp.class.getResource("app.css").toExternalForm());
        return scene;
    }

    @Override
    public void stop() {
        if (loop != null) {
            loop.stop();
        }
        if (trainer != null) {
            trainer.close();
        }
        Platform.exit();
    }
}
