package dev.bnlab.cli;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.StepWalkthrough;
import dev.bnlab.core.TrainingSession;
import dev.bnlab.core.Walkthrough;
import dev.bnlab.export.OutputFile;
import dev.bnlab.export.OutputFolder;
import dev.bnlab.export.WalkthroughJson;
import dev.bnlab.export.WalkthroughRenderer;
import dev.bnlab.i18n.Messages;
import dev.bnlab.lesson.Lesson;
import dev.bnlab.lesson.LessonException;
import dev.bnlab.lesson.LessonLibrary;
import dev.bnlab.lesson.LessonScene;
import dev.bnlab.scenario.SafeText;
import dev.bnlab.scenario.ScenarioException;
import dev.bnlab.scenario.SettingsFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bnlab walkthrough [--settings FILE | --lesson NAME --scene K] [--step N] [--layer L] --neuron J --out DIR}:
 * one training step of one hidden neuron taken apart stage by stage (docs/walkthrough.md). Trains up to the step
 * before N (default: the step after the scene's steps, or step 1), then writes {@code stages.json} with every
 * number of every stage and, when the UI's renderer is on the class path, one PNG per stage. DIR is written all
 * or nothing. Bad input: exit 2 and one line on stderr.
 */
@Command(name = "walkthrough", mixinStandardHelpOptions = true,
        description = {"Take one training step apart for one hidden neuron: every number of its forward and backward "
                + "pass through BN, stage by stage, into DIR/stages.json (and one PNG per stage)."},
        footer = {"Exit codes: 0 success, 2 bad input or usage (one line on stderr), 1 internal error."})
public final class WalkthroughCommand implements Callable<Integer> {

    static final int BAD_INPUT = 2;

    @Option(names = "--settings", paramLabel = "FILE", description = "a bnlab-settings file (default: the app's defaults)")
    Path settings;

    @Option(names = "--lesson", paramLabel = "NAME", description = "a built-in lesson id or a lesson file")
    String lesson;

    @Option(names = "--scene", paramLabel = "K", description = "with --lesson: the scene, 1-based (default: 1)")
    Integer scene;

    @Option(names = "--step", paramLabel = "N",
            description = "the step to walk through, ≥ 1 (default: the step after the scene's steps, or 1)")
    Integer step;

    @Option(names = "--layer", paramLabel = "L", defaultValue = "1", description = "hidden layer, 1-based (default: 1)")
    int layer;

    @Option(names = "--neuron", paramLabel = "J", required = true, description = "neuron of that layer, 1-based")
    int neuron;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder for stages.json and the PNGs")
    Path out;

    @Option(names = "--no-png", description = "write stages.json only, even when a PNG renderer is available")
    boolean noPng;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "language of the PNGs: en or zh")
    String lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Locale language;
        try {
            language = Messages.parse(lang);
        } catch (IllegalArgumentException e) {
            return fail(err, "--lang: " + e.getMessage());
        }
        Locale before = Messages.locale();
        Messages.setLocale(language);
        try {
            return run(err, spec.commandLine().getOut());
        } finally {
            Messages.setLocale(before);
        }
    }

    private int run(PrintWriter err, PrintWriter stdout) {
        if (settings != null && lesson != null) {
            return fail(err, "give --settings or --lesson, not both");
        }
        if (scene != null && lesson == null) {
            return fail(err, "--scene needs --lesson");
        }
        SessionConfig config = SessionConfig.defaults();
        Hyperparams hp = Hyperparams.defaults();
        int stepsBefore = 0;
        try {
            if (settings != null) {
                SettingsFile.Settings s = SettingsFile.load(settings);
                config = s.config();
                hp = s.hyperparams();
            } else if (lesson != null) {
                Lesson l = LessonLibrary.resolve(lesson);
                int k = scene == null ? 1 : scene;
                if (k < 1 || k > l.sceneCount()) {
                    return fail(err, "--scene must be in 1.." + l.sceneCount() + " for lesson " + l.id() + ", got " + k);
                }
                LessonScene sc = l.scene(k - 1);
                config = sc.config();
                hp = sc.hyperparams();
                stepsBefore = sc.steps();
            }
        } catch (ScenarioException e) {
            return fail(err, "--settings: " + e.getMessage());
        } catch (LessonException | IllegalArgumentException e) {
            return fail(err, "--lesson: " + e.getMessage());
        }
        if (step != null) {
            if (step < 1 || step > LessonScene.MAX_STEPS + 1) {
                return fail(err, "--step must be in 1.." + (LessonScene.MAX_STEPS + 1) + ", got " + step);
            }
            stepsBefore = step - 1;
        }
        if (layer < 1 || layer > config.layers()) {
            return fail(err, "--layer must be in 1.." + config.layers() + ", got " + layer);
        }
        if (neuron < 1 || neuron > config.hidden()) {
            return fail(err, "--neuron must be in 1.." + config.hidden() + ", got " + neuron);
        }
        TrainingSession session = new TrainingSession(config, hp);
        for (int i = 0; i < stepsBefore && session.advance(); i++) {
            // deterministic: the same settings always walk through the same batch
        }
        Walkthrough w;
        try {
            w = StepWalkthrough.of(session, layer - 1, neuron - 1);
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage());
        }
        try (OutputFolder folder = OutputFolder.open(out)) {
            List<Path> staged = new ArrayList<>();
            staged.add(Files.writeString(folder.staging().resolve("stages.json"), WalkthroughJson.json(w),
                    StandardCharsets.UTF_8));
            if (!noPng) {
                Optional<WalkthroughRenderer> renderer = WalkthroughRenderer.find();
                if (renderer.isPresent()) {
                    staged.addAll(renderer.get().render(w, folder.staging()));
                } else {
                    err.println("walkthrough: no PNG renderer on the class path; wrote stages.json only");
                }
            }
            folder.commit(staged).forEach(stdout::println);
            stdout.flush();
            err.flush();
            return 0;
        } catch (IOException e) {
            return fail(err, SafeText.file(out) + ": cannot write: " + OutputFile.reason(e));
        } catch (RuntimeException e) {
            err.println("walkthrough: PNG rendering failed (nothing was written): " + SafeText.line(String.valueOf(e)));
            err.flush();
            return 1;
        }
    }

    private static int fail(PrintWriter err, String message) {
        err.println("walkthrough: " + SafeText.line(message));
        err.flush();
        return BAD_INPUT;
    }
}
