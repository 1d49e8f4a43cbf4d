package dev.bnlab.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one way every input file of BN Lab is read: golden scenario files ({@code replay}), settings files
 * ({@code record --settings}, lesson settings), experiment files (the app's Open…) and lesson files
 * ({@code record --lesson}, Open lesson file…). Before a single byte is read, the path must be a regular file
 * (after following symbolic links; a FIFO, a device such as /dev/zero, a directory or a socket is refused, so
 * nothing blocks and nothing is read without end) no larger than its format's limit ({@link Kind}); while
 * reading, at most that many bytes are taken (a file that grows meanwhile is refused too); the bytes must be
 * valid UTF-8. Every refusal is a one-line {@link ScenarioException} in the current language.
 */
public final class InputFiles {

    private static final long MIB = 1024 * 1024;

    /** The input formats and the largest file each may be (documented in docs/files-and-limits.md). */
    public enum Kind {
        /** A golden scenario file (bn-golden/1), read by {@code replay}. */
        GOLDEN("files.input.golden", 8 * MIB),
        /** A settings file (bnlab-settings/1), read by {@code record --settings}. */
        SETTINGS("files.input.settings", 1 * MIB),
        /**
         * A settings or experiment file (bnlab-experiment/1, with the trained state), read by the app's Open….
         * The largest state (64 hidden neurons, 20 000 history rows of Base64) is about 130 MB.
         */
        EXPERIMENT("files.input.experiment", 256 * MIB),
        /** A lesson file (bnlab-lesson/1). */
        LESSON("files.input.lesson", 1 * MIB);

        private final String nameKey;
        private final long maxBytes;

        Kind(String nameKey, long maxBytes) {
            this.nameKey = nameKey;
            this.maxBytes = maxBytes;
        }

        /** Largest file accepted, in bytes. */
        public long maxBytes() {
            return maxBytes;
        }

        /** "a settings file", in the current language. */
        public String displayName() {
            return FileText.format(nameKey);
        }
    }

    private InputFiles() {
    }

    /** The file's text, checked as described above. */
    public static String read(Path file, Kind kind) throws ScenarioException {
        long max = kind.maxBytes();
        checkPath(file, kind, max);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
        } catch (IOException e) {
            throw new ScenarioException("", readProblem(e));
        }
        if (bytes.length > max) {
            throw new ScenarioException("", FileText.format("files.read.tooLarge", "> " + max, max,
                    kind.displayName()));
        }
        return decode(bytes);
    }

    /** Refuses what is not a regular file, or is too large, without opening it (opening a FIFO would block). */
    private static void checkPath(Path file, Kind kind, long max) throws ScenarioException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new ScenarioException("", readProblem(e));
        }
        if (a.isDirectory()) {
            throw new ScenarioException("", FileText.format("files.read.isDirectory"));
        }
        if (!a.isRegularFile()) {
            throw new ScenarioException("", FileText.format("files.read.notRegular", specialKind(file)));
        }
        if (a.size() > max) {
            throw new ScenarioException("", FileText.format("files.read.tooLarge", a.size(), max,
                    kind.displayName()));
        }
    }

    /** "a named pipe (FIFO)", "a character device", … in the current language, from the file's mode bits. */
    public static String specialKind(Path file) {
        int type;
        try {
            type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000;
        } catch (IOException | RuntimeException e) {
            return FileText.format("files.special.other");
        }
        return switch (type) {
            case 0010000 -> FileText.format("files.special.fifo");
            case 0020000 -> FileText.format("files.special.charDevice");
            case 0060000 -> FileText.format("files.special.blockDevice");
            case 0140000 -> FileText.format("files.special.socket");
            case 0040000 -> FileText.format("files.special.directory");
            default -> FileText.format("files.special.other");
        };
    }

    /** Why a file cannot be read, in one line. */
    static String readProblem(IOException e) {
        if (e instanceof NoSuchFileException) {
            return FileText.format("files.read.noSuchFile");
        }
        if (e instanceof AccessDeniedException) {
            return FileText.format("files.read.permissionDenied");
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return FileText.format("files.read.failed", fse.getReason());
        }
        String msg = e.getMessage();
        return FileText.format("files.read.failed", msg == null || msg.isBlank() ? e.getClass().getSimpleName()
                : msg.lines().findFirst().orElse(""));
    }

    /** Strict UTF-8: the first malformed or unmappable sequence is reported with its byte offset and line. */
    static String decode(byte[] bytes) throws ScenarioException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // validate through a small buffer, then let String decode (compact, no second large char array)
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult r;
        while (true) {
            r = decoder.decode(in, out, true);
            if (r.isError() || r.isUnderflow()) {
                break;
            }
            out.clear();
        }
        if (!r.isError()) {
            out.clear();
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ScenarioException("", FileText.format("files.read.invalidUtf8", at, line));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
