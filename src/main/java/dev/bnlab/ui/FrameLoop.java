package dev.bnlab.ui;

import dev.bnlab.live.LiveFrame;
import dev.bnlab.live.Trainer;
import javafx.animation.AnimationTimer;

/**
 * Once per pulse: ask the trainer for a frame and draw the newest one if there is one. Frames published
 * in between are dropped on purpose.
 */
public final class FrameLoop extends AnimationTimer {

    private final Trainer trainer;
    private final MainWindow window;
    private long lastPulse;
    private double fps;
    private Runnable onFirstFrame;

    public FrameLoop(Trainer trainer, MainWindow window) {
        this.trainer = trainer;
        this.window = window;
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
        LiveFrame f = trainer.takeFrame();
        trainer.requestFrame();
        if (f != null) {
            window.showFrame(f, fps);
            if (onFirstFrame != null) {
                Runnable r = onFirstFrame;
                onFirstFrame = null;
                r.run();
            }
        }
    }
}
