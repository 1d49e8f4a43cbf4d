package dev.bnlab.core;

/** Why and when a run stopped: a NaN or infinite loss or parameter. */
public record Divergence(long step, String what) {

    /** The values of {@link #what()} (the UI words them in the current language). */
    public static final String LOSS_NAN = "loss became NaN";
    public static final String LOSS_INFINITE = "loss became infinite";
    public static final String WEIGHT_NOT_FINITE = "a weight became NaN or infinite";

    /** e.g. "loss became NaN at step 412". */
    public String message() {
        return what + " at step " + step;
    }
}
