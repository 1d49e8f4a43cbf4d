package dev.bnlab.core;

/** How running (population) statistics follow the batch statistics, once per training step. */
public enum Convention {
    /** running = m·running + (1−m)·batch, biased batch variance (Keras / TF.js, the explainer's formula). */
    KERAS("keras"),
    /** running = (1−m)·running + m·batch, unbiased batch variance σ²·n/(n−1) (PyTorch BatchNorm1d). */
    PYTORCH("pytorch"),
    /** PyTorch with momentum=None: cumulative average, factor 1/t at the t-th update, unbiased variance. */
    PYTORCH_CUMULATIVE("pytorch-cumulative");

    private final String id;

    Convention(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Convention fromId(String id) {
        for (Convention c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown convention \"" + id + "\" (expected keras or pytorch)");
    }
}
