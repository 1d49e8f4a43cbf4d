package dev.bnlab.ui.experiments;

import dev.bnlab.experiments.ExperimentSettings;
import dev.bnlab.i18n.Messages;
import dev.bnlab.ui.BnLabApp;
import dev.bnlab.ui.UiText;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Experiments mode alone on a TestFX stage (model, pane, frame loop) for its UI tests; {@link #close} stops
 * it and puts the language back to English.
 */
final class ExperimentsLab {

    final ExperimentsModel model;
    final ExperimentsPane pane;
    private final ExperimentFrameLoop loop;

    private ExperimentsLab(Stage stage, String experimentId, ExperimentSettings settings, double w, double h) {
        ExperimentChoice choice = ExperimentChoices.byId(experimentId).orElseThrow();
        model = new ExperimentsModel(choice, settings, ExperimentControls.DEFAULTS);
        pane = new ExperimentsPane(model);
        stage.setScene(BnLabApp.createScene(pane, w, h));
        loop = new ExperimentFrameLoop(model.runner(), pane);
        loop.start();
        stage.show();
    }

    /** Call from a TestFX {@code @Start}. */
    static ExperimentsLab show(Stage stage, String experimentId, ExperimentSettings settings, double w, double h) {
        return new ExperimentsLab(stage, experimentId, settings, w, h);
    }

    /** Waits (≤ 20 s) until the frame on screen satisfies the condition; returns it. */
    ExperimentFrame awaitFrame(Predicate<ExperimentFrame> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            ExperimentFrame f = pane.currentFrame();
            return f != null && condition.test(f);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return pane.currentFrame();
    }

    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            UiText.setLocale(Messages.ENGLISH);
            loop.stop();
            model.close();
        }).get(5, TimeUnit.SECONDS);
    }
}
