package dev.bnlab.record;

/**
 * Draws a clip frame into pixels (0xAARRGGBB, row by row, width × height of the clip). The JavaFX
 * implementation is {@code dev.bnlab.ui.record.OffscreenClipRenderer}; the recorder itself knows no JavaFX.
 */
@FunctionalInterface
public interface FrameRenderer {

    int[] render(ClipFrame frame) throws Exception;
}
