package dev.bnlab.cli;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.export.OutputFile;
import dev.bnlab.export.OutputFolder;
import dev.bnlab.i18n.Messages;
import dev.bnlab.lesson.Lesson;
import dev.bnlab.lesson.LessonException;
import dev.bnlab.lesson.LessonLibrary;
import dev.bnlab.lesson.LessonScene;
import dev.bnlab.scenario.SafeText;
import dev.bnlab.scenario.ScenarioException;
import dev.bnlab.scenario.SettingsFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code snapshot [--settings FILE | --lesson NAME [--scene K]] [--steps N] [--seed S] [--layer L] --out DIR
 * [--width W --height H] [--lang en|zh]}: PNGs of the window, no display.
 */
@Command(name = "snapshot", description = "Run N deterministic steps with no display and write DIR/main.png plus one PNG per view.")
public final class SnapshotCommand implements Callable<Integer> {

    /** Most training steps before the picture. */
    public static final int MAX_STEPS = 1_000_000;

    @Option(names = "--steps", description = "training steps before the picture, 0..1000000 (default ${DEFAULT-VALUE})")
    int steps = 200;

    @Option(names = "--seed", description = "seed of data, weights and batch order (default ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--settings", paramLabel = "FILE", description = "a bnlab-settings file (default: the app's defaults)")
    Path settings;

    @Option(names = "--lesson", paramLabel = "NAME",
            description = "a built-in lesson id or a lesson file: the picture of one of its scenes (see --scene)")
    String lesson;

    @Option(names = "--scene", paramLabel = "K", description = "with --lesson: the scene, 1-based (default 1)")
    Integer scene;

    @Option(names = "--layer", paramLabel = "L",
            description = "hidden layer the per-neuron views show, 1-based (default ${DEFAULT-VALUE})")
    int layer = 1;

    @Option(names = "--out", required = true, description = "output directory")
    Path out;

    @Option(names = "--width", description = "window width in pixels, 400..7680 (default ${DEFAULT-VALUE})")
    int width = 1920;

    @Option(names = "--height", description = "window height in pixels, 300..4320 (default ${DEFAULT-VALUE})")
    int height = 1080;

    @Option(names = "--lang", paramLabel = "en|zh", converter = LanguageOption.class,
            description = "language of the pictures: en or zh (default en)")
    Locale lang = Messages.ENGLISH;

    @Override
    public Integer call() throws Exception {
        String problem = WindowSize.problem(width, height);
        if (problem == null && (steps < 0 || steps > MAX_STEPS)) {
            problem = "--steps must be in 0.." + MAX_STEPS + ", got " + steps;
        }
        SessionConfig config = SessionConfig.defaults().withSeed(seed);
        Hyperparams hp = Hyperparams.defaults();
        int trained = steps;
        if (problem == null && settings != null && lesson != null) {
            problem = "give --settings or --lesson, not both";
        }
        if (problem == null && scene != null && lesson == null) {
            problem = "--scene needs --lesson";
        }
        try {
            if (problem == null && settings != null) {
                SettingsFile.Settings s = SettingsFile.load(settings);
                config = s.config();
                hp = s.hyperparams();
            } else if (problem == null && lesson != null) {
                Lesson l = LessonLibrary.resolve(lesson);
                int k = scene == null ? 1 : scene;
                if (k < 1 || k > l.sceneCount()) {
                    problem = "--scene must be in 1.." + l.sceneCount() + " for lesson " + l.id() + ", got " + k;
                } else {
                    LessonScene sc = l.scene(k - 1);
                    config = sc.config();
                    hp = sc.hyperparams();
                    trained = sc.steps();
                }
            }
        } catch (ScenarioException e) {
            problem = "--settings: " + e.getMessage();
        } catch (LessonException | IllegalArgumentException e) {
            problem = "--lesson: " + e.getMessage();
        }
        if (problem == null && (layer < 1 || layer > config.layers())) {
            problem = "--layer must be in 1.." + config.layers() + ", got " + layer;
        }
        if (problem != null) {
            System.err.println("snapshot: " + SafeText.line(problem));
            return ShortUsageErrorHandler.USAGE_ERROR;
        }
        Messages.setLocale(lang);
        try (OutputFolder folder = OutputFolder.open(out)) {
            dev.bnlab.ui.HeadlessRenderer.useHeadlessToolkit();
            try {
                List<Path> staged = dev.bnlab.ui.HeadlessRenderer.snapshot(config, hp, trained, layer - 1,
                        folder.staging(), width, height);
                for (Path p : folder.commit(staged)) {
                    System.out.println(p);
                }
            } finally {
                dev.bnlab.ui.HeadlessRenderer.shutdown();
            }
        } catch (java.io.IOException e) {
            System.err.println("snapshot: " + SafeText.line("cannot write to " + SafeText.file(out) + ": "
                    + OutputFile.reason(e)));
            return ShortUsageErrorHandler.USAGE_ERROR;
        }
        return 0;
    }
}
