package dev.bnlab.experiments;

import dev.bnlab.core.Convention;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import java.util.List;
import java.util.function.BiFunction;

/** The built-in side-by-side pairings (docs/experiments.md), as {@link LockstepExperiment}s. */
public final class Pairings {

    /** The learning-rate multiplier of the BN paper's "BN-x30". */
    public static final double LR_MULTIPLIER = 30.0;
    /** Eval every this many steps in the momentum pairing, to see the first steps. */
    public static final int MOMENTUM_EVAL_INTERVAL = 2;

    private Pairings() {
    }

    /**
     * A pairing whose runs are built from the experiment defaults for the seed ({@link ExperimentDefaults}); its
     * description and caption are the messages "experiments.ID.description" and "experiments.ID.caption".
     */
    private static LockstepExperiment pairing(String id, BiFunction<SessionConfig, Hyperparams, List<RunSpec>> runs) {
        return new LockstepExperiment(id, "experiments." + id + ".description", "experiments." + id + ".caption",
                ExperimentDefaults.STEPS,
                seed -> runs.apply(ExperimentDefaults.config(seed), ExperimentDefaults.hyperparams()));
    }

    /** With BN (before) vs without BN; sigmoid, same learning rate. */
    public static LockstepExperiment bnVsNoBn() {
        return pairing("bn-vs-nobn", (c, hp) -> List.of(
                        RunSpec.of("bn", c.withPlacement(Placement.BEFORE), hp),
                        RunSpec.of("nobn", c.withPlacement(Placement.NONE), hp)));
    }

    /** BN at lr×1, BN at lr×30, no BN at lr×30 (the BN paper's BN-x30). */
    public static LockstepExperiment learningRateX30() {
        return pairing("lr-x1-vs-x30", (c, hp) -> {
                    Hyperparams fast = hp.withLearningRate(hp.learningRate() * LR_MULTIPLIER);
                    return List.of(RunSpec.of("bn-x1", c.withPlacement(Placement.BEFORE), hp),
                            RunSpec.of("bn-x30", c.withPlacement(Placement.BEFORE), fast),
                            RunSpec.of("nobn-x30", c.withPlacement(Placement.NONE), fast));
                });
    }

    /** BN before vs after the sigmoid (explainer C.2). */
    public static LockstepExperiment beforeVsAfter() {
        return pairing("before-vs-after", (c, hp) -> List.of(
                        RunSpec.of("before", c.withPlacement(Placement.BEFORE), hp),
                        RunSpec.of("after", c.withPlacement(Placement.AFTER), hp)));
    }

    /** Keras momentum 0.99 vs 0.9: stale running statistics make eval mode wrong early in training. */
    public static LockstepExperiment kerasMomentum() {
        return pairing("keras-momentum-0.99-vs-0.9", (c, hp) -> {
                    SessionConfig bn = c.withPlacement(Placement.BEFORE).withEvalInterval(MOMENTUM_EVAL_INTERVAL);
                    Hyperparams keras = hp.withConvention(Convention.KERAS);
                    return List.of(RunSpec.of("m0.99", bn, keras.withMomentum(0.99)),
                            RunSpec.of("m0.9", bn, keras.withMomentum(0.9)));
                });
    }
}
