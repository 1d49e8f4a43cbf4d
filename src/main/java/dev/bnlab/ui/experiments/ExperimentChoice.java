package dev.bnlab.ui.experiments;

import dev.bnlab.experiments.Experiment;

/**
 * One entry of the Experiments list.
 *
 * @param experiment the experiment (for the user's own runs, built from their settings)
 * @param title      a short human title
 * @param group      the section of the list ("Side-by-side runs", ...)
 * @param kind       which views and controls it gets
 * @param note       the explainer's claim and the verdict on this network
 */
public record ExperimentChoice(Experiment experiment, String title, String group, ExperimentKind kind,
                               ClaimNote note) {

    public String id() {
        return experiment.id();
    }

    public String description() {
        return experiment.description();
    }

    public String caption() {
        return experiment.caption();
    }

    /** True for the user's own side-by-side runs (their settings are editable). */
    public boolean custom() {
        return CustomPair.ID.equals(experiment.id());
    }

    public ExperimentChoice withExperiment(Experiment e) {
        return new ExperimentChoice(e, title, group, kind, note);
    }

    @Override
    public String toString() {
        return title;
    }
}
