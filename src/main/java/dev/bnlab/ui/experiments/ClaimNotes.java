package dev.bnlab.ui.experiments;

import dev.bnlab.experiments.StoredVerdicts;
import dev.bnlab.ui.experiments.ClaimNote.Verdict;

/**
 * The claim and the measured verdict of each built-in experiment: the verdict over seeds 1–10 at the experiment's
 * default settings ({@link StoredVerdicts}, re-measured on every build by StoredVerdictsTest). The full caption of
 * the experiments package is always shown under it. The texts are in the experiments bundle.
 */
public final class ClaimNotes {

    /** For a user-built pairing and for experiments without a note. */
    public static final ClaimNote NONE = new ClaimNote(null, Verdict.NONE, 0, 0);

    private ClaimNotes() {
    }

    public static ClaimNote forId(String id) {
        return StoredVerdicts.of(id).map(v -> new ClaimNote(id, verdictOf(v.verdict()), v.wins(), v.seeds()))
                .orElse(NONE);
    }

    private static Verdict verdictOf(dev.bnlab.experiments.Verdict v) {
        return switch (v) {
            case HOLDS -> Verdict.HOLDS;
            case DOES_NOT_HOLD -> Verdict.DOES_NOT_HOLD;
            case MIXED -> Verdict.MIXED;
        };
    }
}
