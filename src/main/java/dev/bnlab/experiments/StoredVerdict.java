package dev.bnlab.experiments;

import java.util.Map;

/**
 * The verdict of an experiment's claim at its default settings over {@link StoredVerdicts#SEEDS} seeds, as
 * measured by {@link SeedSweep} and kept in the app (StoredVerdictsTest re-measures it on every build).
 *
 * @param verdict holds, does not hold or mixed
 * @param seeds   seeds measured
 * @param wins    seeds on which the claim held
 * @param medians median over the seeds of each number the verdict uses (+∞: never / diverged)
 */
public record StoredVerdict(Verdict verdict, int seeds, int wins, Map<String, Double> medians) {

    public StoredVerdict {
        medians = Map.copyOf(medians);
    }
}
