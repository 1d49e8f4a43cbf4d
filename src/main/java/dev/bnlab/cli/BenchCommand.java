package dev.bnlab.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code bench}: trains the default network flat out on synthetic data and prints one JSON line with the
 * training-step throughput. Options are read as text and validated here, so every bad value ends in one
 * line on stderr and exit code 2.
 */
@Command(name = "bench", description = "Training-step throughput of the app's training loop, as one JSON line.")
public final class BenchCommand implements Callable<Integer> {

    /** Exit code for bad options (as picocli uses for usage errors). */
    static final int BAD_OPTIONS = 2;

    @Option(names = "--hidden", defaultValue = "3", paramLabel = "H", description = "Hidden neurons, 1..64 (default ${DEFAULT-VALUE}).")
    String hidden;

    @Option(names = "--layers", defaultValue = "1", paramLabel = "L", description = "Hidden layers, 1..8 (default ${DEFAULT-VALUE}).")
    String layers;

    @Option(names = "--batch", defaultValue = "64", paramLabel = "N", description = "Batch size, 2..4096 (default ${DEFAULT-VALUE}).")
    String batch;

    @Option(names = "--placement", defaultValue = "before", paramLabel = "P", description = "none, before or after (default ${DEFAULT-VALUE}).")
    String placement;

    @Option(names = "--activation", defaultValue = "sigmoid", paramLabel = "A", description = "sigmoid, tanh or relu (default ${DEFAULT-VALUE}).")
    String activation;

    @Option(names = "--seconds", defaultValue = "3", paramLabel = "S", description = "Timed seconds, > 0 (default ${DEFAULT-VALUE}).")
    String seconds;

    @Unmatched
    List<String> unmatched;

    @Override
    public Integer call() {
        BenchSettings settings;
        try {
            if (unmatched != null && !unmatched.isEmpty()) {
                throw new IllegalArgumentException("unknown argument \"" + unmatched.get(0) + "\"");
            }
            settings = BenchSettings.parse(hidden, layers, batch, placement, activation, seconds);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + dev.bnlab.scenario.SafeText.line(String.valueOf(e.getMessage())));
            return BAD_OPTIONS;
        }
        double stepsPerSecond = new TrainingThroughput(settings).bestStepsPerSecond();
        System.out.println(json(settings, stepsPerSecond));
        return 0;
    }

    /**
     * The result line: {"hidden":…,"layers":…,"batch":…,"placement":…,"activation":…,"steps_per_s":…,
     * "ns_per_step":…}.
     */
    static String json(BenchSettings s, double stepsPerSecond) {
        return String.format(Locale.ROOT,
                "{\"hidden\":%d,\"layers\":%d,\"batch\":%d,\"placement\":\"%s\",\"activation\":\"%s\",\"steps_per_s\":%.1f,\"ns_per_step\":%.1f}",
                s.hidden(), s.layers(), s.batch(), s.placement().id(), s.activation().id(), stepsPerSecond, 1e9 / stepsPerSecond);
    }
}
