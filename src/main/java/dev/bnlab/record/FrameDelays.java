package dev.bnlab.record;

/**
 * GIF frame delays in hundredths of a second. 100/fps is rarely whole (30 fps → 3.33), so each frame gets
 * round(100·(i+1)/fps) − round(100·i/fps): the delays add up to the exact clip length.
 */
public final class FrameDelays {

    private FrameDelays() {
    }

    /** Delay of frame i (0-based) in 1/100 s. */
    public static int centiseconds(int i, int fps) {
        return (int) (Math.round(100.0 * (i + 1) / fps) - Math.round(100.0 * i / fps));
    }
}
