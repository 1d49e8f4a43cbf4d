package dev.bnlab.record;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A temporary file next to the target that becomes the target only on {@link #commit()}; {@link #discard()}
 * deletes it. So a cancelled or failed recording never leaves a broken clip (nor a stray temporary file).
 */
public final class AtomicOutput {

    private final Path target;
    private final Path temp;
    private boolean done;

    /** Creates the temporary file ".NAME.*.tmp" in the target's directory (which must exist). */
    public AtomicOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("no such directory: " + dir);
        }
        if (Files.isDirectory(this.target)) {
            throw new IOException(this.target + " is a directory");
        }
        this.temp = Files.createTempFile(dir, "." + this.target.getFileName() + ".", ".tmp");
    }

    public Path temp() {
        return temp;
    }

    public Path target() {
        return target;
    }

    /** Moves the finished temporary file over the target. */
    public void commit() throws IOException {
        try {
            // temporary files are private (rw-------); a clip is an ordinary file (rw-r--r--)
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the default permissions are fine
        }
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        done = true;
    }

    /** Deletes the temporary file unless it was committed. */
    public void discard() {
        if (!done) {
            done = true;
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more can be done; the target was never touched
            }
        }
    }
}
