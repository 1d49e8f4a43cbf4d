package dev.bnlab.core;

/** Where the BN layer sits relative to the hidden activation. */
public enum Placement {
    /** a = act(z): no BN at all. */
    NONE("none"),
    /** a = act(BN(z)): the original paper's placement. */
    BEFORE("before"),
    /** a = BN(act(z)). */
    AFTER("after");

    private final String id;

    Placement(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean hasBatchNorm() {
        return this != NONE;
    }

    public static Placement fromId(String id) {
        for (Placement p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown placement \"" + id + "\" (expected none, before or after)");
    }
}
