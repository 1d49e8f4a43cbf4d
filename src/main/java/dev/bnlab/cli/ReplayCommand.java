package dev.bnlab.cli;

import dev.bnlab.scenario.Replayer;
import dev.bnlab.scenario.Scenario;
import dev.bnlab.scenario.ScenarioException;
import dev.bnlab.scenario.ScenarioReader;
import dev.bnlab.scenario.Trace;
import dev.bnlab.scenario.TraceWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bnlab replay FILE.json [--out TRACE.json]}: replays the {@code input} of a golden-schema file on the
 * numeric core and writes the trace (the structure of {@code expected}) to stdout or, atomically, to a file.
 *
 * <p>Exit 0 on success. Exit 2 on any bad input (unreadable file, malformed JSON, schema violation, a run that
 * diverges to NaN/Infinity, an unwritable output), with one line {@code replay: FILE: <path>: <problem>} on
 * stderr and nothing on stdout. Exit 1 only for an internal error (a bug), also as one line.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replay the input of a golden-schema file (kinds bn_layer and mlp_training) and write the "
                + "trace, i.e. the structure of its `expected` member, as JSON.",
                "Extension: \"momentum\": null with convention pytorch is PyTorch's momentum=None "
                + "(cumulative average).",
                "Exit codes: 0 success, 2 bad input or usage (one line on stderr naming the JSON path)."})
public final class ReplayCommand implements Callable<Integer> {

    /** Exit code for bad input and usage errors. */
    public static final int BAD_INPUT = 2;

    @Parameters(index = "0", paramLabel = "FILE", description = "golden-schema JSON file to replay")
    Path file;

    @Option(names = "--out", paramLabel = "TRACE.json",
            description = "write the trace to this file (atomically) instead of stdout")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String json;
        try {
            Scenario scenario = new ScenarioReader().read(file);
            Trace trace = new Replayer().replay(scenario);
            json = new TraceWriter().write(trace);
        } catch (ScenarioException e) {
            err.println("replay: " + file + ": " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        } catch (RuntimeException e) {
            // a bug, not bad input: still one line, no stack trace
            err.println("replay: " + file + ": internal error: " + e);
            err.flush();
            return 1;
        }
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(json);
            stdout.flush();
            return 0;
        }
        try {
            writeAtomically(out, json);
        } catch (IOException e) {
            err.println("replay: " + out + ": cannot write the trace: " + describe(e));
            err.flush();
            return BAD_INPUT;
        }
        return 0;
    }

    /**
     * Writes to a new temporary file next to the target (created with the default permissions, unlike
     * {@code Files.createTempFile}), then renames it over the target, so readers never see a partial trace.
     */
    private static void writeAtomically(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IOException("it is a directory");
        }
        Path tmp = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid()
                + "." + System.nanoTime() + ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String msg = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : e.getMessage();
        return msg == null ? e.getClass().getSimpleName() : msg.split("\n", 2)[0];
    }
}
