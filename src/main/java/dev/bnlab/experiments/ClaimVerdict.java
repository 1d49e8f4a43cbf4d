package dev.bnlab.experiments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A claim measured over several seeds: on how many it held, the verdict, and the median and interquartile range
 * of every number the verdict uses.
 *
 * @param experimentId the experiment
 * @param verdict      holds (≥ 90 % of the seeds), does not hold (≤ 10 %) or mixed
 * @param wins         seeds on which the claim held
 * @param outcomes     one per seed, in seed order
 */
public record ClaimVerdict(String experimentId, Verdict verdict, int wins, List<Claim.SeedOutcome> outcomes) {

    public ClaimVerdict {
        outcomes = List.copyOf(outcomes);
    }

    /** Judges the outcomes of consecutive seeds. */
    public static ClaimVerdict of(String experimentId, List<Claim.SeedOutcome> outcomes) {
        int wins = (int) outcomes.stream().filter(Claim.SeedOutcome::holds).count();
        return new ClaimVerdict(experimentId, Verdict.of(wins, outcomes.size()), wins, outcomes);
    }

    public int seeds() {
        return outcomes.size();
    }

    /** Median and quartiles of each number over the seeds, in the claim's order. */
    public Map<String, Quartiles> metrics() {
        Map<String, Quartiles> out = new LinkedHashMap<>();
        if (outcomes.isEmpty()) {
            return out;
        }
        for (String name : outcomes.get(0).metrics().keySet()) {
            double[] v = outcomes.stream().mapToDouble(o -> o.metrics().getOrDefault(name, Double.NaN)).toArray();
            out.put(name, Quartiles.of(v));
        }
        return out;
    }
}
