package dev.bnlab.ui.experiments;

import dev.bnlab.experiments.Experiment;
import dev.bnlab.experiments.ExperimentCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Experiments list: every experiment of the catalog with a title and a group, plus the user's own runs. */
public final class ExperimentChoices {

    public static final String SIDE_BY_SIDE = "Side-by-side runs";
    public static final String STATISTICS = "Training vs testing statistics";
    public static final String SHIFT = "Covariate shift";
    public static final String WHY = "Why does BN work?";

    private record Label(String title, String group) {
    }

    private static final Map<String, Label> LABELS = Map.ofEntries(
            Map.entry("bn-vs-nobn", new Label("With BN vs without BN", SIDE_BY_SIDE)),
            Map.entry("lr-x1-vs-x30", new Label("Learning rate ×1 vs ×30", SIDE_BY_SIDE)),
            Map.entry("before-vs-after", new Label("BN before vs after the sigmoid", SIDE_BY_SIDE)),
            Map.entry("keras-momentum-0.99-vs-0.9", new Label("Momentum 0.99 vs 0.9", SIDE_BY_SIDE)),
            Map.entry("train-vs-eval", new Label("Train vs eval normalization", STATISTICS)),
            Map.entry("single-instance", new Label("Single-instance inference", STATISTICS)),
            Map.entry("covariate-shift", new Label("Covariate shift and AdaBN", SHIFT)),
            Map.entry("percentile-bands", new Label("Percentile bands", WHY)),
            Map.entry("internal-covariate-shift", new Label("Internal covariate shift", WHY)),
            Map.entry("loss-landscape", new Label("Loss landscape", WHY)),
            Map.entry("layer-coupling", new Label("Layer coupling (γ-β valve)", WHY)));

    private ExperimentChoices() {
    }

    /** The catalog's experiments in order, with the user's own runs after the built-in pairings. */
    public static List<ExperimentChoice> all() {
        List<ExperimentChoice> out = new ArrayList<>();
        boolean customAdded = false;
        for (Experiment e : ExperimentCatalog.all()) {
            ExperimentChoice c = of(e);
            if (!customAdded && !c.group().equals(SIDE_BY_SIDE) && !out.isEmpty()) {
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
        Label l = LABELS.getOrDefault(e.id(), new Label(e.id(), "More"));
        return new ExperimentChoice(e, l.title(), l.group(), ExperimentKind.of(e), ClaimNotes.forId(e.id()));
    }

    /** The user's own runs with these settings. */
    public static ExperimentChoice custom(List<RunSettings> runs) {
        return new ExperimentChoice(CustomPair.experiment(runs), CustomPair.TITLE, SIDE_BY_SIDE,
                ExperimentKind.LOCKSTEP, ClaimNotes.NONE);
    }

    public static Optional<ExperimentChoice> byId(String id) {
        return all().stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
