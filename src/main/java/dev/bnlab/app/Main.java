package dev.bnlab.app;

import dev.bnlab.cli.BenchCommand;
import dev.bnlab.cli.ExperimentCommand;
import dev.bnlab.cli.FrameBenchCommand;
import dev.bnlab.cli.LanguageOption;
import dev.bnlab.cli.RecordCommand;
import dev.bnlab.cli.ReplayCommand;
import dev.bnlab.cli.ShortUsageErrorHandler;
import dev.bnlab.cli.SnapshotCommand;
import dev.bnlab.cli.WalkthroughCommand;
import dev.bnlab.i18n.Messages;
import dev.bnlab.scenario.SafeText;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Entry point of bnlab.jar. With no arguments it opens the desktop app; otherwise it runs a headless
 * subcommand. This class references no JavaFX type, so headless commands load no JavaFX class.
 */
@Command(name = "bnlab", mixinStandardHelpOptions = true, version = "BN Lab 0.1",
        description = "Watch batch normalization work inside a tiny neural network.",
        subcommands = {ReplayCommand.class, BenchCommand.class, SnapshotCommand.class, FrameBenchCommand.class,
            ExperimentCommand.class, RecordCommand.class, WalkthroughCommand.class})
public final class Main implements Runnable {

    /** Class opened by reflection for the GUI, so this class stays free of JavaFX references. */
    static final String DESKTOP_LAUNCHER = "dev.bnlab.ui.DesktopLauncher";

    @Option(names = "--lang", paramLabel = "en|zh", converter = LanguageOption.class,
            description = "language of the desktop app: en (English) or zh (简体中文)")
    Locale lang;

    public static void main(String[] args) {
        if (args.length == 0) {
            launchDesktop(args);
            return;
        }
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // the input limits should make this impossible; if not, still one line and no stack trace
            System.err.println("bnlab: out of memory (" + e.getMessage() + "); try a larger -Xmx");
            code = 1;
        }
        System.exit(code);
    }

    /** The command line of bnlab with its handlers: a usage error in two lines (exit 2), a failure in one (exit 1). */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setParameterExceptionHandler(new ShortUsageErrorHandler())
                .setExecutionExceptionHandler(Main::failed);
    }

    /** A command that throws: one line on stderr (the stack trace only with -Dbnlab.debug=true), exit 1. */
    private static int failed(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        System.err.println("bnlab " + cmd.getCommandName() + ": " + SafeText.line(message));
        if (Boolean.getBoolean("bnlab.debug")) {
            e.printStackTrace();
        }
        return 1;
    }

    @Override
    public void run() {
        if (lang != null) {
            Messages.setLocale(lang);
        }
        launchDesktop(new String[0]);
    }

    private static void launchDesktop(String[] args) {
        try {
            Class.forName(DESKTOP_LAUNCHER).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause();
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            System.err.println("bnlab: the desktop app failed to start: " + cause);
            if (Boolean.getBoolean("bnlab.debug")) {
                e.printStackTrace();
            }
            System.exit(1);
        } catch (ReflectiveOperationException e) {
            System.err.println("bnlab: cannot start the desktop app: " + e);
            System.exit(1);
        }
    }
}
