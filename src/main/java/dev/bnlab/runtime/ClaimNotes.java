package dev.bnlab.runtime;

import dev.bnlab.runtime.ClaimNote.Verdict;
import java.util.Map;

/**
 * The claim and the honest verdict of each built-in experiment, summarized from the table "What holds on this
 * network" in docs/experiments.md (measured by {@code ExperimentClaimsTest} on the default seed). The full
 * caption of the experiments package is always shown under it. The texts are in the experiments bundle.
 */
public final class ClaimNotes {

    private static final Map<String, Verdict> VERDICTS = Map.ofEntries(
            Map.entry("bn-vs-nobn", Verdict.DOES_NOT_HOLD),
            Map.entry("lr-x1-vs-x30", Verdict.DOES_NOT_HOLD),
            Map.entry("before-vs-after", Verdict.OPEN),
            Map.entry("keras-momentum-0.99-vs-0.9", Verdict.NOT_VISIBLE),
            Map.entry("train-vs-eval", Verdict.HOLDS),
            Map.entry("single-instance", Verdict.HOLDS),
            Map.entry("covariate-shift", Verdict.HOLDS),
            Map.entry("percentile-bands", Verdict.DOES_NOT_HOLD),
            Map.entry("internal-covariate-shift", Verdict.PARTLY),
            Map.entry("loss-landscape", Verdict.DOES_NOT_HOLD),
            Map.entry("layer-coupling", Verdict.HOLDS));

    /** For a user-built pairing and for experiments without a note. */
    public static final ClaimNote NONE = new ClaimNote(null, Verdict.NONE);

    private ClaimNotes() {
    }

    public static ClaimNote forId(String id) {
        Verdict v = VERDICTS.get(id);
        return v == null ? NONE : new ClaimNote(id, v);
    }
}
