package dev.bnlab.cli;

import dev.bnlab.export.OutputFile;
import dev.bnlab.scenario.Replayer;
import dev.bnlab.scenario.SafeText;
import dev.bnlab.scenario.Scenario;
import dev.bnlab.scenario.ScenarioException;
import dev.bnlab.scenario.ScenarioReader;
import dev.bnlab.scenario.Trace;
import dev.bnlab.scenario.TraceWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bnlab replay FILE.json [--out TRACE.json]}: replays the {@code input} of a golden-schema file on the
 * numeric core and writes the trace (the structure of {@code expected}) to stdout or to a file ({@link OutputFile}:
 * atomically through links, directly to a device such as /dev/null, never replacing a device or a directory).
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
        String shown = SafeText.file(file);
        String json;
        try {
            Scenario scenario = new ScenarioReader().read(file);
            Trace trace = new Replayer().replay(scenario);
            json = new TraceWriter().write(trace);
        } catch (ScenarioException e) {
            return fail(err, shown + ": " + e.getMessage(), BAD_INPUT);
        } catch (RuntimeException e) {
            // a bug, not bad input: still one line, no stack trace
            return fail(err, shown + ": internal error: " + e, 1);
        }
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(json);
            stdout.flush();
            return 0;
        }
        try {
            OutputFile.write(out, json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return fail(err, SafeText.file(out) + ": cannot write the trace: " + OutputFile.reason(e), BAD_INPUT);
        }
        return 0;
    }

    private static int fail(PrintWriter err, String message, int code) {
        err.println("replay: " + SafeText.line(message));
        err.flush();
        return code;
    }
}
