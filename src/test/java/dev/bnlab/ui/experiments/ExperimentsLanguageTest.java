package dev.bnlab.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.experiments.ExperimentSettings;
import dev.bnlab.experiments.Finding;
import dev.bnlab.i18n.Messages;
import dev.bnlab.ui.HeadlessFx;
import dev.bnlab.ui.UiText;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Experiments mode follows a language switch at run time: captions, list, buttons, findings and the canvas
 * views change to the Chinese bundle's texts and back, while the experiment stays where it was (same step, same
 * measured numbers, nothing recomputed).
 */
@ExtendWith(ApplicationExtension.class)
class ExperimentsLanguageTest {

    private static final int STEPS = 40;

    private ExperimentsLab lab;
    private ExperimentsModel model;
    private ExperimentsPane pane;

    @Start
    void start(Stage stage) {
        lab = ExperimentsLab.show(stage, "covariate-shift", new ExperimentSettings(STEPS, 1), 1280, 800);
        model = lab.model;
        pane = lab.pane;
    }

    @AfterEach
    void stop() throws Exception {
        lab.close();
    }

    /** Waits until the frame on screen satisfies the condition. */
    private ExperimentFrame awaitFrame(Predicate<ExperimentFrame> condition) throws Exception {
        return lab.awaitFrame(condition);
    }

    private static String zh(String key) {
        return ResourceBundle.getBundle("dev.bnlab.i18n.experiments", Messages.CHINESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    private static String en(String key) {
        return ResourceBundle.getBundle("dev.bnlab.i18n.experiments", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    /** With -Dbnlab.zhshots=DIR, the window as it looks now is written to DIR/name (to look at). */
    private void saveShot(String name) throws Exception {
        String dir = System.getProperty("bnlab.zhshots");
        if (dir != null) {
            WaitForAsyncUtils.asyncFx(() -> {
                HeadlessFx.writePng(pane.getScene().snapshot(null), Path.of(dir, name));
                return null;
            }).get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void switchingTheLanguageRewordsEverythingWithoutRecomputing(FxRobot robot) throws Exception {
        robot.interact(() -> model.runToEnd());
        ExperimentFrame done = awaitFrame(ExperimentFrame::finished);
        assertThat(done.result().findings()).as("the run measured something").isNotEmpty();
        ExperimentSidebar side = pane.sidebar();
        List<String> englishFindings = side.findingTexts();
        String englishCaption = pane.caption().captionText();
        String englishProgress = side.progress.getText();
        assertThat(englishCaption).isEqualTo(LabelText.safe(en("experiments.covariate-shift.caption")));
        assertThat(side.step.getText()).isEqualTo(en("experiments.ui.step"));
        ExperimentView sweep = pane.viewSet().view("accuracy");
        ExperimentView prebn = pane.viewSet().view("prebn");
        long drawsBefore = sweep.drawCount();

        robot.interact(() -> UiText.setLocale(Messages.CHINESE));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane.languageSwitches()).isEqualTo(1);
        assertThat(pane.caption().captionText()).isEqualTo(LabelText.safe(zh("experiments.covariate-shift.caption")))
                .isNotEqualTo(englishCaption);
        assertThat(pane.caption().verdictText()).isEqualTo(zh("experiments.verdict.mixed") + " · "
                + zh("experiments.verdict.seed-share").replace("{0}", "7").replace("{1}", "10"));
        assertThat(pane.caption().onThisNetworkText())
                .isEqualTo(LabelText.safe(zh("experiments.ui.caption.on-this-network")
                        .replace("{0}", zh("experiments.covariate-shift.on-this-network"))));
        assertThat(pane.caption().titleText()).startsWith(zh("experiments.covariate-shift.title"));
        assertThat(side.step.getText()).isEqualTo(zh("experiments.ui.step"));
        assertThat(side.reset.getText()).isEqualTo(zh("experiments.ui.reset"));
        assertThat(side.progress.getText()).isNotEqualTo(englishProgress).contains("第 " + STEPS + " / " + STEPS + " 步");
        // the findings are the same measurements, worded in Chinese from their keys and numbers
        ExperimentFrame after = pane.currentFrame();
        assertThat(after.trainingStep()).as("no step was taken").isEqualTo(done.trainingStep());
        assertThat(after.result().findings()).as("same measured numbers").isEqualTo(done.result().findings());
        Finding shift = done.result().findings().get(0);
        assertThat(side.findingTexts()).hasSameSizeAs(englishFindings).contains(LabelText.safe(shift.text()));
        assertThat(side.findingTexts().get(0)).startsWith(zh("experiments.finding.shift-accuracy").substring(0, 5))
                .isNotEqualTo(englishFindings.get(0));
        // canvas views read their texts at draw time and were redrawn
        assertThat(sweep.drawCount()).as("redrawn after the switch").isGreaterThan(drawsBefore);
        assertThat(sweep.title()).isEqualTo(zh("experiments.view.sweep.title"));
        assertThat(((ShiftSweepView) sweep).headline()).startsWith("当前：");
        assertThat(prebn.title()).isEqualTo(zh("experiments.view.prebn.title"));
        // the experiment list's entries
        assertThat(side.list.getItems().get(0).title()).isEqualTo(zh("experiments.bn-vs-nobn.title"));
        saveShot("covariate-shift-switched-at-run-time.png");

        robot.interact(() -> UiText.setLocale(Messages.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane.caption().captionText()).isEqualTo(englishCaption);
        assertThat(side.step.getText()).isEqualTo(en("experiments.ui.step"));
        assertThat(side.findingTexts()).isEqualTo(englishFindings);
        assertThat(side.progress.getText()).isEqualTo(englishProgress);
        assertThat(((ShiftSweepView) sweep).headline()).startsWith("Now:");
        assertThat(pane.currentFrame().trainingStep()).isEqualTo(done.trainingStep());
    }
}
