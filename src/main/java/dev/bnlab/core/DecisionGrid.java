package dev.bnlab.core;

/**
 * Eval-mode class-1 probability on a regular grid over the data plane, for the decision-boundary heat map.
 * Cell (c, r) is centred at x = xMin + (c + ½)·(xMax − xMin)/columns, y = yMin + (r + ½)·(yMax − yMin)/rows;
 * row 0 is the bottom (smallest y).
 */
public record DecisionGrid(int columns, int rows, double xMin, double xMax, double yMin, double yMax, Vec probability) {

    public double probability(int column, int row) {
        return probability.get(row * columns + column);
    }

    /** Evaluates the network in eval mode at every cell centre. */
    public static DecisionGrid compute(Network net, double eps, int columns, int rows, double xMin, double xMax,
                                       double yMin, double yMax) {
        int m = columns * rows;
        double[] fm = new double[2 * m];
        for (int r = 0; r < rows; r++) {
            double y = yMin + (r + 0.5) * (yMax - yMin) / rows;
            for (int c = 0; c < columns; c++) {
                int i = r * columns + c;
                fm[i] = xMin + (c + 0.5) * (xMax - xMin) / columns;
                fm[m + i] = y;
            }
        }
        EvalPass pass = new EvalPass();
        pass.run(net, eps, fm, m);
        double[] p = new double[m];
        for (int i = 0; i < m; i++) {
            p[i] = pass.probability(i);
        }
        return new DecisionGrid(columns, rows, xMin, xMax, yMin, yMax, Vec.wrap(p));
    }
}
