package dev.bnlab.record;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Films a plan: trains its own sessions ({@link ClipFrameSource}), renders each frame ({@link FrameRenderer}),
 * and writes it ({@link ClipWriter}). Runs on the caller's thread; checks {@code cancelled} before every frame.
 * On cancel or failure the clip's temporary file is deleted and the target is left as it was.
 */
public final class ClipRecorder {

    private final ClipPlan plan;
    private final ClipOptions options;

    public ClipRecorder(ClipPlan plan, ClipOptions options) {
        this.plan = plan;
        this.options = options;
    }

    public int totalFrames() {
        return plan.frames(options.stepsPerFrame());
    }

    /** Records to {@code target} (format from its extension); returns the final progress. */
    public ClipProgress record(Path target, FrameRenderer renderer, Consumer<ClipProgress> progress,
                               BooleanSupplier cancelled) throws Exception {
        ClipFormat format = ClipFormat.of(target).orElseThrow(() -> new IllegalArgumentException(
                "the output file must end in .gif or .mp4: " + target.getFileName()));
        try (ClipWriter writer = ClipWriters.open(format, target, options.size(), options.fps())) {
            return record(writer, renderer, progress, cancelled);
        }
    }

    /** Records into an open writer and finishes it (the writer's {@code close} cleans up on failure). */
    public ClipProgress record(ClipWriter writer, FrameRenderer renderer, Consumer<ClipProgress> progress,
                               BooleanSupplier cancelled) throws Exception {
        ClipFrameSource source = new ClipFrameSource(plan, options.stepsPerFrame());
        long start = System.nanoTime();
        ClipProgress p = new ClipProgress(0, source.total(), 0);
        progress.accept(p);
        while (source.hasNext()) {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                throw new ClipCancelledException();
            }
            ClipFrame f = source.next();
            writer.writeFrame(renderer.render(f));
            p = new ClipProgress(f.index() + 1, source.total(), System.nanoTime() - start);
            progress.accept(p);
        }
        if (cancelled.getAsBoolean()) {
            throw new ClipCancelledException();
        }
        writer.finish();
        return new ClipProgress(p.done(), p.total(), System.nanoTime() - start);
    }
}
