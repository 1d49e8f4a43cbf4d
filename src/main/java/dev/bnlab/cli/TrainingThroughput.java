package dev.bnlab.cli;

import dev.bnlab.core.DataConfig;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.TrainingSession;

/**
 * Measures how many training steps per second the app's training loop runs: {@link TrainingSession#advance()}
 * (mini-batch sampling, forward, backward, running statistics, SGD, step-history row), with evaluation
 * switched off. A warm-up lets the JIT compile the loop; the result is the best of three timed windows.
 */
public final class TrainingThroughput {

    /** Timed windows; the best one is reported (as the PyTorch reference measurement does). */
    public static final int WINDOWS = 3;
    /** Steps between two clock reads. */
    private static final int STEPS_PER_CHECK = 16;

    private final BenchSettings settings;
    private final TrainingSession session;

    public TrainingThroughput(BenchSettings settings) {
        this.settings = settings;
        DataConfig d = DataConfig.defaults();
        // enough training points that a batch never takes the whole set
        int trainSize = Math.max(d.trainSize(), 4 * settings.batch());
        DataConfig data = new DataConfig(d.kind(), trainSize, d.testSize(), d.noise(), d.testShift(), d.seed());
        SessionConfig config = SessionConfig.defaults().withData(data).withHidden(settings.hidden())
                .withLayers(settings.layers()).withActivation(settings.activation()).withPlacement(settings.placement())
                .withEvalInterval(Integer.MAX_VALUE);
        this.session = new TrainingSession(config, Hyperparams.defaults().withBatchSize(settings.batch()));
    }

    /** Warms up, then returns the best steps per second over {@value #WINDOWS} windows of seconds/3 each. */
    public double bestStepsPerSecond() {
        double window = settings.seconds() / WINDOWS;
        runFor(Math.min(1.0, window));
        double best = 0.0;
        for (int w = 0; w < WINDOWS; w++) {
            best = Math.max(best, runFor(window));
        }
        return best;
    }

    /** Trains for about the given time and returns the steps per second achieved. */
    private double runFor(double seconds) {
        long budget = (long) (seconds * 1e9);
        long steps = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (int k = 0; k < STEPS_PER_CHECK; k++) {
                if (session.advance()) {
                    steps++;
                } else {
                    // a diverged run stops stepping: start it over so the loop keeps measuring steps
                    session.reset();
                }
            }
            elapsed = System.nanoTime() - start;
        } while (elapsed < budget);
        return steps * 1e9 / elapsed;
    }
}
