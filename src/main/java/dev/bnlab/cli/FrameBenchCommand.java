package dev.bnlab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code framebench [--batch N] [--frames F] [--width W --height H]}: frame times of the main window. */
@Command(name = "framebench", description = "Render F frames of the main window with no display while training flat out; print one JSON line.")
public final class FrameBenchCommand implements Callable<Integer> {

    /** Most frames timed (and most warm-up frames). */
    public static final int MAX_FRAMES = 100_000;

    @Option(names = "--batch", description = "batch size n (default ${DEFAULT-VALUE})")
    int batch = 1024;

    @Option(names = "--frames", description = "frames to time (default ${DEFAULT-VALUE})")
    int frames = 300;

    @Option(names = "--warmup", description = "untimed frames first, while the JIT compiles (default ${DEFAULT-VALUE})")
    int warmup = 300;

    @Option(names = "--width", description = "window width, 400..7680 (default ${DEFAULT-VALUE})")
    int width = 1280;

    @Option(names = "--height", description = "window height, 300..4320 (default ${DEFAULT-VALUE})")
    int height = 720;

    @Override
    public Integer call() throws Exception {
        String problem = WindowSize.problem(width, height);
        if (problem == null && (batch < 2 || batch > 4096 || frames < 1 || frames > MAX_FRAMES || warmup < 0
                || warmup > MAX_FRAMES)) {
            problem = "need 2 ≤ --batch ≤ 4096, 1 ≤ --frames ≤ " + MAX_FRAMES + ", 0 ≤ --warmup ≤ " + MAX_FRAMES;
        }
        if (problem != null) {
            System.err.println("framebench: " + problem);
            return ShortUsageErrorHandler.USAGE_ERROR;
        }
        dev.bnlab.ui.HeadlessRenderer.useHeadlessToolkit();
        try {
            System.out.println(dev.bnlab.ui.HeadlessRenderer.frameBench(batch, frames, warmup, width, height));
        } finally {
            dev.bnlab.ui.HeadlessRenderer.shutdown();
        }
        return 0;
    }
}
