package dev.bnlab.ui.record;

import dev.bnlab.export.OutputFile;
import dev.bnlab.record.ClipCancelledException;
import dev.bnlab.record.ClipOptions;
import dev.bnlab.record.ClipPlan;
import dev.bnlab.record.ClipProgress;
import dev.bnlab.record.ClipRecorder;
import dev.bnlab.scenario.SafeText;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * One recording on a background thread: training and encoding there, each frame's rendering as a short task on
 * the FX thread ({@link OffscreenClipRenderer}). Progress and the outcome are delivered on the FX thread, at most
 * one progress update per pulse.
 */
public final class RecordingJob {

    /** How a recording ended. */
    public enum Outcome { DONE, CANCELLED, FAILED }

    /** The end of a recording: outcome, last progress, and for a failure its one-line reason. */
    public record Result(Outcome outcome, ClipProgress progress, Path file, String problem) {
    }

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<ClipProgress> pending = new AtomicReference<>();
    private final Thread thread;

    private RecordingJob(ClipPlan plan, ClipOptions options, Path target, Consumer<ClipProgress> onProgress,
                         Consumer<Result> onEnd) {
        thread = new Thread(() -> {
            ClipProgress[] last = {new ClipProgress(0, plan.frames(options.stepsPerFrame()), 0)};
            Result result;
            try {
                ClipProgress p = new ClipRecorder(plan, options).record(target, new OffscreenClipRenderer(options.size()),
                        q -> {
                            last[0] = q;
                            if (pending.getAndSet(q) == null) {
                                Platform.runLater(() -> onProgress.accept(pending.getAndSet(null)));
                            }
                        }, cancelled::get);
                result = new Result(Outcome.DONE, p, target, "");
            } catch (ClipCancelledException | InterruptedException e) {
                result = new Result(Outcome.CANCELLED, last[0], target, "");
            } catch (Exception e) {
                String msg = e instanceof java.io.IOException io
                        ? SafeText.file(target.getFileName()) + ": " + OutputFile.reason(io)
                        : SafeText.line(e.getMessage() == null ? e.toString() : e.getMessage());
                result = new Result(cancelled.get() ? Outcome.CANCELLED : Outcome.FAILED, last[0], target, msg);
            }
            Result r = result;
            Platform.runLater(() -> onEnd.accept(r));
        }, "bnlab-recorder");
        thread.setDaemon(true);
    }

    /** Starts recording {@code plan} to {@code target}; callbacks run on the FX thread. */
    public static RecordingJob start(ClipPlan plan, ClipOptions options, Path target, Consumer<ClipProgress> onProgress,
                                     Consumer<Result> onEnd) {
        RecordingJob job = new RecordingJob(plan, options, target, onProgress, onEnd);
        job.thread.start();
        return job;
    }

    /** Stops before the next frame; the partial clip is deleted. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isRunning() {
        return thread.isAlive();
    }

    /** Waits for the recording thread to end (tests). */
    public void join(long millis) throws InterruptedException {
        thread.join(millis);
    }
}
