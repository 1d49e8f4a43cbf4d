package dev.bnlab.experiments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The verdict of every built-in experiment's claim at its default settings over {@value #SEEDS} seeds (1 … 10),
 * read from the resource {@value #RESOURCE}. The app and {@code experiment --list} show these; StoredVerdictsTest
 * measures them again on every build and fails when a number or a verdict changed, so they cannot go stale.
 */
public final class StoredVerdicts {

    /** Seeds each stored verdict was measured on. */
    public static final int SEEDS = 10;
    public static final String RESOURCE = "/dev/bnlab/experiments/verdicts.json";

    private static Map<String, StoredVerdict> all;

    private StoredVerdicts() {
    }

    /** The stored verdict of an experiment, if it states a claim. */
    public static synchronized Optional<StoredVerdict> of(String experimentId) {
        if (all == null) {
            all = load();
        }
        return Optional.ofNullable(all.get(experimentId));
    }

    private static Map<String, StoredVerdict> load() {
        try (InputStream in = StoredVerdicts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Map.of();
            }
            return VerdictJson.readCatalog(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Measures every claim of the catalog at its default settings (what the resource holds), in catalog order. */
    public static String measureAll() {
        Map<String, ClaimVerdict> verdicts = new java.util.LinkedHashMap<>();
        for (Experiment e : ExperimentCatalog.all()) {
            if (e.claim().isPresent()) {
                verdicts.put(e.id(), SeedSweep.run(e, ExperimentSettings.defaultsFor(e), SEEDS, (d, t) -> { },
                        () -> false).verdict());
            }
        }
        return VerdictJson.catalog(verdicts);
    }
}
