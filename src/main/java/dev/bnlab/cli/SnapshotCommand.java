package dev.bnlab.cli;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.export.OutputFile;
import dev.bnlab.export.OutputFolder;
import dev.bnlab.i18n.Messages;
import dev.bnlab.scenario.SafeText;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code snapshot --steps N --seed S --out DIR [--width W --height H] [--lang en|zh]}: PNGs of the window, no display. */
@Command(name = "snapshot", description = "Run N deterministic steps with no display and write DIR/main.png plus one PNG per view.")
public final class SnapshotCommand implements Callable<Integer> {

    /** Most training steps before the picture. */
    public static final int MAX_STEPS = 1_000_000;

    @Option(names = "--steps", description = "training steps before the picture, 0..1000000 (default ${DEFAULT-VALUE})")
    int steps = 200;

    @Option(names = "--seed", description = "seed of data, weights and batch order (default ${DEFAULT-VALUE})")
    long seed = 1;

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
        if (problem != null) {
            System.err.println("snapshot: " + problem);
            return ShortUsageErrorHandler.USAGE_ERROR;
        }
        Messages.setLocale(lang);
        try (OutputFolder folder = OutputFolder.open(out)) {
            dev.bnlab.ui.HeadlessRenderer.useHeadlessToolkit();
            try {
                List<Path> staged = dev.bnlab.ui.HeadlessRenderer.snapshot(SessionConfig.defaults().withSeed(seed),
                        Hyperparams.defaults(), steps, folder.staging(), width, height);
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
