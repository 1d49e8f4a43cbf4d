package dev.bnlab.cli;

import picocli.CommandLine.Command;

/** Placeholder: replaced by the bench implementation (issue 2). */
@Command(name = "bench", description = "Training-step throughput (not yet implemented).")
public final class BenchCommand implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("bench: not implemented yet");
        return 1;
    }
}
