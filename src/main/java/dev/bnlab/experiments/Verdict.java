package dev.bnlab.experiments;

/** Whether a claim holds over the seeds it was measured on. */
public enum Verdict {
    /** On at least 90 % of the seeds. */
    HOLDS("holds"),
    /** On at most 10 % of the seeds. */
    DOES_NOT_HOLD("does-not-hold"),
    /** In between: it depends on the seed. */
    MIXED("mixed");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    /** "holds", "does-not-hold" or "mixed", as in summary.json. */
    public String id() {
        return id;
    }

    /** holds when wins ≥ 0.9·seeds, does-not-hold when wins ≤ 0.1·seeds, mixed otherwise. */
    public static Verdict of(int wins, int seeds) {
        if (seeds < 1 || wins < 0 || wins > seeds) {
            throw new IllegalArgumentException(wins + " wins out of " + seeds + " seeds");
        }
        if (10L * wins >= 9L * seeds) {
            return HOLDS;
        }
        if (10L * wins <= seeds) {
            return DOES_NOT_HOLD;
        }
        return MIXED;
    }

    public static Verdict fromId(String id) {
        for (Verdict v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown verdict \"" + id + "\"");
    }
}
