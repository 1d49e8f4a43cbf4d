package dev.bnlab.hostile;

import dev.bnlab.app.Main;
import dev.bnlab.i18n.Messages;
import dev.bnlab.lesson.LessonException;
import dev.bnlab.lesson.LessonLibrary;
import dev.bnlab.scenario.ExperimentFile;
import dev.bnlab.scenario.ScenarioException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A test-only entry point that runs many command lines in one JVM (started by {@link HostileInputTest} with a small
 * heap), each exactly as {@code Main} runs it but without {@code System.exit}, and records per case the exit code,
 * the time taken, stdout and stderr.
 *
 * <p>Arguments: the cases file (one case per line: an id and the Base64 of each argument, tab-separated), the
 * results file (one line per case: id, exit code, milliseconds, Base64 of stdout, Base64 of stderr), and the time
 * one case may take in milliseconds; a case that takes longer writes {@code TIMEOUT id} and ends the JVM.
 *
 * <p>Besides the commands of {@code Main}, two pseudo-commands read a file as the app does: {@code app-open FILE}
 * (Open…, {@link ExperimentFile#load}) and {@code app-lesson FILE} (Open lesson file…, {@link LessonLibrary#load}):
 * the problem on stderr, exit 2.
 */
public final class HostileBatch {

    private static final int CAPTURE_LIMIT = 256 * 1024;

    private HostileBatch() {
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        long limitMillis = Long.parseLong(args[2]);
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        long[] started = {0};
        String[] current = {""};
        try (Writer results = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            Thread watchdog = new Thread(() -> {
                while (true) {
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                    long s;
                    String id;
                    synchronized (started) {
                        s = started[0];
                        id = current[0];
                    }
                    if (s != 0 && System.nanoTime() - s > limitMillis * 1_000_000L) {
                        try {
                            synchronized (results) {
                                results.write("TIMEOUT\t" + id + "\n");
                                results.flush();
                            }
                        } catch (IOException ignored) {
                            // the parent sees the missing line
                        }
                        Runtime.getRuntime().halt(3);
                    }
                }
            }, "hostile-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                String id = parts[0];
                String[] caseArgs = new String[parts.length - 1];
                for (int i = 1; i < parts.length; i++) {
                    caseArgs[i - 1] = new String(Base64.getDecoder().decode(parts[i]), StandardCharsets.UTF_8);
                }
                Capped out = new Capped();
                Capped err = new Capped();
                Messages.setLocale(Messages.ENGLISH);
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                int code;
                long t0 = System.nanoTime();
                synchronized (started) {
                    started[0] = t0;
                    current[0] = id;
                }
                try {
                    code = run(caseArgs);
                } catch (Throwable t) {
                    // what Main would not catch: reported as it would reach the terminal (a trace)
                    t.printStackTrace(System.err);
                    code = -1;
                } finally {
                    System.out.flush();
                    System.err.flush();
                    System.setOut(realOut);
                    System.setErr(realErr);
                }
                long millis = (System.nanoTime() - t0) / 1_000_000L;
                synchronized (started) {
                    started[0] = 0;
                }
                synchronized (results) {
                    results.write(id + "\t" + code + "\t" + millis + "\t" + b64(out.toByteArray()) + "\t"
                            + b64(err.toByteArray()) + "\n");
                    results.flush();
                }
            }
        }
        System.exit(0);
    }

    private static int run(String[] args) {
        if (args.length == 2 && args[0].equals("app-open")) {
            try {
                ExperimentFile.load(Path.of(args[1]));
                return 0;
            } catch (ScenarioException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
        if (args.length == 2 && args[0].equals("app-lesson")) {
            try {
                LessonLibrary.load(Path.of(args[1]));
                return 0;
            } catch (LessonException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
        try {
            return Main.commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // as Main.main reports it
            System.err.println("bnlab: out of memory (" + e.getMessage() + "); try a larger -Xmx");
            return 1;
        }
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    /** Keeps the first {@value #CAPTURE_LIMIT} bytes and counts the rest. */
    private static final class Capped extends OutputStream {
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        private long dropped;

        @Override
        public void write(int b) {
            if (buf.size() < CAPTURE_LIMIT) {
                buf.write(b);
            } else {
                dropped++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            int keep = Math.max(0, Math.min(len, CAPTURE_LIMIT - buf.size()));
            buf.write(b, off, keep);
            dropped += len - keep;
        }

        byte[] toByteArray() {
            byte[] b = buf.toByteArray();
            if (dropped == 0) {
                return b;
            }
            byte[] tail = ("\n[" + dropped + " more bytes]").getBytes(StandardCharsets.UTF_8);
            byte[] all = Arrays.copyOf(b, b.length + tail.length);
            System.arraycopy(tail, 0, all, b.length, tail.length);
            return all;
        }
    }
}
