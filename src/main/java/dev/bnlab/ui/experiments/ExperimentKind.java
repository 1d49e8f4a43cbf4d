package dev.bnlab.ui.experiments;

import dev.bnlab.experiments.CovariateShiftExperiment;
import dev.bnlab.experiments.DepthSweepExperiment;
import dev.bnlab.experiments.Experiment;
import dev.bnlab.experiments.IcsExperiment;
import dev.bnlab.experiments.LayerCouplingExperiment;
import dev.bnlab.experiments.LockstepExperiment;
import dev.bnlab.experiments.LossLandscapeExperiment;
import dev.bnlab.experiments.PercentileBandsExperiment;
import dev.bnlab.experiments.SingleInstanceExperiment;
import dev.bnlab.experiments.TrainVsEvalExperiment;

/** The kinds of experiment the Experiments mode knows how to draw; each has its own views and controls. */
public enum ExperimentKind {
    /** 2–4 runs in lockstep: overlaid curves, histograms per run, per-run settings. */
    LOCKSTEP,
    /** One batch normalized with batch vs running statistics. */
    TRAIN_VS_EVAL,
    /** One test point's path in eval mode; batch size 1 in training mode. */
    SINGLE_INSTANCE,
    /** Shifted test set, running statistics vs AdaBN. */
    COVARIATE_SHIFT,
    /** 15/50/85 percentile bands, BN vs no BN. */
    PERCENTILE_BANDS,
    /** ‖G − G′‖ and cos(G, G′) for BN, no BN, noisy BN. */
    INTERNAL_COVARIATE_SHIFT,
    /** Loss variation, gradient predictiveness, β-smoothness. */
    LOSS_LANDSCAPE,
    /** Scale W1 by a: BN output unchanged with BN. */
    LAYER_COUPLING,
    /** Steps to 90 % accuracy over depth, BN vs no BN: its series groups plotted. */
    DEPTH_SWEEP,
    /** An experiment this UI has no special views for: every series group plotted. */
    GENERIC;

    /** The kind of an experiment of the catalog. */
    public static ExperimentKind of(Experiment e) {
        if (e instanceof LockstepExperiment) {
            return LOCKSTEP;
        }
        if (e instanceof TrainVsEvalExperiment) {
            return TRAIN_VS_EVAL;
        }
        if (e instanceof SingleInstanceExperiment) {
            return SINGLE_INSTANCE;
        }
        if (e instanceof CovariateShiftExperiment) {
            return COVARIATE_SHIFT;
        }
        if (e instanceof PercentileBandsExperiment) {
            return PERCENTILE_BANDS;
        }
        if (e instanceof IcsExperiment) {
            return INTERNAL_COVARIATE_SHIFT;
        }
        if (e instanceof LossLandscapeExperiment) {
            return LOSS_LANDSCAPE;
        }
        if (e instanceof LayerCouplingExperiment) {
            return LAYER_COUPLING;
        }
        if (e instanceof DepthSweepExperiment) {
            return DEPTH_SWEEP;
        }
        return GENERIC;
    }

    /**
     * True for the experiments that train one BN network privately (train-vs-eval, single-instance,
     * covariate-shift): the UI trains an identical twin session (same config, seeds and settings) step for step
     * to probe it live.
     */
    public boolean usesTwinSession() {
        return this == TRAIN_VS_EVAL || this == SINGLE_INSTANCE || this == COVARIATE_SHIFT;
    }
}
