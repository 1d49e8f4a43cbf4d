package dev.bnlab.experiments;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One of the explainer's claims as an experiment measures it: the numbers one seed's result gives (by name, in a
 * fixed order; +∞ for "never", e.g. a run that never reaches an accuracy) and whether the claim holds on them.
 * The claim's words are the message {@code experiments.ID.claim}; {@link SeedSweep} turns the per-seed answers
 * into a {@link ClaimVerdict}.
 *
 * @param rule    one line saying exactly when the claim counts as holding on a seed (message key)
 * @param measure the numbers of one seed's result
 * @param holds   whether the claim holds on those numbers
 */
public record Claim(String rule, Function<ExperimentResult, Map<String, Double>> measure,
                   Predicate<Map<String, Double>> holds) {

    /** The numbers and the answer for one result. */
    public SeedOutcome judge(long seed, ExperimentResult result) {
        Map<String, Double> numbers = measure.apply(result);
        return new SeedOutcome(seed, numbers, holds.test(numbers));
    }

    /**
     * One seed's numbers and whether the claim held on them.
     *
     * @param seed    the seed of data, initial weights and batch order
     * @param metrics the numbers, by name
     * @param holds   whether the claim held
     */
    public record SeedOutcome(long seed, Map<String, Double> metrics, boolean holds) {

        public SeedOutcome {
            metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
        }
    }
}
