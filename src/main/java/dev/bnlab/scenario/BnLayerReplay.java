package dev.bnlab.scenario;

import dev.bnlab.core.BatchNormKernels;
import dev.bnlab.core.RunningStatsRule;
import java.util.ArrayList;
import java.util.List;

/** Replays a {@code bn_layer} case (docs/golden-schema.md §4) column by column with {@link BatchNormKernels}. */
final class BnLayerReplay {

    private final BnLayerCase c;

    BnLayerReplay(BnLayerCase c) {
        this.c = c;
    }

    BnLayerTrace run() throws ScenarioException {
        final int n = c.x().length;
        final int h = c.features();
        // neuron-major work arrays: feature j occupies [j·n, j·n + n)
        double[] v = neuronMajor(c.x(), h);
        double[] dy = neuronMajor(c.dy(), h);
        double[] xhat = new double[h * n];
        double[] y = new double[h * n];
        double[] dx = new double[h * n];
        double[] mean = new double[h];
        double[] var = new double[h];
        double[] dgamma = new double[h];
        double[] dbeta = new double[h];
        double[] sums = new double[2];
        for (int j = 0; j < h; j++) {
            int off = j * n;
            mean[j] = BatchNormKernels.mean(v, off, n);
            var[j] = BatchNormKernels.biasedVariance(v, off, n, mean[j]);
            // invStd = 1/√(σ² + ε)
            double invStd = 1.0 / Math.sqrt(var[j] + c.eps());
            BatchNormKernels.normalize(v, off, n, mean[j], invStd, c.gamma()[j], c.beta()[j], xhat, y);
            BatchNormKernels.backward(dy, xhat, off, n, c.gamma()[j], invStd, dx, sums);
            dgamma[j] = sums[0];
            dbeta[j] = sums[1];
        }
        List<RunningStats> updates = new ArrayList<>();
        for (RunningStatsRule rule : c.runningUpdates()) {
            double[] runningMean = c.runningMeanInit().clone();
            double[] runningVar = c.runningVarInit().clone();
            rule.update(runningMean, runningVar, mean, var, h, n, 1);
            updates.add(new RunningStats(runningMean, runningVar));
        }
        BnLayerTrace trace = new BnLayerTrace(rowMajor(y, n, h), mean, var, rowMajor(dx, n, h), dgamma, dbeta,
                List.copyOf(updates));
        requireFinite(trace);
        return trace;
    }

    private static void requireFinite(BnLayerTrace t) throws ScenarioException {
        FiniteCheck check = new FiniteCheck().matrix("y", t.y()).vector("batch_mean", t.batchMean())
                .vector("batch_var", t.batchVar()).matrix("dx", t.dx()).vector("dgamma", t.dgamma())
                .vector("dbeta", t.dbeta());
        for (int r = 0; r < t.runningUpdates().size(); r++) {
            check.running("running_updates[" + r + "].running", t.runningUpdates().get(r));
        }
        if (check.firstProblem() != null) {
            throw new ScenarioException("input", "the BN layer overflows (" + check.firstProblem()
                    + "); a trace cannot contain NaN or Infinity");
        }
    }

    /** rows[i][j] → out[j·n + i]. */
    private static double[] neuronMajor(double[][] rows, int h) {
        int n = rows.length;
        double[] out = new double[h * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < h; j++) {
                out[j * n + i] = rows[i][j];
            }
        }
        return out;
    }

    /** in[j·n + i] → rows[i][j]. */
    private static double[][] rowMajor(double[] in, int n, int h) {
        double[][] rows = new double[n][h];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < h; j++) {
                rows[i][j] = in[j * n + i];
            }
        }
        return rows;
    }
}
