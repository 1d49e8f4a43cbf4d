package dev.bnlab.core;

/** The toy 2-D problems. Each draws points in roughly [−2, 2]² with a label 0 or 1. */
public enum DatasetKind {
    BLOBS("blobs", "Gaussian blobs"),
    XOR("xor", "XOR"),
    CIRCLES("circles", "Circles"),
    MOONS("moons", "Two moons"),
    SPIRAL("spiral", "Spiral");

    private final String id;
    private final String label;

    DatasetKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** Human-readable name for menus. */
    public String label() {
        return label;
    }

    public static DatasetKind fromId(String id) {
        for (DatasetKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown dataset \"" + id + "\" (expected blobs, xor, circles, moons or spiral)");
    }

    /**
     * Writes one point into out[0..1] and returns its label. noise is the standard deviation of the
     * Gaussian jitter added to both coordinates (in data units).
     */
    int draw(SeededRandom rnd, double noise, double[] out) {
        int label;
        double x;
        double y;
        switch (this) {
            case BLOBS: {
                label = rnd.nextDouble() < 0.5 ? 0 : 1;
                double c = label == 0 ? -1.0 : 1.0;
                x = c + 0.6 * rnd.nextGaussian();
                y = c + 0.6 * rnd.nextGaussian();
                break;
            }
            case XOR: {
                x = rnd.uniform(-2, 2);
                y = rnd.uniform(-2, 2);
                // keep a small margin around the axes so the classes are separable without noise
                x += x > 0 ? 0.1 : -0.1;
                y += y > 0 ? 0.1 : -0.1;
                label = x * y > 0 ? 1 : 0;
                break;
            }
            case CIRCLES: {
                label = rnd.nextDouble() < 0.5 ? 0 : 1;
                double r = label == 1 ? rnd.uniform(0, 0.8) : rnd.uniform(1.2, 2.0);
                double a = rnd.uniform(0, 2 * Math.PI);
                x = r * Math.cos(a);
                y = r * Math.sin(a);
                break;
            }
            case MOONS: {
                label = rnd.nextDouble() < 0.5 ? 0 : 1;
                double a = rnd.uniform(0, Math.PI);
                if (label == 0) {
                    x = Math.cos(a) - 0.5;
                    y = Math.sin(a) - 0.25;
                } else {
                    x = 0.5 - Math.cos(a);
                    y = 0.25 - Math.sin(a);
                }
                x *= 1.6;
                y *= 1.6;
                break;
            }
            default: {
                label = rnd.nextDouble() < 0.5 ? 0 : 1;
                double t = rnd.uniform(0.25, 1.0);
                double r = 2.0 * t;
                double a = 1.75 * 2 * Math.PI * t + (label == 1 ? Math.PI : 0.0);
                x = r * Math.cos(a);
                y = r * Math.sin(a);
                break;
            }
        }
        out[0] = x + noise * rnd.nextGaussian();
        out[1] = y + noise * rnd.nextGaussian();
        return label;
    }
}
