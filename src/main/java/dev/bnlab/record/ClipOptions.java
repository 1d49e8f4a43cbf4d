package dev.bnlab.record;

/**
 * How a plan is filmed: frame size, frames per second and training steps between frames.
 *
 * @param size          frame size
 * @param fps           frames per second of the clip (1–60)
 * @param stepsPerFrame training steps between two frames (≥ 1)
 */
public record ClipOptions(ClipSize size, int fps, int stepsPerFrame) {

    public static final int MAX_FPS = 60;

    public ClipOptions {
        if (size == null) {
            throw new IllegalArgumentException("size is required");
        }
        if (fps < 1 || fps > MAX_FPS) {
            throw new IllegalArgumentException("frames per second must be in 1.." + MAX_FPS + ", got " + fps);
        }
        if (stepsPerFrame < 1) {
            throw new IllegalArgumentException("steps per frame must be ≥ 1, got " + stepsPerFrame);
        }
    }

    public static ClipOptions defaults() {
        return new ClipOptions(ClipSize.HD, 25, 1);
    }
}
