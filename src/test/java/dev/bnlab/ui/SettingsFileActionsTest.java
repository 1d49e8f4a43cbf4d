package dev.bnlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Activation;
import dev.bnlab.core.Convention;
import dev.bnlab.core.DataConfig;
import dev.bnlab.core.DatasetKind;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.TestShift;
import dev.bnlab.live.LiveFrame;
import dev.bnlab.live.Trainer;
import dev.bnlab.scenario.SettingsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Open… and Save… through the code path of the buttons: loaded settings reach the model; bad files change nothing. */
class SettingsFileActionsTest {

    private final SessionConfig startConfig = SessionConfig.defaults();
    private final Hyperparams startHp = Hyperparams.defaults();
    private final Trainer trainer = new Trainer(startConfig, startHp);
    private final AppModel model = new AppModel(trainer, startConfig, startHp);
    private final SettingsFileActions actions = new SettingsFileActions(model);

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        trainer.close();
    }

    @Test
    void openingSavedSettingsAppliesThemToTheModelAndTheTrainer() throws Exception {
        SessionConfig cfg = new SessionConfig(
                new DataConfig(DatasetKind.MOONS, 400, 100, 0.05, new TestShift(0.25, 0.25, 1.5), 3L),
                6, 1, Activation.RELU, Placement.AFTER, 3L, 4L, 5);
        Hyperparams hp = new Hyperparams(0.25, 64, 0.5, Convention.PYTORCH_CUMULATIVE, 1e-5);
        Path file = dir.resolve("lesson.json");
        SettingsFile.save(file, cfg, hp);

        Optional<String> error = FxToolkit.call(() -> actions.open(file));

        assertThat(error).isEmpty();
        assertThat(FxToolkit.call(model::config)).isEqualTo(cfg);
        assertThat(FxToolkit.call(model::hyperparams)).isEqualTo(hp);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            trainer.requestFrame();
            LiveFrame f = trainer.peekFrame();
            return f != null && f.snapshot().config().equals(cfg);
        });
        LiveFrame f = trainer.peekFrame();
        assertThat(f.note()).isEqualTo("Loaded settings");
        assertThat(f.snapshot().hyperparams()).isEqualTo(hp);
    }

    @Test
    void savingThenOpeningThroughTheActionsRoundTrips() throws Exception {
        Path file = dir.resolve("saved.json");
        SessionConfig changed = startConfig.withHidden(9).withPlacement(Placement.NONE);
        FxToolkit.run(() -> model.setConfig(changed, "test"));
        assertThat(FxToolkit.call(() -> actions.save(file))).isEmpty();
        FxToolkit.run(() -> model.apply(startConfig, startHp.withEps(0.5)));
        assertThat(FxToolkit.call(() -> actions.open(file))).isEmpty();
        assertThat(model.config()).isEqualTo(changed);
        assertThat(model.hyperparams()).isEqualTo(startHp);
    }

    @Test
    void aMalformedFileLeavesTheModelUnchangedAndSaysWhy() throws Exception {
        Path file = dir.resolve("bad.json");
        SettingsFile.save(file, startConfig.withHidden(7), startHp);
        String good = Files.readString(file);
        Files.writeString(file, good.replaceFirst("\"momentum\"\\s*:\\s*0\\.9", "\"momentum\": 1.5"));
        assertThat(Files.readString(file)).as("edited").isNotEqualTo(good);
        int[] changes = {0};
        FxToolkit.run(() -> {
            model.configProperty().addListener((o, a, b) -> changes[0]++);
            model.hyperparamsProperty().addListener((o, a, b) -> changes[0]++);
        });

        Optional<String> error = FxToolkit.call(() -> actions.open(file));

        assertThat(error).contains("training.momentum: must be in [0, 1], got 1.5");
        assertThat(changes[0]).isZero();
        assertThat(model.config()).isEqualTo(startConfig);
        assertThat(model.hyperparams()).isEqualTo(startHp);
        Path truncated = Files.writeString(dir.resolve("cut.json"), "{\"format\": \"bnlab-settings/1\", \"network\": {");
        assertThat(FxToolkit.call(() -> actions.open(truncated))).get().asString().contains("not valid JSON");
        assertThat(changes[0]).isZero();
    }

    @Test
    void aFailedSaveReportsTheProblem() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("taken.json"));
        assertThat(FxToolkit.call(() -> actions.save(folder))).get().asString().contains("is a directory");
    }
}
