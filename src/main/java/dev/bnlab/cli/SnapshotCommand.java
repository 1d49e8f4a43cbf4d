package dev.bnlab.cli;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.i18n.Messages;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code snapshot --steps N --seed S --out DIR [--width W --height H] [--lang en|zh]}: PNGs of the window, no display. */
@Command(name = "snapshot", description = "Run N deterministic steps with no display and write DIR/main.png plus one PNG per view.")
public final class SnapshotCommand implements Callable<Integer> {

    @Option(names = "--steps", description = "training steps before the picture (default ${DEFAULT-VALUE})")
    int steps = 200;

    @Option(names = "--seed", description = "seed of data, weights and batch order (default ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--out", required = true, description = "output directory")
    Path out;

    @Option(names = "--width", description = "window width in pixels (default ${DEFAULT-VALUE})")
    int width = 1920;

    @Option(names = "--height", description = "window height in pixels (default ${DEFAULT-VALUE})")
    int height = 1080;

    @Option(names = "--lang", paramLabel = "en|zh", converter = LanguageOption.class,
            description = "language of the pictures: en or zh (default en)")
    Locale lang = Messages.ENGLISH;

    @Override
    public Integer call() throws Exception {
        if (steps < 0 || width < 400 || height < 300) {
            System.err.println("snapshot: need --steps ≥ 0, --width ≥ 400 and --height ≥ 300");
            return 2;
        }
        Messages.setLocale(lang);
        dev.bnlab.ui.HeadlessRenderer.useHeadlessToolkit();
        try {
            for (Path p : dev.bnlab.ui.HeadlessRenderer.snapshot(SessionConfig.defaults().withSeed(seed),
                    Hyperparams.defaults(), steps, out, width, height)) {
                System.out.println(p);
            }
        } catch (java.io.IOException e) {
            System.err.println("snapshot: cannot write to " + out + ": " + e.getMessage());
            return 2;
        } finally {
            dev.bnlab.ui.HeadlessRenderer.shutdown();
        }
        return 0;
    }
}
