package dev.bnlab.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs /usr/bin/python3 on a script given on stdin; tests skip themselves when it (or a module) is missing. */
final class SystemPython {

    static final Path PYTHON = Path.of("/usr/bin/python3");

    record Result(int exitCode, String output) {
    }

    private SystemPython() {
    }

    static boolean available() {
        return Files.isExecutable(PYTHON);
    }

    static boolean canImport(String module) {
        return available() && run("import " + module + "\n").exitCode() == 0;
    }

    /** Runs the script (read from stdin) and returns its exit code and its merged stdout/stderr. */
    static Result run(String script) {
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-").redirectErrorStream(true).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(script.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "timed out\n" + out);
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, e.toString());
        }
    }

    /** A Python string literal holding the text (via repr-safe escaping of backslashes and quotes). */
    static String quoted(String text) {
        return "'''" + text.replace("\\", "\\\\").replace("'''", "\\'\\'\\'") + "'''";
    }
}
