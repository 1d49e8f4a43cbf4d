package dev.bnlab.experiments;

import java.util.List;
import java.util.Optional;

/** Every built-in experiment, in the order the README and the app list them, with default settings. */
public final class ExperimentCatalog {

    private static final List<Experiment> ALL = List.of(
            Pairings.bnVsNoBn(),
            Pairings.bnVsNoBnSmall(),
            new DepthSweepExperiment(),
            Pairings.learningRateX30(),
            Pairings.learningRateX30Split(),
            Pairings.beforeVsAfter(),
            Pairings.kerasMomentum(),
            new TrainVsEvalExperiment(),
            new SingleInstanceExperiment(0),
            new CovariateShiftExperiment(),
            new PercentileBandsExperiment("percentile-bands", ExperimentSetup.SCALED, 1000, 0),
            new PercentileBandsExperiment("percentile-bands-plain", ExperimentSetup.SMALL, ExperimentDefaults.STEPS, 0),
            new IcsExperiment(IcsExperiment.DEFAULT_NOISE),
            new LossLandscapeExperiment("loss-landscape", ExperimentSetup.SCALED),
            new LossLandscapeExperiment("loss-landscape-plain", ExperimentSetup.SMALL),
            new LayerCouplingExperiment());

    private ExperimentCatalog() {
    }

    public static List<Experiment> all() {
        return ALL;
    }

    public static List<String> ids() {
        return ALL.stream().map(Experiment::id).toList();
    }

    public static Optional<Experiment> byId(String id) {
        return ALL.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * "id  verdict  description" lines, aligned: each claim's stored verdict at the default settings ("holds
     * 10/10"), for {@code experiment --list}.
     */
    public static String listingWithVerdicts() {
        int w = ALL.stream().mapToInt(e -> e.id().length()).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (Experiment e : ALL) {
            String verdict = StoredVerdicts.of(e.id()).map(v -> v.verdict().id() + " " + v.wins() + "/" + v.seeds())
                    .orElse("-");
            sb.append(String.format(java.util.Locale.ROOT, "  %-" + w + "s  %-18s %s%n", e.id(), verdict,
                    e.description()));
        }
        return sb.toString();
    }

    /** "id  description" lines, aligned, for the command's help and the README. */
    public static String listing() {
        int w = ALL.stream().mapToInt(e -> e.id().length()).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (Experiment e : ALL) {
            sb.append(String.format(java.util.Locale.ROOT, "  %-" + w + "s  %s%n", e.id(), e.description()));
        }
        return sb.toString();
    }
}
