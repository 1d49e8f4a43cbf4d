package dev.bnlab.scenario;

import dev.bnlab.core.Convention;
import dev.bnlab.core.EvalPass;
import dev.bnlab.core.Network;
import dev.bnlab.core.RunningStatsRule;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Replays an {@code mlp_training} case (golden README §5) on a {@link Network}: one
 * {@link Network#trainStep} per batch, recording the step's loss, BN statistics, gradients (taken at the
 * pre-step parameters) and updated parameters, then one {@link EvalPass} with the final state.
 */
final class MlpTrainingReplay {

    /** Stand-in for a network without BN, whose trainStep never consults the rule or ε. */
    private static final RunningStatsRule NO_BN_RULE = new RunningStatsRule(Convention.KERAS, 0.0);

    private final MlpTrainingCase c;
    private final boolean withBn;
    private final double eps;
    private final RunningStatsRule rule;
    private final Network net;

    MlpTrainingReplay(MlpTrainingCase c) {
        this.c = c;
        this.withBn = c.hasBatchNorm();
        this.eps = withBn ? c.bn().eps() : 0.0;
        this.rule = withBn ? c.bn().rule() : NO_BN_RULE;
        NetworkSpec spec = c.network();
        this.net = new Network(spec.inputs(), spec.hidden(), spec.activation(), spec.placement());
    }

    MlpTrainingTrace run() throws ScenarioException {
        setInitialParameters(c.init());
        List<StepTrace> steps = new ArrayList<>(c.batches().size());
        for (int t = 0; t < c.batches().size(); t++) {
            TrainingBatch batch = c.batches().get(t);
            net.loadBatch(batch.x(), batch.y());
            double loss = net.trainStep(c.lr(), eps, rule);
            StepTrace step = recordStep(loss);
            requireFinite(step, t);
            steps.add(step);
        }
        EvalTrace eval = c.evalX() == null ? null : evaluate(c.evalX());
        return new MlpTrainingTrace(List.copyOf(steps), parameters(), withBn ? runningStats() : null, eval);
    }

    private void setInitialParameters(ParameterSet init) {
        copyInto(init.w1(), net.w1);
        System.arraycopy(init.b1(), 0, net.b1.data, 0, net.hidden);
        if (withBn) {
            System.arraycopy(init.gamma(), 0, net.gamma.data, 0, net.hidden);
            System.arraycopy(init.beta(), 0, net.beta.data, 0, net.hidden);
        }
        copyInto(init.w2(), net.w2);
        net.b2.data[0] = init.b2()[0];
    }

    private StepTrace recordStep(double loss) {
        if (!withBn) {
            return new StepTrace(loss, null, null, null, null, gradients(), parameters());
        }
        final int n = net.batchSize();
        final int h = net.hidden;
        double[][] preBn = new double[n][h];
        double[] mean = new double[h];
        double[] var = new double[h];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < n; i++) {
                preBn[i][j] = net.preBn(j, i);
            }
            mean[j] = net.batchMean(j);
            var[j] = net.batchVar(j);
        }
        return new StepTrace(loss, preBn, mean, var, runningStats(), gradients(), parameters());
    }

    private static void requireFinite(StepTrace s, int t) throws ScenarioException {
        String problem = new FiniteCheck().value("loss", s.loss()).matrix("pre_bn", s.preBn())
                .vector("batch_mean", s.batchMean()).vector("batch_var", s.batchVar())
                .running("running", s.running()).parameters("grads", s.grads())
                .parameters("params_after", s.paramsAfter()).firstProblem();
        if (problem != null) {
            throw new ScenarioException("input.batches[" + t + "]", "training diverged at step " + t + " (steps["
                    + t + "]." + problem + "); a trace cannot contain NaN or Infinity");
        }
    }

    private EvalTrace evaluate(double[][] evalX) throws ScenarioException {
        EvalPass pass = new EvalPass();
        pass.run(net, eps, evalX);
        final int m = evalX.length;
        final int h = net.hidden;
        double[] prob = new double[m];
        double[][] preBn = withBn ? new double[m][h] : null;
        double[][] bnOut = withBn ? new double[m][h] : null;
        for (int i = 0; i < m; i++) {
            prob[i] = pass.probability(i);
            for (int j = 0; withBn && j < h; j++) {
                preBn[i][j] = pass.preBn(j, i);
                bnOut[i][j] = pass.bnOut(j, i);
            }
        }
        String problem = new FiniteCheck().vector("output_prob", prob).matrix("pre_bn", preBn)
                .matrix("bn_out", bnOut).firstProblem();
        if (problem != null) {
            throw new ScenarioException("input.eval_x", "eval overflows (eval." + problem
                    + "); a trace cannot contain NaN or Infinity");
        }
        return new EvalTrace(prob, preBn, bnOut);
    }

    private ParameterSet parameters() {
        return new ParameterSet(matrix(net.w1), net.b1.data.clone(), withBn ? net.gamma.data.clone() : null,
                withBn ? net.beta.data.clone() : null, matrix(net.w2), net.b2.data.clone());
    }

    private ParameterSet gradients() {
        return new ParameterSet(matrix(net.gradW1), net.gradB1.data.clone(),
                withBn ? net.gradGamma.data.clone() : null, withBn ? net.gradBeta.data.clone() : null,
                matrix(net.gradW2), net.gradB2.data.clone());
    }

    private RunningStats runningStats() {
        return new RunningStats(net.runningMean.data.clone(), net.runningVar.data.clone());
    }

    /** rows[r][c] → m(r, c). */
    private static void copyInto(double[][] rows, DMatrixRMaj m) {
        for (int r = 0; r < m.numRows; r++) {
            System.arraycopy(rows[r], 0, m.data, r * m.numCols, m.numCols);
        }
    }

    /** m as rows[r][c]. */
    private static double[][] matrix(DMatrixRMaj m) {
        double[][] rows = new double[m.numRows][];
        for (int r = 0; r < m.numRows; r++) {
            rows[r] = java.util.Arrays.copyOfRange(m.data, r * m.numCols, (r + 1) * m.numCols);
        }
        return rows;
    }
}
