package dev.bnlab.cli;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.export.OutputFile;
import dev.bnlab.i18n.Messages;
import dev.bnlab.lesson.LessonException;
import dev.bnlab.record.ClipFormat;
import dev.bnlab.record.ClipOptions;
import dev.bnlab.record.ClipPlan;
import dev.bnlab.record.ClipProgress;
import dev.bnlab.record.ClipRecorder;
import dev.bnlab.record.ClipSize;
import dev.bnlab.record.Ffmpeg;
import dev.bnlab.record.FrameRenderer;
import dev.bnlab.record.GifClipWriter;
import dev.bnlab.record.LessonClipPlans;
import dev.bnlab.scenario.SafeText;
import dev.bnlab.scenario.ScenarioException;
import dev.bnlab.scenario.SettingsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code record --out clip.gif|clip.mp4 [--settings FILE] [--steps N] [--fps F] [--steps-per-frame K]
 * [--size WxH] [--lesson NAME [--hold S]] [--lang en|zh]}: films deterministic training (or a lesson) offscreen,
 * no display needed. The format follows the extension; MP4 needs ffmpeg. Progress goes to stderr, the written
 * file's path to stdout.
 */
@Command(name = "record",
        description = "Record a clip (GIF, or MP4 with ffmpeg) of deterministic training, rendered offscreen.")
public final class RecordCommand implements Callable<Integer> {

    /** Most training steps filmed. */
    public static final int MAX_STEPS = 1_000_000;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "clip.gif or clip.mp4 (format from the extension)")
    Path out;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "a bnlab-settings file (default: the app's defaults)")
    Path settings;

    @Option(names = "--lesson", paramLabel = "NAME",
            description = "record a whole lesson, scene by scene: a built-in id (a-what-bn-does, b1-train-vs-test, "
                    + "b3-speed-and-lr, c1-covariate-shift, c2-placement, c3-why-it-works, d-depth) or a lesson file")
    String lesson;

    @Option(names = "--hold", paramLabel = "SECONDS",
            description = "with --lesson: how long each scene's last frame stays, to read its caption "
                    + "(default ${DEFAULT-VALUE})")
    double holdSeconds = 4;

    @Option(names = "--steps", description = "training steps to film (default ${DEFAULT-VALUE})")
    int steps = 200;

    @Option(names = "--fps", description = "frames per second (default ${DEFAULT-VALUE})")
    int fps = 25;

    @Option(names = "--steps-per-frame", paramLabel = "K",
            description = "training steps between frames (default ${DEFAULT-VALUE})")
    int stepsPerFrame = 1;

    @Option(names = "--size", paramLabel = "WxH",
            description = "frame size, e.g. 1280x720 or 1920x1080 (default ${DEFAULT-VALUE})")
    String size = "1280x720";

    @Option(names = "--seed", description = "seed of data, weights and batch order (default: the settings' seeds)")
    Long seed;

    @Option(names = "--lang", paramLabel = "en|zh",
            description = "language of the captions and labels (default ${DEFAULT-VALUE})")
    String lang = "en";

    @Override
    public Integer call() throws Exception {
        Optional<String> problem = Optional.empty();
        ClipOptions options = null;
        ClipFormat format = ClipFormat.of(out).orElse(null);
        try {
            Messages.setLocale(Messages.parse(lang));
            options = new ClipOptions(ClipSize.parse(size), fps, stepsPerFrame);
        } catch (IllegalArgumentException e) {
            problem = Optional.of(optionFor(e.getMessage()) + e.getMessage());
        }
        if (problem.isEmpty() && format == null) {
            problem = Optional.of("--out: " + Messages.format("record.cli.badExtension",
                    SafeText.file(out.getFileName())));
        } else if (problem.isEmpty() && format == ClipFormat.GIF && fps > GifClipWriter.MAX_FPS) {
            problem = Optional.of("--fps: " + Messages.format("record.cli.gifFps", Integer.toString(fps)));
        } else if (problem.isEmpty() && (steps < 0 || steps > MAX_STEPS)) {
            problem = Optional.of("--steps: " + Messages.format("record.cli.badSteps", Integer.toString(steps), Integer.toString(MAX_STEPS)));
        } else if (problem.isEmpty() && (problem = outputProblem()).isPresent()) {
            // the output path cannot be written: reported before any work
        } else if (problem.isEmpty() && format == ClipFormat.MP4 && !Ffmpeg.available()) {
            problem = Optional.of(Messages.get("record.cli.noFfmpeg"));
        }
        ClipPlan plan = null;
        if (problem.isEmpty()) {
            try {
                plan = plan();
            } catch (ScenarioException e) {
                problem = Optional.of("--settings: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                problem = Optional.of(e.getMessage());
            }
        }
        if (problem.isPresent()) {
            System.err.println("record: " + SafeText.line(problem.get()));
            return ShortUsageErrorHandler.USAGE_ERROR;
        }
        return record(plan, options);
    }

    /** Why --out cannot be written (a directory or a block device in the way, no such folder, …), if so. */
    private Optional<String> outputProblem() {
        try {
            OutputFile.check(out);
            return Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.of("--out: " + Messages.format("record.cli.cannotWrite", SafeText.file(out),
                    OutputFile.reason(e)));
        }
    }

    private static String optionFor(String message) {
        if (message.startsWith("size")) {
            return "--size: ";
        }
        if (message.startsWith("frames per second")) {
            return "--fps: ";
        }
        if (message.startsWith("steps per frame")) {
            return "--steps-per-frame: ";
        }
        if (message.startsWith("unknown language")) {
            return "--lang: ";
        }
        return "";
    }

    /** The plan: a lesson (when --lesson is given) or the next N steps of the settings file or the defaults. */
    ClipPlan plan() throws ScenarioException {
        if (lesson != null) {
            if (!(holdSeconds >= 0 && holdSeconds <= 60)) {
                throw new IllegalArgumentException("--hold: " + Messages.format("record.cli.badHold", holdSeconds));
            }
            try {
                return LessonClipPlans.plan(lesson, (int) Math.round(holdSeconds * fps));
            } catch (LessonException e) {
                throw new IllegalArgumentException("--lesson: " + e.getMessage());
            }
        }
        SessionConfig config = SessionConfig.defaults();
        Hyperparams hp = Hyperparams.defaults();
        if (settings != null) {
            SettingsFile.Settings s = SettingsFile.load(settings);
            config = s.config();
            hp = s.hyperparams();
        }
        if (seed != null) {
            config = config.withSeed(seed);
        }
        return ClipPlan.of(config, hp, steps);
    }

    private Integer record(ClipPlan plan, ClipOptions options) throws Exception {
        dev.bnlab.ui.HeadlessRenderer.useHeadlessToolkit();
        dev.bnlab.ui.HeadlessFx.startToolkit();
        try {
            FrameRenderer renderer = new dev.bnlab.ui.record.OffscreenClipRenderer(options.size());
            ClipRecorder recorder = new ClipRecorder(plan, options);
            long[] lastPrint = {0};
            ClipProgress done = recorder.record(out, renderer, p -> {
                long now = System.nanoTime();
                if (p.done() == p.total() || now - lastPrint[0] > 1_000_000_000L) {
                    lastPrint[0] = now;
                    System.err.println(progressLine(p));
                }
            }, () -> false);
            System.err.printf(Locale.ROOT, "record: %d frames in %.1f s (%.1f frames/s), %,d bytes%n", done.done(),
                    done.elapsedNanos() / 1e9, done.framesPerSecond(), Files.size(out));
            System.out.println(out);
            return 0;
        } catch (java.io.IOException e) {
            System.err.println("record: " + SafeText.line(Messages.format("record.cli.cannotWrite",
                    SafeText.file(out), OutputFile.reason(e))));
            return ShortUsageErrorHandler.USAGE_ERROR;
        } finally {
            dev.bnlab.ui.HeadlessRenderer.shutdown();
        }
    }

    static String progressLine(ClipProgress p) {
        double left = p.remainingSeconds();
        return String.format(Locale.ROOT, "record: frame %d/%d (%.0f%%), %s", p.done(), p.total(), 100 * p.fraction(),
                Double.isNaN(left) ? "…" : String.format(Locale.ROOT, "about %.0f s left", left));
    }
}
