package dev.bnlab.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes files so that a crash never leaves half a file: each file's bytes go to a temporary file next to it,
 * are forced to disk, and only when every temporary file is complete are they moved over their targets.
 * On failure no temporary file is left and no target has been touched (unless a move itself fails).
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path file, byte[] bytes) throws IOException {
        Map<Path, byte[]> one = new LinkedHashMap<>();
        one.put(file, bytes);
        writeAll(one);
    }

    /** Writes every file (target → bytes) as described above. */
    public static void writeAll(Map<Path, byte[]> files) throws IOException {
        List<Path[]> ready = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> e : files.entrySet()) {
                Path target = e.getKey().toAbsolutePath();
                if (Files.isDirectory(target)) {
                    throw new IOException(target + " is a directory");
                }
                Path temp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
                ready.add(new Path[] {temp, target});
                try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuffer buf = ByteBuffer.wrap(e.getValue());
                    while (buf.hasRemaining()) {
                        ch.write(buf);
                    }
                    ch.force(true);
                }
            }
            for (Path[] tt : ready) {
                Files.move(tt[0], tt[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            ready.clear();
        } finally {
            for (Path[] tt : ready) {
                Files.deleteIfExists(tt[0]);
            }
        }
    }
}
