package dev.bnlab.experiments;

/**
 * What an experiment shows, stated by the experiment itself ({@link Experiment#kind()}): the app keeps one layout
 * of views and controls per kind, and the list section it is shown under.
 */
public enum ExperimentKind {
    /** 2–4 runs in lockstep: overlaid curves, histograms per run, per-run settings. */
    LOCKSTEP("experiments.group.side-by-side"),
    /** One batch normalized with batch vs running statistics. */
    TRAIN_VS_EVAL("experiments.group.statistics"),
    /** One test point's path in eval mode; batch size 1 in training mode. */
    SINGLE_INSTANCE("experiments.group.statistics"),
    /** Shifted test set, running statistics vs AdaBN. */
    COVARIATE_SHIFT("experiments.group.shift"),
    /** 15/50/85 percentile bands, BN vs no BN. */
    PERCENTILE_BANDS("experiments.group.why"),
    /** ‖G − G′‖ and cos(G, G′) for BN, no BN, noisy BN. */
    INTERNAL_COVARIATE_SHIFT("experiments.group.why"),
    /** Loss variation, gradient predictiveness, β-smoothness. */
    LOSS_LANDSCAPE("experiments.group.why"),
    /** Scale W1 by a: BN output unchanged with BN. */
    LAYER_COUPLING("experiments.group.why"),
    /** Steps to 90 % accuracy over depth, BN vs no BN (trained one after the other): its series groups plotted. */
    DEPTH_SWEEP("experiments.group.side-by-side"),
    /** An experiment with no views of its own: every series group plotted. */
    GENERIC("experiments.group.more");

    private final String groupKey;

    ExperimentKind(String groupKey) {
        this.groupKey = groupKey;
    }

    /** Message key of the section of the experiment list this kind is shown under. */
    public String groupKey() {
        return groupKey;
    }
}
