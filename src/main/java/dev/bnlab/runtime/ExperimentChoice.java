package dev.bnlab.runtime;

import dev.bnlab.experiments.Experiment;
import dev.bnlab.experiments.ExperimentKind;
import dev.bnlab.i18n.Messages;

/**
 * One entry of the Experiments list.
 *
 * @param experiment the experiment (for the user's own runs, built from their settings)
 * @param titleKey   message key of a short human title
 * @param groupKey   message key of the section of the list ("Side-by-side runs", ...)
 * @param kind       which views and controls it gets
 * @param note       the explainer's claim and the verdict on this network
 */
public record ExperimentChoice(Experiment experiment, String titleKey, String groupKey, ExperimentKind kind,
                               ClaimNote note) {

    /** The short title in the current language. */
    public String title() {
        return Messages.keyOrText(titleKey);
    }

    /** The list section in the current language. */
    public String group() {
        return Messages.keyOrText(groupKey);
    }

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
        return new ExperimentChoice(e, titleKey, groupKey, kind, note);
    }

    @Override
    public String toString() {
        return title();
    }
}
