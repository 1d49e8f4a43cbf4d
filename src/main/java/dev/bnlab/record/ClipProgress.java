package dev.bnlab.record;

/**
 * How far a recording is.
 *
 * @param done         frames written
 * @param total        frames in the clip
 * @param elapsedNanos time since the recording started
 */
public record ClipProgress(int done, int total, long elapsedNanos) {

    public double fraction() {
        return total == 0 ? 1 : (double) done / total;
    }

    /** Estimated seconds left: elapsed / done · (total − done); NaN before the first frame. */
    public double remainingSeconds() {
        return done == 0 ? Double.NaN : elapsedNanos / 1e9 / done * (total - done);
    }

    /** Frames per second so far. */
    public double framesPerSecond() {
        return elapsedNanos == 0 ? 0 : done / (elapsedNanos / 1e9);
    }
}
