package dev.bnlab.ui.experiments;

import javafx.animation.AnimationTimer;

/** Once per pulse: take the experiment thread's newest frame, if any, and draw it. Frames in between are dropped. */
public final class ExperimentFrameLoop extends AnimationTimer {

    private final ExperimentRunner runner;
    private final ExperimentsPane pane;

    public ExperimentFrameLoop(ExperimentRunner runner, ExperimentsPane pane) {
        this.runner = runner;
        this.pane = pane;
    }

    @Override
    public void handle(long now) {
        ExperimentFrame f = runner.takeFrame();
        runner.requestFrame();
        if (f != null) {
            pane.showFrame(f);
        }
    }
}
