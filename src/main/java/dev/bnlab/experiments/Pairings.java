package dev.bnlab.experiments;

import dev.bnlab.core.Convention;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The built-in side-by-side experiments, as {@link LockstepExperiment}s on an {@link ExperimentSetup}: each claim
 * where docs/experiments.md measured it holding, and the small network where it does not.
 */
public final class Pairings {

    /** The learning-rate multiplier of the BN paper's "BN-x30". */
    public static final double LR_MULTIPLIER = 30.0;
    /** Eval every this many steps in the momentum pairing, to see the first steps. */
    public static final int MOMENTUM_EVAL_INTERVAL = 2;

    private Pairings() {
    }

    /**
     * A pairing of runs built from a setup for the seed; its description and caption are the messages
     * "experiments.ID.description" and "experiments.ID.caption".
     */
    private static LockstepExperiment pairing(String id, ExperimentSetup setup, Claim claim,
                                              BiFunction<SessionConfig, Hyperparams, List<RunSpec>> runs) {
        return new LockstepExperiment(id, "experiments." + id + ".description", "experiments." + id + ".caption",
                ExperimentDefaults.STEPS, claim, seed -> runs.apply(setup.config(seed), setup.hyperparams()));
    }

    /** The runs "bn" (BN before the activation) and "nobn" of a setup. */
    public static List<RunSpec> bnAndNoBn(ExperimentSetup setup, long seed) {
        SessionConfig c = setup.config(seed);
        return List.of(RunSpec.of("bn", c.withPlacement(Placement.BEFORE), setup.hyperparams()),
                RunSpec.of("nobn", c.withPlacement(Placement.NONE), setup.hyperparams()));
    }

    /** With BN (before) vs without BN on three hidden sigmoid layers, same learning rate. */
    public static LockstepExperiment bnVsNoBn() {
        return pairing("bn-vs-nobn", ExperimentSetup.DEEP, LockstepClaims.fasterWithBn(),
                (c, hp) -> bnAndNoBn(c, hp));
    }

    /** The same on the card's one-hidden-layer network, where BN does not train faster. */
    public static LockstepExperiment bnVsNoBnSmall() {
        return pairing("bn-vs-nobn-small", ExperimentSetup.SMALL, LockstepClaims.fasterWithBn(),
                (c, hp) -> bnAndNoBn(c, hp));
    }

    private static List<RunSpec> bnAndNoBn(SessionConfig c, Hyperparams hp) {
        return List.of(RunSpec.of("bn", c.withPlacement(Placement.BEFORE), hp),
                RunSpec.of("nobn", c.withPlacement(Placement.NONE), hp));
    }

    /** BN and no BN at the base learning rate 0.1 and at 30× that (the BN paper's BN-x30), three hidden layers. */
    public static LockstepExperiment learningRateX30() {
        return pairing("lr-x1-vs-x30", ExperimentSetup.DEEP_SLOW, LockstepClaims.thirtyTimesTheRate(), (c, hp) -> {
            Hyperparams fast = hp.withLearningRate(hp.learningRate() * LR_MULTIPLIER);
            return List.of(RunSpec.of("bn-x1", c.withPlacement(Placement.BEFORE), hp),
                    RunSpec.of("bn-x30", c.withPlacement(Placement.BEFORE), fast),
                    RunSpec.of("nobn-x1", c.withPlacement(Placement.NONE), hp),
                    RunSpec.of("nobn-x30", c.withPlacement(Placement.NONE), fast));
        });
    }

    /**
     * Why ×30 from learning rate 1 fails: BN at ×1, ×30 on everything, ×30 on the hidden layers' W and b only
     * (the weights whose scale BN undoes), ×30 on γ, β and the output layer only.
     */
    public static LockstepExperiment learningRateX30Split() {
        return pairing("lr-x30-split", ExperimentSetup.DEEP_XOR, LockstepClaims.thirtyTimesOnWeightsFeedingBn(),
                (c, hp) -> {
                    SessionConfig bn = c.withPlacement(Placement.BEFORE);
                    double lr = hp.learningRate();
                    Hyperparams fast = hp.withLearningRate(lr * LR_MULTIPLIER);
                    return List.of(RunSpec.of("x1", bn, hp), RunSpec.of("x30", bn, fast),
                            RunSpec.split("x30-w", bn, fast, lr),
                            RunSpec.split("x30-rest", bn, hp, lr * LR_MULTIPLIER));
                });
    }

    /** BN before vs after the sigmoid (explainer C.2). */
    public static LockstepExperiment beforeVsAfter() {
        return pairing("before-vs-after", ExperimentSetup.SMALL, LockstepClaims.afterBeatsBefore(),
                (c, hp) -> List.of(RunSpec.of("before", c.withPlacement(Placement.BEFORE), hp),
                        RunSpec.of("after", c.withPlacement(Placement.AFTER), hp)));
    }

    /** Keras momentum 0.99 vs 0.9: stale running statistics make eval mode wrong early in training. */
    public static LockstepExperiment kerasMomentum() {
        return pairing("keras-momentum-0.99-vs-0.9", ExperimentSetup.SMALL, LockstepClaims.staleRunningStatistics(),
                (c, hp) -> {
                    SessionConfig bn = c.withPlacement(Placement.BEFORE).withEvalInterval(MOMENTUM_EVAL_INTERVAL);
                    Hyperparams keras = hp.withConvention(Convention.KERAS);
                    return List.of(RunSpec.of("m0.99", bn, keras.withMomentum(0.99)),
                            RunSpec.of("m0.9", bn, keras.withMomentum(0.9)));
                });
    }
}
