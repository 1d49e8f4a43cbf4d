package dev.bnlab.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes files so that a crash never leaves half a file: each file's bytes go to a temporary file next to its
 * (resolved) target, are forced to disk, and only when every temporary file is complete are they moved over their
 * targets. On failure no temporary file is left and no target has been touched (unless a move itself fails).
 * The rules for links, devices and directories in the way are {@link OutputFile}'s.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path file, byte[] bytes) throws IOException {
        OutputFile.write(file, bytes);
    }

    /** Writes every file (target → bytes) as described above. */
    public static void writeAll(Map<Path, byte[]> files) throws IOException {
        OutputFile.writeAll(files);
    }
}
