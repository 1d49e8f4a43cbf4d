package dev.bnlab.scenario;

import dev.bnlab.core.Convention;
import dev.bnlab.core.EvalPass;
import dev.bnlab.core.HiddenLayer;
import dev.bnlab.core.Network;
import dev.bnlab.core.RunningStatsRule;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Replays an {@code mlp_training} or {@code deep_mlp_training} case (docs/golden-schema.md §5, §8) on a
 * {@link Network}: one {@link Network#trainStep} per batch, recording the step's loss, BN statistics of every
 * layer, gradients (taken at the pre-step parameters) and updated parameters, then one {@link EvalPass} with the
 * final state.
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
        return new MlpTrainingTrace(c.deep(), List.copyOf(steps), parameters(), withBn ? runningStats() : null,
                eval);
    }

    private void setInitialParameters(ParameterSet init) {
        for (int k = 0; k < net.depth(); k++) {
            HiddenLayer layer = net.layer(k);
            ParameterSet.Layer p = init.layers().get(k);
            copyInto(p.w(), layer.w);
            System.arraycopy(p.b(), 0, layer.b.data, 0, layer.width);
            if (withBn) {
                System.arraycopy(p.gamma(), 0, layer.gamma.data, 0, layer.width);
                System.arraycopy(p.beta(), 0, layer.beta.data, 0, layer.width);
            }
        }
        copyInto(init.outW(), net.outW);
        net.outB.data[0] = init.outB()[0];
    }

    private StepTrace recordStep(double loss) {
        if (!withBn) {
            return new StepTrace(loss, null, gradients(), parameters());
        }
        final int n = net.batchSize();
        List<StepTrace.LayerStep> layers = new ArrayList<>(net.depth());
        for (int k = 0; k < net.depth(); k++) {
            HiddenLayer layer = net.layer(k);
            final int h = layer.width;
            double[][] preBn = new double[n][h];
            double[] mean = new double[h];
            double[] var = new double[h];
            for (int j = 0; j < h; j++) {
                for (int i = 0; i < n; i++) {
                    preBn[i][j] = layer.preBn(j, i);
                }
                mean[j] = layer.batchMean(j);
                var[j] = layer.batchVar(j);
            }
            layers.add(new StepTrace.LayerStep(preBn, mean, var, runningStats(layer)));
        }
        return new StepTrace(loss, List.copyOf(layers), gradients(), parameters());
    }

    private static void requireFinite(StepTrace s, int t) throws ScenarioException {
        FiniteCheck check = new FiniteCheck().value("loss", s.loss());
        for (int k = 0; s.layers() != null && k < s.layers().size(); k++) {
            StepTrace.LayerStep l = s.layers().get(k);
            String at = "layers[" + k + "].";
            check.matrix(at + "pre_bn", l.preBn()).vector(at + "batch_mean", l.batchMean())
                    .vector(at + "batch_var", l.batchVar()).running(at + "running", l.running());
        }
        String problem = check.parameters("grads", s.grads()).parameters("params_after", s.paramsAfter())
                .firstProblem();
        if (problem != null) {
            throw new ScenarioException("input.batches[" + t + "]", "training diverged at step " + t + " (steps["
                    + t + "]." + problem + "); a trace cannot contain NaN or Infinity");
        }
    }

    private EvalTrace evaluate(double[][] evalX) throws ScenarioException {
        EvalPass pass = new EvalPass();
        pass.run(net, eps, evalX);
        final int m = evalX.length;
        double[] prob = new double[m];
        for (int i = 0; i < m; i++) {
            prob[i] = pass.probability(i);
        }
        FiniteCheck check = new FiniteCheck().vector("output_prob", prob);
        List<double[][]> preBn = withBn ? new ArrayList<>() : null;
        List<double[][]> bnOut = withBn ? new ArrayList<>() : null;
        for (int k = 0; withBn && k < net.depth(); k++) {
            final int h = net.layer(k).width;
            double[][] pre = new double[m][h];
            double[][] out = new double[m][h];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < h; j++) {
                    pre[i][j] = pass.preBn(k, j, i);
                    out[i][j] = pass.bnOut(k, j, i);
                }
            }
            check.matrix("layers[" + k + "].pre_bn", pre).matrix("layers[" + k + "].bn_out", out);
            preBn.add(pre);
            bnOut.add(out);
        }
        String problem = check.firstProblem();
        if (problem != null) {
            throw new ScenarioException("input.eval_x", "eval overflows (eval." + problem
                    + "); a trace cannot contain NaN or Infinity");
        }
        return new EvalTrace(prob, preBn, bnOut);
    }

    private ParameterSet parameters() {
        List<ParameterSet.Layer> layers = new ArrayList<>(net.depth());
        for (int k = 0; k < net.depth(); k++) {
            HiddenLayer l = net.layer(k);
            layers.add(new ParameterSet.Layer(matrix(l.w), l.b.data.clone(), withBn ? l.gamma.data.clone() : null,
                    withBn ? l.beta.data.clone() : null));
        }
        return new ParameterSet(List.copyOf(layers), matrix(net.outW), net.outB.data.clone());
    }

    private ParameterSet gradients() {
        List<ParameterSet.Layer> layers = new ArrayList<>(net.depth());
        for (int k = 0; k < net.depth(); k++) {
            HiddenLayer l = net.layer(k);
            layers.add(new ParameterSet.Layer(matrix(l.gradW), l.gradB.data.clone(),
                    withBn ? l.gradGamma.data.clone() : null, withBn ? l.gradBeta.data.clone() : null));
        }
        return new ParameterSet(List.copyOf(layers), matrix(net.gradOutW), net.gradOutB.data.clone());
    }

    private List<RunningStats> runningStats() {
        List<RunningStats> all = new ArrayList<>(net.depth());
        for (int k = 0; k < net.depth(); k++) {
            all.add(runningStats(net.layer(k)));
        }
        return List.copyOf(all);
    }

    private static RunningStats runningStats(HiddenLayer layer) {
        return new RunningStats(layer.runningMean.data.clone(), layer.runningVar.data.clone());
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
