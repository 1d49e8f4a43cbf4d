package dev.bnlab.experiments;

import dev.bnlab.i18n.Messages;
import java.util.Optional;

/**
 * A teaching experiment (docs/experiments.md): a named recipe that trains one or more tiny networks and measures
 * something the explainer claims. Runs step by step ({@link #start}) so a view can draw it live, or in one go ({@link #run})
 * for the headless command and the tests.
 */
public interface Experiment {

    /** Name on the command line and in file names, e.g. "bn-vs-nobn". */
    String id();

    /** One line for the README and the command's list of names (bundle key experiments.ID.description). */
    default String description() {
        return Messages.get("experiments." + id() + ".description");
    }

    /**
     * The caption a view shows: what to look at, and, honestly, what does and does not hold on this tiny network
     * (bundle key experiments.ID.caption).
     */
    default String caption() {
        return Messages.get("experiments." + id() + ".caption");
    }

    /** Training steps when the user gives none. */
    default int defaultSteps() {
        return ExperimentDefaults.STEPS;
    }

    /** The claim in words (experiments.ID.claim), "" when the experiment states none. */
    default String claimText() {
        return claim().isPresent() ? Messages.get("experiments." + id() + ".claim") : "";
    }

    /** The explainer's claim this experiment measures (words: experiments.ID.claim), if it states one. */
    default Optional<Claim> claim() {
        return Optional.empty();
    }

    /** A fresh run; nothing is computed until {@link ExperimentRun#advance()}. */
    ExperimentRun start(ExperimentSettings settings);

    /** Runs to the end and returns everything measured. */
    default ExperimentResult run(ExperimentSettings settings) {
        ExperimentRun r = start(settings);
        while (!r.finished()) {
            r.advance();
        }
        return r.result();
    }
}
