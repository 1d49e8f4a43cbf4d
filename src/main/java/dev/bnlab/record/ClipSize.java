package dev.bnlab.record;

import java.util.List;
import java.util.Locale;

/**
 * A clip's frame size in pixels. Both sides are even (H.264 with 4:2:0 chroma needs that) and within
 * [{@value #MIN_WIDTH}, {@value #MAX_SIDE}] × [{@value #MIN_HEIGHT}, {@value #MAX_SIDE}].
 */
public record ClipSize(int width, int height) {

    public static final int MIN_WIDTH = 320;
    public static final int MIN_HEIGHT = 180;
    public static final int MAX_SIDE = 3840;
    public static final ClipSize HD = new ClipSize(1280, 720);
    public static final ClipSize FULL_HD = new ClipSize(1920, 1080);
    /** The sizes the record dialog offers. */
    public static final List<ClipSize> PRESETS = List.of(HD, FULL_HD);

    public ClipSize {
        if (width < MIN_WIDTH || height < MIN_HEIGHT || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("size must be within " + MIN_WIDTH + "x" + MIN_HEIGHT + " .. "
                    + MAX_SIDE + "x" + MAX_SIDE + ", got " + width + "x" + height);
        }
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("size must have even width and height (H.264 needs it), got "
                    + width + "x" + height);
        }
    }

    /** Parses "1280x720" (also "1280×720"); a bad text is an {@link IllegalArgumentException} saying why. */
    public static ClipSize parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('×', 'x');
        int x = t.indexOf('x');
        if (x <= 0 || x == t.length() - 1) {
            throw new IllegalArgumentException("size must look like 1280x720, got \"" + text + "\"");
        }
        try {
            return new ClipSize(Integer.parseInt(t.substring(0, x)), Integer.parseInt(t.substring(x + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("size must look like 1280x720, got \"" + text + "\"");
        }
    }

    /**
     * The scale from the layout to this size: clips wider than 1280 pixels are laid out 1280 wide (the size the
     * views are designed for) and rendered enlarged, max(1, width/1280) (1.5 for 1920×1080); smaller ones 1:1.
     */
    public double layoutScale() {
        return Math.max(1, width / 1280.0);
    }

    @Override
    public String toString() {
        return width + "×" + height;
    }
}
