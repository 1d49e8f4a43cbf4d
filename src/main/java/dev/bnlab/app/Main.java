package dev.bnlab.app;

import dev.bnlab.cli.BenchCommand;
import dev.bnlab.cli.ExperimentCommand;
import dev.bnlab.cli.FrameBenchCommand;
import dev.bnlab.cli.RecordCommand;
import dev.bnlab.cli.ReplayCommand;
import dev.bnlab.cli.ShortUsageErrorHandler;
import dev.bnlab.cli.SnapshotCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of bnlab.jar. With no arguments it opens the desktop app; otherwise it runs a headless
 * subcommand. This class references no JavaFX type, so headless commands load no JavaFX class.
 */
@Command(name = "bnlab", mixinStandardHelpOptions = true, version = "BN Lab 0.1",
        description = "Watch batch normalization work inside a tiny neural network.",
        subcommands = {ReplayCommand.class, BenchCommand.class, SnapshotCommand.class, FrameBenchCommand.class,
            ExperimentCommand.class, RecordCommand.class})
public final class Main implements Runnable {

    /** Class opened by reflection for the GUI, so this class stays free of JavaFX references. */
    static final String DESKTOP_LAUNCHER = "dev.bnlab.ui.DesktopLauncher";

    public static void main(String[] args) {
        if (args.length == 0) {
            launchDesktop(args);
            return;
        }
        int code = new CommandLine(new Main())
                .setParameterExceptionHandler(new ShortUsageErrorHandler())
                .execute(args);
        System.exit(code);
    }

    @Override
    public void run() {
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
