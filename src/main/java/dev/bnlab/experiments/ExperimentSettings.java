package dev.bnlab.experiments;

/**
 * What every experiment takes from the command line: how many training steps and the seed of the data, the
 * initial weights and the mini-batch order (the app's single "seed" control).
 *
 * @param steps training steps (1..{@value #MAX_STEPS})
 * @param seed  data, init and batch seed
 */
public record ExperimentSettings(int steps, long seed) {

    public static final int MAX_STEPS = 100_000;
    /** The app's default seed. */
    public static final long DEFAULT_SEED = 1L;

    public ExperimentSettings {
        if (steps < 1 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be in 1.." + MAX_STEPS + ", got " + steps);
        }
    }

    /** The experiment's own default step count and the default seed. */
    public static ExperimentSettings defaultsFor(Experiment e) {
        return new ExperimentSettings(e.defaultSteps(), DEFAULT_SEED);
    }

    public ExperimentSettings withSteps(int s) {
        return new ExperimentSettings(s, seed);
    }

    public ExperimentSettings withSeed(long s) {
        return new ExperimentSettings(steps, s);
    }
}
