package dev.bnlab.cli;

import dev.bnlab.scenario.SafeText;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Reports a command-line usage error (missing FILE, unknown option, ...) in two lines on stderr: the problem,
 * then the command's synopsis. Exit code 2, no usage page, no stack trace.
 */
public final class ShortUsageErrorHandler implements IParameterExceptionHandler {

    /** Exit code for usage errors (picocli's convention, also used for bad input). */
    public static final int USAGE_ERROR = 2;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        err.println(name + ": " + SafeText.line(ex.getMessage() == null ? "invalid arguments" : ex.getMessage()));
        err.println("Usage: " + firstLine(cmd.getHelp().synopsis(0).trim()) + "   (see " + name + " --help)");
        err.flush();
        return USAGE_ERROR;
    }

    private static String firstLine(String s) {
        String text = s == null ? "invalid arguments" : s;
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
