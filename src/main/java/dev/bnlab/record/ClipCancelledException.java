package dev.bnlab.record;

/** The recording was cancelled; nothing was written. */
public final class ClipCancelledException extends Exception {

    private static final long serialVersionUID = 1L;

    public ClipCancelledException() {
        super("recording cancelled", null, false, false);
    }
}
