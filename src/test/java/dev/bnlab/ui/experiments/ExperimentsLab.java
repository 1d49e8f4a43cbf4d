package dev.bnlab.ui.experiments;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.experiments.ExperimentSettings;
import dev.bnlab.i18n.Messages;
import dev.bnlab.runtime.ExperimentChoice;
import dev.bnlab.runtime.ExperimentChoices;
import dev.bnlab.runtime.ExperimentOptions;
import dev.bnlab.runtime.ExperimentFrame;
import dev.bnlab.ui.BnLabApp;
import dev.bnlab.ui.fx.Stylesheets;
import dev.bnlab.ui.fx.UiText;
import dev.bnlab.ui.model.FrameLoop;
import dev.bnlab.ui.model.LabModel;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Experiments mode alone on a TestFX stage (model, pane, frame loop) for its UI tests; {@link #close} stops
 * it and puts the language back to English.
 */
final class ExperimentsLab {

    final LabModel model;
    final ExperimentsPane pane;
    private final FrameLoop loop = new FrameLoop();

    private ExperimentsLab(Stage stage, String experimentId, ExperimentSettings settings, double w, double h) {
        ExperimentChoice choice = ExperimentChoices.byId(experimentId).orElseThrow();
        model = new LabModel(SessionConfig.defaults(), Hyperparams.defaults());
        model.startExperiment(choice, settings, ExperimentOptions.DEFAULTS);
        model.showExperiments();
        pane = new ExperimentsPane(model);
        stage.setScene(Stylesheets.scene(pane, w, h));
        loop.follow(model.experiment(), (f, fps) -> pane.showFrame(f));
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
