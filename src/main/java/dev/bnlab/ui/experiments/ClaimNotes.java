package dev.bnlab.ui.experiments;

import dev.bnlab.ui.experiments.ClaimNote.Verdict;
import java.util.Map;

/**
 * The claim and the honest verdict of each built-in experiment, summarized from the table "What holds on this
 * network" in docs/experiments.md (measured by {@code ExperimentClaimsTest} on the default seed). The full
 * caption of the experiments package is always shown under it.
 */
public final class ClaimNotes {

    private static final Map<String, ClaimNote> NOTES = Map.ofEntries(
            Map.entry("bn-vs-nobn", new ClaimNote("BN makes training converge faster.", Verdict.DOES_NOT_HOLD,
                    "Without BN the batch loss falls at least as fast (lower after 300 steps on the default seed). "
                            + "BN does keep the sigmoid inputs less saturated.")),
            Map.entry("lr-x1-vs-x30", new ClaimNote("With BN a network trains at 30× the learning rate (BN-x30).",
                    Verdict.DOES_NOT_HOLD, "At 30× γ and β take 30× steps, both x30 networks saturate (> 90 %) "
                    + "and BN-x30 does not end below no-BN-x30. The paper also changed other settings.")),
            Map.entry("before-vs-after", new ClaimNote("Open question: BN before or after the activation?",
                    Verdict.OPEN, "'after' reaches the lower loss; 'before' keeps fewer sigmoid inputs saturated.")),
            Map.entry("keras-momentum-0.99-vs-0.9", new ClaimNote(
                    "Stale running statistics (momentum 0.99) make eval mode wrong early in training.",
                    Verdict.NOT_VISIBLE, "The initial running statistics (0, 1) are already close to the real "
                    + "ones. Later the 0.99 running variance lags (ratio ≈ 0.7 vs ≈ 0.9), with little effect on "
                    + "test accuracy.")),
            Map.entry("train-vs-eval", new ClaimNote("Training and eval mode give different outputs for the same "
                    + "batch.", Verdict.HOLDS, "The mean |p_train − p_eval| grows as training sharpens the "
                    + "sigmoids.")),
            Map.entry("single-instance", new ClaimNote("Eval mode classifies one point on its own; batch size 1 "
                    + "cannot train in training mode.", Verdict.HOLDS, "σ²_B = 0, x̂ = 0 for every neuron and no "
                    + "gradient reaches W1.")),
            Map.entry("covariate-shift", new ClaimNote("Eval accuracy drops under a test shift; AdaBN recovers it.",
                    Verdict.HOLDS, "And completely: BN right after the first linear layer undoes an affine input "
                    + "shift exactly. In deep networks the recovery is partial.")),
            Map.entry("percentile-bands", new ClaimNote("With BN the distribution of a sigmoid input stays stable "
                    + "during training.", Verdict.DOES_NOT_HOLD, "BN pins the band at the start, but γ and β grow "
                    + "and the band widens about as much as without BN.")),
            Map.entry("internal-covariate-shift", new ClaimNote("BN does not reduce ICS; noisy BN has high ICS yet "
                    + "trains as fast as BN.", Verdict.PARTLY, "BN's ICS is not lower, as claimed. Noisy BN (0.5) "
                    + "has far higher ICS and trains, but more slowly than BN; at 0.1 it follows BN's loss.")),
            Map.entry("loss-landscape", new ClaimNote("BN makes the loss landscape smoother.", Verdict.DOES_NOT_HOLD,
                    "The opposite: loss variation, gradient predictiveness and β-smoothness are all larger with "
                            + "BN.")),
            Map.entry("layer-coupling", new ClaimNote("With BN, scaling W1 leaves the BN output unchanged.",
                    Verdict.HOLDS, "Largest output change 0.002 with BN vs 0.37 without over a ∈ [0.25, 4] "
                    + "(training mode).")));

    /** For a user-built pairing and for experiments without a note. */
    public static final ClaimNote NONE = new ClaimNote("", Verdict.NONE, "");

    private ClaimNotes() {
    }

    public static ClaimNote forId(String id) {
        return NOTES.getOrDefault(id, NONE);
    }
}
