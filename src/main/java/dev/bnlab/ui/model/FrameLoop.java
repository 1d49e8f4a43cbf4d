package dev.bnlab.ui.model;

import dev.bnlab.runtime.RunControls;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * The one frame loop of the window: once per pulse, for each run a layout follows, ask for a frame and hand the
 * newest one to the layout, if there is one. Frames published in between are dropped on purpose. FX thread.
 */
public final class FrameLoop extends AnimationTimer {

    /** Where a run's frames go: a layout of views (the live lab's window, the Experiments mode). */
    @FunctionalInterface
    public interface FrameSink<F> {

        /** Draws the frame; {@code fps} is the measured frame rate of the loop. */
        void show(F frame, double fps);
    }

    private record Follow<F>(RunControls<F> run, FrameSink<F> sink) {
        boolean pump(double fps) {
            F f = run.takeFrame();
            run.requestFrame();
            if (f != null) {
                sink.show(f, fps);
            }
            return f != null;
        }
    }

    private final List<Follow<?>> follows = new ArrayList<>();
    private long lastPulse;
    private double fps;
    private Runnable onFirstFrame;

    /** Draws the frames of {@code run} with {@code sink} from the next pulse on. */
    public <F> void follow(RunControls<F> run, FrameSink<F> sink) {
        follows.add(new Follow<>(run, sink));
        run.requestFrame();
    }

    /** Runs once, right after the first frame is drawn (start-up timing). */
    public void setOnFirstFrame(Runnable r) {
        this.onFirstFrame = r;
    }

    @Override
    public void handle(long now) {
        if (lastPulse != 0) {
            double inst = 1e9 / Math.max(1, now - lastPulse);
            fps = fps == 0 ? inst : 0.9 * fps + 0.1 * inst;
        }
        lastPulse = now;
        boolean drew = false;
        for (Follow<?> f : List.copyOf(follows)) {
            drew |= f.pump(fps);
        }
        if (drew && onFirstFrame != null) {
            Runnable r = onFirstFrame;
            onFirstFrame = null;
            r.run();
        }
    }
}
