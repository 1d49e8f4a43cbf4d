package dev.bnlab.experiments;

import dev.bnlab.core.Convention;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import java.util.List;
import java.util.function.BiFunction;

/** The built-in side-by-side pairings of issue 4 §1, as {@link LockstepExperiment}s. */
public final class Pairings {

    /** The learning-rate multiplier of the BN paper's "BN-x30". */
    public static final double LR_MULTIPLIER = 30.0;
    /** Eval every this many steps in the momentum pairing, to see the first steps. */
    public static final int MOMENTUM_EVAL_INTERVAL = 2;

    private Pairings() {
    }

    /** A pairing whose runs are built from the experiment defaults for the seed ({@link ExperimentDefaults}). */
    private static LockstepExperiment pairing(String id, String description, String caption,
                                              BiFunction<SessionConfig, Hyperparams, List<RunSpec>> runs) {
        return new LockstepExperiment(id, description, caption, ExperimentDefaults.STEPS,
                seed -> runs.apply(ExperimentDefaults.config(seed), ExperimentDefaults.hyperparams()));
    }

    /** With BN (before) vs without BN; sigmoid, same learning rate. */
    public static LockstepExperiment bnVsNoBn() {
        return pairing("bn-vs-nobn",
                "Sigmoid MLP with BN vs without BN, same learning rate, identical batches: loss and accuracy curves.",
                "Two sigmoid networks with identical initial weights and identical batches; only BN differs. The "
                        + "explainer (B.3) says BN makes training converge faster. On this one-hidden-layer network at "
                        + "learning rate 1 it does not: without BN the loss falls at least as fast (lower after 300 "
                        + "steps on the default seed, and on most seeds we tried). What BN visibly does here is keep "
                        + "the sigmoid inputs out of saturation (lower saturated fraction). The paper's speed-up is "
                        + "reported for deep networks.", (c, hp) -> List.of(
                        RunSpec.of("bn", c.withPlacement(Placement.BEFORE), hp),
                        RunSpec.of("nobn", c.withPlacement(Placement.NONE), hp)));
    }

    /** BN at lr×1, BN at lr×30, no BN at lr×30 (the BN paper's BN-x30). */
    public static LockstepExperiment learningRateX30() {
        return pairing("lr-x1-vs-x30",
                "BN at the default learning rate, BN at 30x, and no BN at 30x (the BN paper's BN-x30 curve).",
                "BN at learning rate 1, BN at 30, no BN at 30. In the BN paper, BN-x30 trained at 30 times "
                        + "the learning rate and still converged - but the paper also changed other settings for it "
                        + "(dropout removed, less L2 weight decay, faster learning-rate decay, no local response "
                        + "normalization, more thorough shuffling). It does not work here: at learning rate 30, gamma "
                        + "and beta themselves take 30-times steps within the first few steps, gamma*x-hat + beta "
                        + "lands in the flat part of the sigmoid, and the BN network saturates (90% or more) just like the "
                        + "network without BN. On the default seed its loss does not end below the no-BN loss. BN "
                        + "normalizes z, not gamma and beta.", (c, hp) -> {
                    Hyperparams fast = hp.withLearningRate(hp.learningRate() * LR_MULTIPLIER);
                    return List.of(RunSpec.of("bn-x1", c.withPlacement(Placement.BEFORE), hp),
                            RunSpec.of("bn-x30", c.withPlacement(Placement.BEFORE), fast),
                            RunSpec.of("nobn-x30", c.withPlacement(Placement.NONE), fast));
                });
    }

    /** BN before vs after the sigmoid (explainer C.2). */
    public static LockstepExperiment beforeVsAfter() {
        return pairing("before-vs-after",
                "BN before vs after the sigmoid (explainer C.2): loss, accuracy and saturated fraction.",
                "BN before the sigmoid (the paper's placement) vs after it (explainer C.2). Before keeps the "
                        + "sigmoid inputs centred, so fewer of them saturate; after normalizes the sigmoid outputs "
                        + "instead and leaves the inputs free. On this network 'after' reaches the lower loss (default "
                        + "seed and every seed we tried) while 'before' has the lower saturated fraction: the "
                        + "explainer's open question, in two curves.", (c, hp) -> List.of(
                        RunSpec.of("before", c.withPlacement(Placement.BEFORE), hp),
                        RunSpec.of("after", c.withPlacement(Placement.AFTER), hp)));
    }

    /** Keras momentum 0.99 vs 0.9: stale running statistics make eval mode wrong early in training. */
    public static LockstepExperiment kerasMomentum() {
        return pairing("keras-momentum-0.99-vs-0.9",
                "BN with Keras running-statistics momentum 0.99 vs 0.9: eval mode early in training.",
                "Running statistics with Keras momentum 0.99 (slow average) and 0.9 (fast). "
                        + "Momentum affects only eval mode, so the two training curves coincide. The explainer's "
                        + "warning is that stale running statistics make eval mode wrong early in training. On this "
                        + "network and data that effect is not visible: the initial running statistics (mean 0, "
                        + "variance 1) are already close to the first layer's real statistics, so early eval accuracy "
                        + "is about the same with both. The slow average does show later, as a running variance that "
                        + "lags behind the growing population variance (var_ratio well below 1), with little effect "
                        + "on test accuracy.", (c, hp) -> {
                    SessionConfig bn = c.withPlacement(Placement.BEFORE).withEvalInterval(MOMENTUM_EVAL_INTERVAL);
                    Hyperparams keras = hp.withConvention(Convention.KERAS);
                    return List.of(RunSpec.of("m0.99", bn, keras.withMomentum(0.99)),
                            RunSpec.of("m0.9", bn, keras.withMomentum(0.9)));
                });
    }
}
