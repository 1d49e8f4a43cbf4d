package dev.bnlab.core;

/**
 * Training and test points, feature-major (x[k·N + i] = feature k of point i), with labels 0/1.
 * Immutable once built: the arrays are never written after construction.
 */
public final class Dataset {

    public final DataConfig config;
    private final double[] trainX;
    private final double[] trainY;
    /** The training points example-major, (x0, x1, y) per point: one cache line per point for a batch gather. */
    private final double[] trainPacked;
    private final double[] testRawX;
    private final double[] testX;
    private final double[] testY;

    private Dataset(DataConfig config, double[] trainX, double[] trainY, double[] trainPacked, double[] testRawX,
                    double[] testX, double[] testY) {
        this.config = config;
        this.trainX = trainX;
        this.trainY = trainY;
        this.trainPacked = trainPacked;
        this.testRawX = testRawX;
        this.testX = testX;
        this.testY = testY;
    }

    /**
     * Draws train then test points from one seeded stream and applies the input transform to both; the test
     * shift touches the test copy only.
     */
    public static Dataset generate(DataConfig cfg) {
        SeededRandom rnd = SeededRandom.derived(cfg.seed(), 0x0DA7A);
        int nTr = cfg.trainSize();
        int nTe = cfg.testSize();
        double[] trX = new double[2 * nTr];
        double[] trY = new double[nTr];
        double[] teX = new double[2 * nTe];
        double[] teY = new double[nTe];
        double[] p = new double[2];
        InputTransform t = cfg.input();
        for (int i = 0; i < nTr; i++) {
            trY[i] = cfg.kind().draw(rnd, cfg.noise(), p);
            trX[i] = t.apply(p[0]);
            trX[nTr + i] = t.apply(p[1]);
        }
        for (int i = 0; i < nTe; i++) {
            teY[i] = cfg.kind().draw(rnd, cfg.noise(), p);
            teX[i] = t.apply(p[0]);
            teX[nTe + i] = t.apply(p[1]);
        }
        return new Dataset(cfg, trX, trY, pack(trX, trY), teX, shift(teX, nTe, cfg.testShift()), teY);
    }

    /** The same points with another test shift (the training set and the raw test points are shared). */
    public Dataset withTestShift(TestShift s) {
        DataConfig c = config.withTestShift(s);
        return new Dataset(c, trainX, trainY, trainPacked, testRawX, shift(testRawX, testRawX.length / 2, s), testY);
    }

    /** (x0, x1, y) of point i at [3i, 3i + 3). */
    private static double[] pack(double[] x, double[] y) {
        int m = y.length;
        double[] out = new double[3 * m];
        for (int i = 0; i < m; i++) {
            out[3 * i] = x[i];
            out[3 * i + 1] = x[m + i];
            out[3 * i + 2] = y[i];
        }
        return out;
    }

    /** x' = scale·x + (dx, dy). */
    private static double[] shift(double[] raw, int m, TestShift s) {
        if (s.isIdentity()) {
            return raw;
        }
        double[] out = new double[raw.length];
        for (int i = 0; i < m; i++) {
            out[i] = s.scale() * raw[i] + s.dx();
            out[m + i] = s.scale() * raw[m + i] + s.dy();
        }
        return out;
    }

    public int inputs() {
        return 2;
    }

    public int trainSize() {
        return trainY.length;
    }

    public int testSize() {
        return testY.length;
    }

    public double trainX(int i, int k) {
        return trainX[k * trainY.length + i];
    }

    public double trainLabel(int i) {
        return trainY[i];
    }

    public double testX(int i, int k) {
        return testX[k * testY.length + i];
    }

    public double testLabel(int i) {
        return testY[i];
    }

    // package-private raw access for the training loop (never written)
    double[] trainFeatureMajor() {
        return trainX;
    }

    double[] trainLabels() {
        return trainY;
    }

    /** The training points example-major: (x0, x1, y) of point i at [3i, 3i + 3). */
    double[] trainPacked() {
        return trainPacked;
    }

    double[] testFeatureMajor() {
        return testX;
    }

    double[] testLabels() {
        return testY;
    }
}
