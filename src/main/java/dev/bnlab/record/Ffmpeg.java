package dev.bnlab.record;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the {@code ffmpeg} program the MP4 writer needs: the system property {@code bnlab.ffmpeg} if set,
 * otherwise the first {@code ffmpeg} (or {@code ffmpeg.exe}) on the PATH.
 */
public final class Ffmpeg {

    /** One line telling how to get ffmpeg, for messages and tooltips. */
    public static final String INSTALL_HINT = "MP4 needs ffmpeg on the PATH: sudo apt-get install ffmpeg (Debian/Ubuntu), "
            + "brew install ffmpeg (macOS), winget install ffmpeg or choco install ffmpeg (Windows); GIF works without it";

    private Ffmpeg() {
    }

    /** The ffmpeg executable, if one is installed. */
    public static Optional<Path> find() {
        String forced = System.getProperty("bnlab.ffmpeg");
        if (forced != null) {
            Path p = Path.of(forced);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String name : windows ? new String[] {"ffmpeg.exe", "ffmpeg"} : new String[] {"ffmpeg"}) {
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    public static boolean available() {
        return find().isPresent();
    }
}
