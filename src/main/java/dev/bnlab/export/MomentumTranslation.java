package dev.bnlab.export;

import dev.bnlab.core.Convention;
import dev.bnlab.core.Hyperparams;

/**
 * The app's momentum m, read in its convention, as each framework's argument. Keras: running = k·running +
 * (1−k)·batch; PyTorch: running = (1−p)·running + p·batch; so p = 1 − k. PyTorch's cumulative average
 * (momentum=None) has no Keras counterpart.
 */
record MomentumTranslation(Double torchMomentum, Double kerasMomentum) {

    static MomentumTranslation of(Hyperparams hp) {
        double m = hp.momentum();
        return switch (hp.convention()) {
            // KERAS: k = m, p = 1 − m
            case KERAS -> new MomentumTranslation(complement(m), m);
            // PYTORCH: p = m, k = 1 − m
            case PYTORCH -> new MomentumTranslation(m, complement(m));
            case PYTORCH_CUMULATIVE -> new MomentumTranslation(null, null);
        };
    }

    /** 1 − m, rounded to 12 significant digits so 1 − 0.9 is 0.1 rather than 0.09999999999999998. */
    static double complement(double m) {
        return Double.parseDouble(PythonNumber.literal(1.0 - m));
    }

    boolean cumulative() {
        return torchMomentum == null;
    }

    static String describe(Convention c) {
        return switch (c) {
            case KERAS -> "Keras convention: running = m·running + (1−m)·batch";
            case PYTORCH -> "PyTorch convention: running = (1−m)·running + m·batch";
            case PYTORCH_CUMULATIVE -> "PyTorch cumulative average: running = running + (batch − running)/t at update t";
        };
    }
}
