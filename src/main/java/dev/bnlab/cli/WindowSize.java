package dev.bnlab.cli;

/**
 * The window size of the rendering commands ({@code snapshot}, {@code framebench}): {@value #MIN_WIDTH}..{@value
 * #MAX_WIDTH} × {@value #MIN_HEIGHT}..{@value #MAX_HEIGHT} pixels (up to 8K UHD). Larger sizes exceed what the
 * software renderer can hold in one image.
 */
final class WindowSize {

    static final int MIN_WIDTH = 400;
    static final int MAX_WIDTH = 7680;
    static final int MIN_HEIGHT = 300;
    static final int MAX_HEIGHT = 4320;

    private WindowSize() {
    }

    /** The problem with a size, one line naming the option, or null when it is fine. */
    static String problem(int width, int height) {
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            return "--width must be in " + MIN_WIDTH + ".." + MAX_WIDTH + ", got " + width;
        }
        if (height < MIN_HEIGHT || height > MAX_HEIGHT) {
            return "--height must be in " + MIN_HEIGHT + ".." + MAX_HEIGHT + ", got " + height;
        }
        return null;
    }
}
