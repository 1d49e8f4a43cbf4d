package dev.bnlab.export;

import dev.bnlab.export.OutputFile.OutputException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder of output files written all or nothing ({@code experiment --out DIR}, {@code snapshot --out DIR}, the
 * Experiments mode's export): the writers fill {@link #staging()}, a temporary folder inside the target folder;
 * {@link #commit(List)} then gives every file its own {@link OutputFile} (so a link, a device or a directory in the
 * way is treated as for any single file) and moves it there, and only when every one of them is complete are they
 * moved over the old files. A failure before that leaves the old files as they were and deletes the staging
 * folder. The folder is created when missing (a symbolic link to a folder is followed); a file in its place is
 * refused.
 */
public final class OutputFolder implements Closeable {

    private final Path dir;
    private final Path staging;
    private boolean done;

    private OutputFolder(Path dir, Path staging) {
        this.dir = dir;
        this.staging = staging;
    }

    /** Creates the folder if needed (with its parents) and a staging folder in it. */
    public static OutputFolder open(Path requested) throws IOException {
        String shown = String.valueOf(requested);
        Path dir = requested.toAbsolutePath();
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw OutputException.refused(shown, "files.out.notAFolder");
            }
        } else {
            dir = followLinks(dir, shown);
            try {
                Files.createDirectories(dir);
            } catch (FileAlreadyExistsException e) {
                throw OutputException.refused(shown, "files.out.notAFolder");
            } catch (IOException e) {
                throw OutputException.failed(shown, e);
            }
        }
        OutputFile.sweepLeftovers(dir);
        return new OutputFolder(requested, OutputFile.createTempFolder(dir));
    }

    /** A dangling link's target (to create it), else the path itself. */
    private static Path followLinks(Path p, String shown) throws IOException {
        Path q = p;
        for (int hop = 0; hop < 40; hop++) {
            if (!Files.isSymbolicLink(q)) {
                return q;
            }
            Path link = Files.readSymbolicLink(q);
            q = link.isAbsolute() || q.getParent() == null ? link : q.getParent().resolve(link);
        }
        throw OutputException.refused(shown, "files.out.linkLoop");
    }

    /** The folder the writers write into. */
    public Path staging() {
        return staging;
    }

    /** The folder as the user named it. */
    public Path dir() {
        return dir;
    }

    /** Where a file written into the staging folder ends up. */
    public Path finalPath(Path staged) {
        return dir.resolve(staged.getFileName().toString());
    }

    /**
     * Moves the staged files (in this order) into the folder, all complete before the first move; returns their
     * final paths. Every staged file must be in {@link #staging()}.
     */
    public List<Path> commit(List<Path> stagedFiles) throws IOException {
        if (done) {
            throw new IllegalStateException("already committed or discarded");
        }
        List<OutputFile> outs = new ArrayList<>();
        List<Path> finals = new ArrayList<>();
        try {
            for (Path staged : stagedFiles) {
                if (!staging.toAbsolutePath().equals(staged.toAbsolutePath().getParent())
                        || !Files.isRegularFile(staged, LinkOption.NOFOLLOW_LINKS)) {
                    throw new NoSuchFileException(String.valueOf(staged), null, "not a staged file");
                }
                Path target = finalPath(staged);
                OutputFile out = OutputFile.open(target);
                outs.add(out);
                Files.move(staged, out.temp(), StandardCopyOption.REPLACE_EXISTING);
                finals.add(target);
            }
            for (OutputFile out : outs) {
                out.commit();
            }
        } finally {
            for (OutputFile out : outs) {
                out.close();
            }
            close();
        }
        return finals;
    }

    /** Deletes the staging folder and what is in it (after a commit, only the folder itself is left to delete). */
    @Override
    public void close() {
        if (!done) {
            done = true;
            OutputFile.deleteTree(staging);
            OutputFile.release(staging);
        }
    }
}
