package dev.bnlab.ui.experiments;

import dev.bnlab.experiments.Experiment;
import dev.bnlab.experiments.ExperimentCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Experiments list: every experiment of the catalog with a title and a group, plus the user's own runs. */
public final class ExperimentChoices {

    /** Message keys of the list's sections. */
    public static final String SIDE_BY_SIDE = "experiments.group.side-by-side";
    public static final String STATISTICS = "experiments.group.statistics";
    public static final String SHIFT = "experiments.group.shift";
    public static final String WHY = "experiments.group.why";
    public static final String MORE = "experiments.group.more";

    /** The section of each built-in experiment; its title is the message "experiments.ID.title". */
    private static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("bn-vs-nobn", SIDE_BY_SIDE),
            Map.entry("bn-vs-nobn-small", SIDE_BY_SIDE),
            Map.entry("depth-sweep", SIDE_BY_SIDE),
            Map.entry("lr-x1-vs-x30", SIDE_BY_SIDE),
            Map.entry("lr-x30-split", SIDE_BY_SIDE),
            Map.entry("before-vs-after", SIDE_BY_SIDE),
            Map.entry("keras-momentum-0.99-vs-0.9", SIDE_BY_SIDE),
            Map.entry("train-vs-eval", STATISTICS),
            Map.entry("single-instance", STATISTICS),
            Map.entry("covariate-shift", SHIFT),
            Map.entry("percentile-bands", WHY),
            Map.entry("percentile-bands-plain", WHY),
            Map.entry("internal-covariate-shift", WHY),
            Map.entry("loss-landscape", WHY),
            Map.entry("loss-landscape-plain", WHY),
            Map.entry("layer-coupling", WHY));

    private ExperimentChoices() {
    }

    /** The catalog's experiments in order, with the user's own runs after the built-in pairings. */
    public static List<ExperimentChoice> all() {
        List<ExperimentChoice> out = new ArrayList<>();
        boolean customAdded = false;
        for (Experiment e : ExperimentCatalog.all()) {
            ExperimentChoice c = of(e);
            if (!customAdded && !c.groupKey().equals(SIDE_BY_SIDE) && !out.isEmpty()) {
                out.add(custom(CustomPair.defaults()));
                customAdded = true;
            }
            out.add(c);
        }
        if (!customAdded) {
            out.add(custom(CustomPair.defaults()));
        }
        return List.copyOf(out);
    }

    /** The entry of a catalog experiment. */
    public static ExperimentChoice of(Experiment e) {
        String group = GROUPS.get(e.id());
        // an experiment added to the catalog without texts here shows its id (a key that is not one is shown as is)
        String title = group == null ? e.id() : "experiments." + e.id() + ".title";
        return new ExperimentChoice(e, title, group == null ? MORE : group, ExperimentKind.of(e),
                ClaimNotes.forId(e.id()));
    }

    /** The user's own runs with these settings. */
    public static ExperimentChoice custom(List<RunSettings> runs) {
        return new ExperimentChoice(CustomPair.experiment(runs), CustomPair.TITLE_KEY, SIDE_BY_SIDE,
                ExperimentKind.LOCKSTEP, ClaimNotes.NONE);
    }

    public static Optional<ExperimentChoice> byId(String id) {
        return all().stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
