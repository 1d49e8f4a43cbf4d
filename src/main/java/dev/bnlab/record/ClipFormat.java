package dev.bnlab.record;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The container a clip is written in, chosen by the output file's extension. */
public enum ClipFormat {
    /** Animated GIF, written in pure Java. */
    GIF("gif"),
    /** H.264 in MP4, encoded by an installed ffmpeg. */
    MP4("mp4");

    private final String extension;

    ClipFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format of a file name ending in .gif or .mp4 (any case), or empty. */
    public static Optional<ClipFormat> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ClipFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
