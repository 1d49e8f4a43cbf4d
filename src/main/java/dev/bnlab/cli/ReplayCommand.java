package dev.bnlab.cli;

import picocli.CommandLine.Command;

/** Placeholder: replaced by the replay implementation (issue 2). */
@Command(name = "replay", description = "Replay a golden-schema file (not yet implemented).")
public final class ReplayCommand implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("replay: not implemented yet");
        return 1;
    }
}
