package dev.bnlab.export;

import dev.bnlab.i18n.Messages;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one way BN Lab writes an output file (replay traces, settings and experiment files, series exports, PNGs,
 * clips, the {@code experiment} and {@code snapshot} folders). The writer fills {@link #temp()}; {@link #commit()}
 * puts the bytes where the user pointed, and until then nothing there has changed:
 * <ul>
 *   <li>a new file, or an existing regular file: the temporary file is created next to the <em>resolved</em>
 *       target (symbolic links are followed, so a link stays a link and its target is updated), forced to disk and
 *       moved over the target in one rename; an existing file keeps its permissions;</li>
 *   <li>a character device or a named pipe ({@code /dev/null}, a FIFO), or a descriptor alias ({@code /dev/stdout},
 *       {@code /dev/fd/N}, {@code /proc/self/fd/N}): written to directly at commit, as a shell redirection would
 *       (the finished bytes are staged in the system's temporary folder first); the node itself is never replaced;
 *       </li>
 *   <li>a directory, a block device, a socket, a missing folder or a loop of links: refused with an
 *       {@link OutputException} whose one-line reason is in the current language.</li>
 * </ul>
 * {@link #close()} without a commit deletes the temporary file. Temporary files are named
 * {@code .NAME.bnlab-PID-START-RANDOM.tmp}; a JVM shutdown (Ctrl-C, SIGTERM) deletes the ones still open, and
 * the leftovers of a hard kill are deleted by the next {@link #open} into that folder once their process is gone.
 */
public final class OutputFile implements Closeable {

    /** Moves a finished temporary file over its target (a seam for tests that simulate a crash before it). */
    @FunctionalInterface
    public interface Mover {
        void move(Path temp, Path target) throws IOException;
    }

    /** The default: an atomic rename over the target (a plain rename where atomic moves are not supported). */
    public static final Mover ATOMIC = (temp, target) -> {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    };

    private static final int MAX_LINKS = 40;
    private static final Pattern FD_ALIAS = Pattern.compile(
            "/dev/std(in|out|err)|/dev/fd/\\d+|/proc/(self|thread-self|\\d+)(/task/\\d+)?/fd/\\d+");
    /** Names of our temporary files and folders: .[NAME.]bnlab-PID-START-RANDOM.tmp. */
    static final Pattern TEMP_NAME = Pattern.compile("\\.(?:.*\\.)?bnlab-(\\d+)-([0-9a-z]+)-[0-9a-z]+\\.tmp");
    private static final String OWNER = ProcessHandle.current().pid() + "-" + startTag(ProcessHandle.current());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Temporary files and folders not yet committed or discarded; deleted by the shutdown hook. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    /** Work to do at shutdown before the temporary files are deleted (e.g. stop a child process that writes one). */
    private static final List<Runnable> ON_SHUTDOWN = new CopyOnWriteArrayList<>();
    private static volatile boolean hookInstalled;

    private final Path requested;
    private final Path target;
    private final boolean direct;
    private final boolean append;
    private final Path temp;
    private boolean done;

    private OutputFile(Path requested, Path target, boolean direct, boolean append, Path temp) {
        this.requested = requested;
        this.target = target;
        this.direct = direct;
        this.append = append;
        this.temp = temp;
    }

    /** Where the target is and how it is written, or an {@link OutputException} saying why it cannot be. */
    record Plan(Path target, boolean direct, boolean append) {
    }

    /** Plans the output to {@code requested} and creates its temporary file. */
    public static OutputFile open(Path requested) throws IOException {
        Plan plan = plan(requested);
        installHook();
        Path temp;
        if (plan.direct()) {
            Path dir = Path.of(System.getProperty("java.io.tmpdir"));
            sweepLeftovers(dir);
            temp = createTemp(dir, "direct");
        } else {
            Path dir = plan.target().getParent();
            sweepLeftovers(dir);
            temp = createTemp(dir, String.valueOf(plan.target().getFileName()));
        }
        return new OutputFile(requested, plan.target(), plan.direct(), plan.append(), temp);
    }

    /**
     * Checks, without writing anything, that {@code requested} can be written (see the class comment); the
     * commands call this before long work so a bad path is reported at once.
     */
    public static void check(Path requested) throws IOException {
        plan(requested);
    }

    /** Writes {@code bytes} to {@code file} as described above. */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, bytes, ATOMIC);
    }

    /** {@link #write(Path, byte[])} with the final move done by {@code mover}. */
    public static void write(Path file, byte[] bytes, Mover mover) throws IOException {
        try (OutputFile out = open(file)) {
            Files.write(out.temp(), bytes);
            out.commit(mover);
        }
    }

    /**
     * Writes several files (target → bytes) all or nothing: every temporary file is complete before the first
     * one is committed, so a failure while writing leaves every target as it was.
     */
    public static void writeAll(Map<Path, byte[]> files) throws IOException {
        List<OutputFile> open = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> e : files.entrySet()) {
                OutputFile out = open(e.getKey());
                open.add(out);
                Files.write(out.temp(), e.getValue());
            }
            for (OutputFile out : open) {
                out.commit();
            }
        } finally {
            for (OutputFile out : open) {
                out.close();
            }
        }
    }

    /** The file the writer fills. */
    public Path temp() {
        return temp;
    }

    /** Where the bytes end up: the resolved target, or the device or pipe written directly. */
    public Path target() {
        return target;
    }

    /** The path as the user gave it. */
    public Path requested() {
        return requested;
    }

    /** Whether the target is a device or pipe written directly (not replaced). */
    public boolean isDirect() {
        return direct;
    }

    /** Puts the finished bytes in place (see the class comment). */
    public void commit() throws IOException {
        commit(ATOMIC);
    }

    /** {@link #commit()} with the final rename done by {@code mover} (not used for a device or pipe). */
    public void commit(Mover mover) throws IOException {
        if (done) {
            throw new IllegalStateException("already committed or discarded");
        }
        if (direct) {
            List<OpenOption> options = new ArrayList<>(List.of(StandardOpenOption.WRITE));
            if (append) {
                options.add(StandardOpenOption.APPEND);
            }
            try (OutputStream out = Files.newOutputStream(target, options.toArray(OpenOption[]::new))) {
                Files.copy(temp, out);
            }
        } else {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            keepPermissions();
            mover.move(temp, target);
        }
        done = true;
        PENDING.remove(temp);
        Files.deleteIfExists(temp);
    }

    /** The replaced file's permissions, or rw-r--r-- for a new file (temporary files are created rw-------). */
    private void keepPermissions() {
        try {
            Set<PosixFilePermission> perms = Files.exists(target)
                    ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, perms);
        } catch (IOException | UnsupportedOperationException e) {
            // not POSIX (Windows), or not ours to read: the default permissions are fine
        }
    }

    /** Deletes the temporary file unless committed; the target is untouched. */
    @Override
    public void close() {
        if (!done) {
            done = true;
            PENDING.remove(temp);
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more can be done; the target was never touched
            }
        }
    }

    // ------------------------------------------------------------------ planning

    /** Follows links from {@code requested} to what will be written, refusing what must not be. */
    static Plan plan(Path requested) throws IOException {
        String shown = String.valueOf(requested);
        Path p = requested.toAbsolutePath();
        for (int hop = 0; hop <= MAX_LINKS; hop++) {
            if (FD_ALIAS.matcher(p.toString()).matches()) {
                if (!Files.exists(p)) {
                    throw OutputException.refused(shown, "files.out.noSuchDescriptor");
                }
                return new Plan(p, true, true);
            }
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                Path parent = p.getParent();
                if (parent == null || !Files.isDirectory(parent)) {
                    throw OutputException.refused(shown, "files.out.noFolder", safe(String.valueOf(parent)));
                }
                return new Plan(p, false, false);
            } catch (IOException e) {
                throw OutputException.failed(shown, e);
            }
            if (a.isSymbolicLink()) {
                Path link = Files.readSymbolicLink(p);
                Path parent = p.getParent();
                p = link.isAbsolute() || parent == null ? link : parent.resolve(link);
                continue;
            }
            if (a.isDirectory()) {
                throw OutputException.refused(shown, "files.out.isDirectory");
            }
            if (a.isRegularFile()) {
                return new Plan(p, false, false);
            }
            int type = modeType(p);
            if (type == 0010000 || type == 0020000) {
                // a FIFO or a character device (/dev/null, a terminal): write to it as a shell would
                return new Plan(p, true, false);
            }
            throw OutputException.refused(shown, "files.out.notRegular", Messages.get(specialKey(type)));
        }
        throw OutputException.refused(shown, "files.out.linkLoop");
    }

    private static int modeType(Path p) {
        try {
            return ((Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & 0170000;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String specialKey(int type) {
        return switch (type) {
            case 0060000 -> "files.special.blockDevice";
            case 0140000 -> "files.special.socket";
            default -> "files.special.other";
        };
    }

    // ------------------------------------------------------------------ temporary files

    /** A new temporary file ".NAME.bnlab-OWNER-RANDOM.tmp" in {@code dir}, registered for cleanup. */
    static Path createTemp(Path dir, String name) throws IOException {
        String base = name.length() > 100 ? name.substring(0, 100) : name;
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + base + ".bnlab-" + OWNER + "-" + randomTag() + ".tmp");
            PENDING.add(temp);
            try {
                return Files.createFile(temp, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                PENDING.remove(temp);
                if (attempt > 5) {
                    throw e;
                }
            } catch (UnsupportedOperationException notPosix) {
                return Files.createFile(temp);
            } catch (IOException e) {
                PENDING.remove(temp);
                throw OutputException.failed(String.valueOf(dir.resolve(name)), e);
            }
        }
    }

    /** A new temporary folder ".bnlab-OWNER-RANDOM.tmp" in {@code dir}, registered for cleanup. */
    static Path createTempFolder(Path dir) throws IOException {
        Path temp = dir.resolve(".bnlab-" + OWNER + "-" + randomTag() + ".tmp");
        PENDING.add(temp);
        try {
            return Files.createDirectory(temp);
        } catch (IOException e) {
            PENDING.remove(temp);
            throw OutputException.failed(String.valueOf(dir), e);
        }
    }

    /** Forgets a temporary folder (committed or deleted). */
    static void release(Path temp) {
        PENDING.remove(temp);
    }

    private static String randomTag() {
        return Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
    }

    private static String startTag(ProcessHandle p) {
        return p.info().startInstant().map(i -> Long.toString(i.toEpochMilli() / 1000, 36)).orElse("0");
    }

    /**
     * Deletes the temporary files and folders in {@code dir} that earlier runs left behind when they were killed
     * (their process is gone, or the process with that id started at another time).
     */
    public static void sweepLeftovers(Path dir) {
        if (dir == null) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*bnlab-*.tmp")) {
            for (Path e : entries) {
                Matcher m = TEMP_NAME.matcher(String.valueOf(e.getFileName()));
                if (m.matches() && !alive(Long.parseLong(m.group(1)), m.group(2))) {
                    deleteTree(e);
                }
            }
        } catch (IOException | RuntimeException e) {
            // sweeping is a courtesy: never a reason to fail the write
        }
    }

    private static boolean alive(long pid, String start) {
        return ProcessHandle.of(pid).map(p -> start.equals(startTag(p)) || startTag(p).equals("0")).orElse(false);
    }

    /** Deletes a file, or a folder and what is in it, without following links. */
    static void deleteTree(Path p) {
        try {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(q);
                    }
                }
            } else {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }

    /** Runs {@code action} at JVM shutdown before the temporary files are deleted; returns a handle to remove it. */
    public static Runnable onShutdown(Runnable action) {
        installHook();
        ON_SHUTDOWN.add(action);
        return () -> ON_SHUTDOWN.remove(action);
    }

    private static void installHook() {
        if (!hookInstalled) {
            synchronized (OutputFile.class) {
                if (!hookInstalled) {
                    Runtime.getRuntime().addShutdownHook(new Thread(OutputFile::cleanUp, "bnlab-output-cleanup"));
                    hookInstalled = true;
                }
            }
        }
    }

    /** Shutdown: stop what still writes, then delete every temporary file and folder not committed. */
    static void cleanUp() {
        for (Runnable r : ON_SHUTDOWN) {
            try {
                r.run();
            } catch (RuntimeException ignored) {
                // keep cleaning
            }
        }
        for (Path p : PENDING) {
            deleteTree(p);
        }
        PENDING.clear();
    }

    /** The temporary files and folders still open (tests). */
    static Set<Path> pending() {
        return Set.copyOf(PENDING);
    }

    // ------------------------------------------------------------------ messages

    /**
     * Why a write failed, in one line in the current language, without the path (the caller names the file):
     * "it is a directory", "permission denied", "No space left on device", ….
     */
    public static String reason(IOException e) {
        if (e instanceof OutputException oe) {
            return oe.reason();
        }
        if (e instanceof AccessDeniedException) {
            return Messages.get("files.out.permissionDenied");
        }
        if (e instanceof NoSuchFileException nsf) {
            Path parent = nsf.getFile() == null ? null : Path.of(nsf.getFile()).getParent();
            return Messages.format("files.out.noFolder", safe(String.valueOf(parent)));
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return safe(fse.getReason());
        }
        String msg = e.getMessage();
        return safe(msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg.lines().findFirst().orElse(""));
    }

    /** Control characters escaped, length capped (a path can hold anything). */
    static String safe(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 200; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.length() < s.length() && s.length() > 200 ? sb.append('…').toString() : sb.toString();
    }

    /** A failed or refused write, with its reason in the current language. */
    public static final class OutputException extends IOException {

        private static final long serialVersionUID = 1L;
        private final String reason;

        private OutputException(String path, String reason) {
            super(safe(path) + ": " + reason);
            this.reason = reason;
        }

        /** Refused: the reason is the text of {@code key} (a files.out.* key) with {@code args}. */
        static OutputException refused(String path, String key, Object... args) {
            return new OutputException(path, Messages.format(key, args));
        }

        /** Failed with an I/O error. */
        static OutputException failed(String path, IOException cause) {
            return new OutputException(path, OutputFile.reason(cause));
        }

        /** Why, without the path. */
        public String reason() {
            return reason;
        }
    }
}
