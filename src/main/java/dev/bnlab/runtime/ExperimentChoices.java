package dev.bnlab.runtime;

import dev.bnlab.experiments.Experiment;
import dev.bnlab.experiments.ExperimentCatalog;
import dev.bnlab.experiments.ExperimentKind;
import dev.bnlab.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Experiments list: every experiment of the catalog with its title and the section its kind is listed under,
 * plus the user's own runs.
 */
public final class ExperimentChoices {

    /** Message key of the list section of the side-by-side runs (where the user's own runs are listed too). */
    public static final String SIDE_BY_SIDE = ExperimentKind.LOCKSTEP.groupKey();

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
        // the title is the message experiments.ID.title; an experiment without one shows its id
        String title = "experiments." + e.id() + ".title";
        return new ExperimentChoice(e, Messages.has(title) ? title : e.id(), e.kind().groupKey(), e.kind(),
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
