package dev.bnlab.ui.experiments;

import dev.bnlab.i18n.Messages;
import java.util.Locale;

/**
 * What the explainer claims for an experiment and what happens on this network (the table "What holds on this
 * network" of docs/experiments.md), shown prominently above the caption. The texts are the messages
 * "experiments.ID.claim" and "experiments.ID.on-this-network", read in the current language.
 *
 * @param experimentId the experiment's id (null for no note)
 * @param verdict      whether the claim holds here
 * @param wins         seeds on which it held
 * @param seeds        seeds measured
 */
public record ClaimNote(String experimentId, Verdict verdict, int wins, int seeds) {

    /** Does the claim hold on this network, over the seeds measured? */
    public enum Verdict {
        HOLDS,
        DOES_NOT_HOLD,
        MIXED,
        NONE;

        /** "holds here", "does not hold here", ... in the current language ("" for none). */
        public String text() {
            return this == NONE ? "" : Messages.get("experiments.verdict." + name().toLowerCase(Locale.ROOT)
                    .replace('_', '-'));
        }
    }

    /** "10 of 10 seeds" in the current language ("" for none). */
    public String seedShare() {
        return verdict == Verdict.NONE ? "" : Messages.format("experiments.verdict.seed-share", wins, seeds);
    }

    /** The explainer's claim, one sentence ("" for none). */
    public String claim() {
        return experimentId == null ? "" : Messages.get("experiments." + experimentId + ".claim");
    }

    /** What happens on this network (default seed), one or two sentences ("" for none). */
    public String onThisNetwork() {
        return experimentId == null ? "" : Messages.get("experiments." + experimentId + ".on-this-network");
    }
}
