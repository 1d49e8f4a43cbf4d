package dev.bnlab.core;

/** Why and when a run stopped: a NaN or infinite loss or parameter. */
public record Divergence(long step, String what) {

    /** e.g. "loss became NaN at step 412". */
    public String message() {
        return what + " at step " + step;
    }
}
