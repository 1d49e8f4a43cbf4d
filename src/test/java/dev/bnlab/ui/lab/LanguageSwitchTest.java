package dev.bnlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.i18n.Messages;
import dev.bnlab.runtime.LiveFrame;
import dev.bnlab.runtime.RunControls;
import dev.bnlab.ui.LabShell;
import dev.bnlab.ui.LiveLab;
import dev.bnlab.ui.model.LabModel;
import dev.bnlab.ui.view.RunningStatsView;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The language chooser switches every text of the live lab at run time (controls, tooltips, status bar, mode
 * bar, canvas views) and nothing else: settings and training state are untouched.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {

    /** Texts that are the same in both languages: names of frameworks and functions, symbols. */
    private static final Set<String> SAME_IN_BOTH = Set.of("Keras", "PyTorch", "BN", "h", "sigmoid", "tanh", "relu");
    /** A text with a word in it (numbers, symbols and one-letter variables such as "n = 32" have none). */
    private static final Pattern HAS_WORD = Pattern.compile(".*[A-Za-z]{2,}.*", Pattern.DOTALL);

    private LiveLab lab;
    private RunControls<LiveFrame> trainer;
    private LabModel model;
    private MainWindow window;
    private LabShell shell;

    @Start
    void start(Stage stage) {
        lab = LiveLab.show(stage, 1280, 720);
        trainer = lab.model.live();
        model = lab.model;
        window = lab.window;
        shell = lab.shell;
    }

    @AfterEach
    void stop() throws Exception {
        lab.close();
    }

    private LiveFrame awaitFrame(Predicate<LiveFrame> condition) throws Exception {
        return lab.awaitFrame(condition);
    }

    /** A key's text straight from a language's bundle file (not through the code under test). */
    private static String bundle(String area, Locale l, String key) {
        return Messages.bundle(area, l).getString(key);
    }

    private static String bundleFormat(String area, Locale l, String key, Object... args) {
        return new MessageFormat(bundle(area, l, key), l).format(args);
    }

    /** Chooses a language in the chooser at the top of the control panel, as a user does. */
    private void choose(FxRobot robot, Locale l) {
        robot.interact(() -> window.controls().language.setValue(l));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void choosingChineseRewordsTheWindowAndLeavesTrainingAlone(FxRobot robot) throws Exception {
        awaitFrame(f -> true);
        robot.clickOn(window.controls().step10);
        LiveFrame before = awaitFrame(f -> f.snapshot().step() == 10);
        SessionConfig config = model.config();
        Hyperparams hp = model.hyperparams();
        String formulaEnglish = ((RunningStatsView) window.views().get("running-stats")).formula();

        choose(robot, Messages.CHINESE);

        assertThat(Messages.chinese()).isTrue();
        ControlPanel c = window.controls();
        assertThat(c.step.getText()).isEqualTo(bundle("controls", Messages.CHINESE, "controls.step"))
                .isNotEqualTo(bundle("controls", Messages.ENGLISH, "controls.step"));
        assertThat(c.reset.getText()).isEqualTo(bundle("controls", Messages.CHINESE, "controls.reset"));
        assertThat(c.playPause.getText()).isEqualTo(bundle("controls", Messages.CHINESE, "controls.play"));
        assertThat(c.placementBefore.getText()).isEqualTo(bundle("controls", Messages.CHINESE, "controls.placement.before"));
        assertThat(c.step.getTooltip().getText())
                .isEqualTo(bundleFormat("controls", Messages.CHINESE, "controls.tip.step", "32"));
        assertThat(window.statusBar().stepText())
                .isEqualTo(bundleFormat("controls", Messages.CHINESE, "controls.status.step", "10", "32",
                        String.format(Locale.ROOT, "%.4f", before.snapshot().loss())));
        assertThat(labelTexts(shell)).contains(bundle("app", Messages.CHINESE, "app.mode.live"),
                bundle("app", Messages.CHINESE, "app.mode.experiments"),
                bundle("controls", Messages.CHINESE, "controls.section.run"));
        // the canvas views were redrawn in Chinese without a new frame
        String formulaChinese = ((RunningStatsView) window.views().get("running-stats")).formula();
        assertThat(formulaChinese).isNotEqualTo(formulaEnglish)
                .isEqualTo(bundleFormat("views", Messages.CHINESE, "views.running.rule", "0.9", "0.1"));

        // nothing else changed: same settings, same session (no rebuild), same step and loss
        assertThat(model.config()).isEqualTo(config);
        assertThat(model.hyperparams()).isEqualTo(hp);
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.currentFrame().generation()).isEqualTo(before.generation());
        assertThat(window.currentFrame().snapshot().step()).isEqualTo(10);
        assertThat(window.currentFrame().snapshot().loss()).isEqualTo(before.snapshot().loss());
        assertThat(trainer.isPlaying()).isFalse();
        // and training goes on from there (no reset, no rebuild)
        robot.clickOn(c.step);
        LiveFrame after = awaitFrame(f -> f.snapshot().step() == 11);
        assertThat(after.generation()).isEqualTo(before.generation());

        choose(robot, Messages.ENGLISH);
        assertThat(c.step.getText()).isEqualTo(bundle("controls", Messages.ENGLISH, "controls.step"));
        assertThat(c.step.getTooltip().getText())
                .isEqualTo(bundleFormat("controls", Messages.ENGLISH, "controls.tip.step", "32"));
        assertThat(window.statusBar().stepText()).startsWith("step 11");
        assertThat(((RunningStatsView) window.views().get("running-stats")).formula()).isEqualTo(formulaEnglish);
        assertThat(model.config()).isEqualTo(config);
        assertThat(model.hyperparams()).isEqualTo(hp);
    }

    @Test
    void noEnglishTextIsLeftInChinese(FxRobot robot) throws Exception {
        awaitFrame(f -> true);
        // a rebuild note in the status bar too
        robot.clickOn(window.controls().placementAfter);
        awaitFrame(f -> !f.note().isEmpty());
        Map<Labeled, String> english = new IdentityHashMap<>();
        robot.interact(() -> collect(shell, english));
        assertThat(english).as("labelled nodes with words").hasSizeGreaterThan(30);

        choose(robot, Messages.CHINESE);

        Map<Labeled, String> left = new IdentityHashMap<>();
        english.forEach((node, text) -> {
            if (node.getText().equals(text) && !SAME_IN_BOTH.contains(text)) {
                left.put(node, text);
            }
        });
        assertThat(left.values()).as("texts still in English").isEmpty();
    }

    /** Every labelled node with a word in its text (skins included: a choice box shows its value in a label). */
    private static void collect(Parent p, Map<Labeled, String> out) {
        for (Node n : p.getChildrenUnmodifiable()) {
            if (n instanceof Labeled l && l.getText() != null && HAS_WORD.matcher(l.getText()).matches()) {
                out.put(l, l.getText());
            }
            if (n instanceof Parent child) {
                collect(child, out);
            }
        }
    }

    /** The texts of all labelled nodes under root. */
    private static List<String> labelTexts(Parent root) {
        List<String> out = new ArrayList<>();
        for (Node n : root.getChildrenUnmodifiable()) {
            if (n instanceof Labeled l) {
                out.add(l.getText());
            }
            if (n instanceof Parent child) {
                out.addAll(labelTexts(child));
            }
        }
        return out;
    }
}
