package dev.bnlab.record;

import java.io.IOException;

/**
 * Writes a clip frame by frame. The output appears at its target only when {@link #finish()} succeeds; closing
 * an unfinished writer (cancel, error) deletes everything it wrote.
 */
public interface ClipWriter extends AutoCloseable {

    /** Adds a frame of {@code width × height} pixels, 0xAARRGGBB row by row (alpha ignored). */
    void writeFrame(int[] argb) throws IOException;

    /** Completes the file and moves it to its target. */
    void finish() throws IOException;

    /** Abandons an unfinished clip (deletes the temporary file); after {@link #finish()} it does nothing. */
    @Override
    void close();
}
