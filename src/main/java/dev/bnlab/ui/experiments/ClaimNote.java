package dev.bnlab.ui.experiments;

/**
 * What the explainer claims for an experiment and what happens on this network (the table "What holds on this
 * network" of docs/experiments.md), shown prominently above the caption.
 *
 * @param claim         the explainer's claim, one sentence
 * @param verdict       whether it holds here
 * @param onThisNetwork what happens on this network (default seed), one or two sentences
 */
public record ClaimNote(String claim, Verdict verdict, String onThisNetwork) {

    /** Does the claim hold on this network? */
    public enum Verdict {
        HOLDS("holds here"),
        DOES_NOT_HOLD("does not hold here"),
        NOT_VISIBLE("not visible here"),
        PARTLY("holds only in part here"),
        OPEN("open question"),
        NONE("");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        /** "holds here", "does not hold here", ... */
        public String text() {
            return text;
        }
    }
}
