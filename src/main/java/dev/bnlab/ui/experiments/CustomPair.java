package dev.bnlab.ui.experiments;

import dev.bnlab.experiments.LockstepExperiment;
import dev.bnlab.experiments.LockstepRuns;
import dev.bnlab.experiments.Pairings;
import dev.bnlab.experiments.RunSpec;
import java.util.List;

/** A side-by-side experiment of 2–4 runs the user chose (issue 4 §1: "any user-chosen pair"). */
public final class CustomPair {

    public static final String ID = "your-own-runs";
    /** Message keys of the list entry's title, its description and the caption. */
    public static final String TITLE_KEY = "experiments.your-own-runs.title";
    public static final String DESCRIPTION_KEY = "experiments.your-own-runs.description";
    public static final String CAPTION_KEY = "experiments.your-own-runs.caption";

    private CustomPair() {
    }

    /** The lockstep experiment of these runs (2–4, distinct labels). */
    public static LockstepExperiment experiment(List<RunSettings> runs) {
        List<RunSettings> copy = List.copyOf(runs);
        if (copy.size() < LockstepRuns.MIN_RUNS || copy.size() > LockstepRuns.MAX_RUNS) {
            throw new IllegalArgumentException("side-by-side needs " + LockstepRuns.MIN_RUNS + " to "
                    + LockstepRuns.MAX_RUNS + " runs, got " + copy.size());
        }
        return new LockstepExperiment(ID, DESCRIPTION_KEY, CAPTION_KEY, 300, null,
                seed -> copy.stream().map(r -> r.spec(seed)).toList());
    }

    /** The default: the runs of "with BN vs without BN" on the small network. */
    public static List<RunSettings> defaults() {
        return settingsOf(Pairings.bnVsNoBnSmall().runs(1L));
    }

    /** The editable settings of a pairing's runs. */
    public static List<RunSettings> settingsOf(List<RunSpec> specs) {
        return specs.stream().map(RunSettings::of).toList();
    }

    /** A label not used yet: run1, run2, ... */
    public static String freshLabel(List<RunSettings> runs) {
        for (int k = 1; ; k++) {
            String l = "run" + k;
            if (runs.stream().noneMatch(r -> r.label().equals(l))) {
                return l;
            }
        }
    }
}
