package dev.bnlab.runtime;

import dev.bnlab.core.Convention;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.i18n.Messages;
import dev.bnlab.plot.Ticks;
import java.util.Locale;

/** Short descriptions of a run's settings for legends and panel headers, in the current language. */
public final class RunLabels {

    private RunLabels() {
    }

    /** "bn", or "noisy (k = 0.5)" for a noisy-BN run. */
    public static String describe(RunState r) {
        if (r.noisy()) {
            return Messages.format("experiments.ui.run.noisy", r.label(), String.format(Locale.ROOT, "%.2f", r.noiseStrength()));
        }
        return r.label();
    }

    /** "BN before", "no BN", "BN after". */
    public static String placement(Placement p) {
        return switch (p) {
            case NONE -> Messages.get("experiments.ui.run.no-bn");
            case BEFORE -> Messages.get("experiments.ui.run.bn-before");
            case AFTER -> Messages.get("experiments.ui.run.bn-after");
        };
    }

    /** "Keras 0.9", "PyTorch 0.1", "cumulative". */
    public static String runningStats(Hyperparams hp) {
        return switch (hp.convention()) {
            case KERAS -> "Keras m " + compact(hp.momentum());
            case PYTORCH -> "PyTorch m " + compact(hp.momentum());
            case PYTORCH_CUMULATIVE -> Messages.get("experiments.ui.run.cumulative-average");
        };
    }

    /** "η 1", "η 30". */
    public static String learningRate(Hyperparams hp) {
        return "η " + compact(hp.learningRate());
    }

    /** All of a run's settings on one line. */
    public static String settings(RunState r) {
        Placement p = r.spec().config().placement();
        String s = learningRate(r.hyperparams()) + " · " + placement(p);
        if (p.hasBatchNorm()) {
            s += " · " + runningStats(r.hyperparams());
        }
        return s;
    }

    public static String compact(double v) {
        return Ticks.compact(v);
    }

    public static String convention(Convention c) {
        return switch (c) {
            case KERAS -> "Keras";
            case PYTORCH -> "PyTorch";
            case PYTORCH_CUMULATIVE -> Messages.get("experiments.ui.run.cumulative");
        };
    }
}
