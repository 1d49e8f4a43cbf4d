package dev.bnlab.record;

import java.io.IOException;
import java.nio.file.Path;

/** Opens the writer for a clip file's format. */
public final class ClipWriters {

    private ClipWriters() {
    }

    public static ClipWriter open(ClipFormat format, Path target, ClipSize size, int fps) throws IOException {
        return switch (format) {
            case GIF -> new GifClipWriter(target, size, fps);
            case MP4 -> new Mp4ClipWriter(target, size, fps);
        };
    }
}
