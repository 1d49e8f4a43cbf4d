package dev.bnlab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * After training, the session's eval-mode numbers (test loss and accuracy, population statistics, the decision
 * grid) equal a direct computation from the final parameters and the running statistics (golden README §3.6).
 */
class EvalPassTest {

    private static final Hyperparams HYPERPARAMS = new Hyperparams(0.5, 24, 0.8, Convention.PYTORCH, 1e-3);

    static Stream<Arguments> combinations() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (Placement p : Placement.values()) {
            for (Activation a : Activation.values()) {
                all.add(Arguments.of(p, a));
            }
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("combinations")
    void evalMetricsEqualAHandComputationWithRunningStatistics(Placement placement, Activation activation) {
        // a shifted, rescaled test set so running statistics and test-batch statistics differ
        DataConfig data = new DataConfig(DatasetKind.CIRCLES, 400, 150, 0.1, new TestShift(0.4, -0.3, 1.3), 4);
        SessionConfig config = new SessionConfig(data, 4, 1, activation, placement, 4, 4, 1000);
        TrainingSession session = new TrainingSession(config, HYPERPARAMS);
        for (int i = 0; i < 60; i++) {
            session.advance();
        }
        Network net = session.network();
        Dataset ds = session.dataset();
        if (placement.hasBatchNorm()) {
            assertThat(net.first().runningMean.data).as("training moved the running statistics").isNotEqualTo(new double[4]);
        }
        EvalMetrics eval = session.evaluate();

        double lossSum = 0;
        int correct = 0;
        for (int i = 0; i < ds.testSize(); i++) {
            double o = logit(net, HYPERPARAMS.eps(), ds.testX(i, 0), ds.testX(i, 1), null);
            double y = ds.testLabel(i);
            // BCE on logits: max(o, 0) − o·y + log(1 + e^−|o|)
            lossSum += Math.max(o, 0) - o * y + Math.log1p(Math.exp(-Math.abs(o)));
            correct += (o >= 0) == (y == 1.0) ? 1 : 0;
        }
        assertThat(eval.testLoss()).isCloseTo(lossSum / ds.testSize(), within(1e-12 * lossSum / ds.testSize()));
        assertThat(eval.testAccuracy()).isEqualTo((double) correct / ds.testSize());
        assertThat(eval.step()).isEqualTo(60);

        // population statistics: mean and biased variance of v over the whole training set
        double[][] preBn = new double[net.first().width][ds.trainSize()];
        double[] pre = new double[net.first().width];
        for (int i = 0; i < ds.trainSize(); i++) {
            logit(net, HYPERPARAMS.eps(), ds.trainX(i, 0), ds.trainX(i, 1), pre);
            for (int j = 0; j < net.first().width; j++) {
                preBn[j][i] = pre[j];
            }
        }
        for (int j = 0; j < net.first().width; j++) {
            double[] v = preBn[j];
            double mu = java.util.Arrays.stream(v).average().orElseThrow();
            double var = java.util.Arrays.stream(v).map(t -> (t - mu) * (t - mu)).sum() / v.length;
            assertThat(eval.populationMean().get(j)).isCloseTo(mu, within(1e-12 * (1 + Math.abs(mu))));
            assertThat(eval.populationVar().get(j)).isCloseTo(var, within(1e-12 * (1 + var)));
        }

        // the decision grid is the eval-mode probability at the cell centres
        DecisionGrid grid = session.decisionGrid(7, 5, -3, 3, -2, 2);
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 7; c++) {
                double x = -3 + (c + 0.5) * 6.0 / 7;
                double y = -2 + (r + 0.5) * 4.0 / 5;
                double p = 1 / (1 + Math.exp(-logit(net, HYPERPARAMS.eps(), x, y, null)));
                assertThat(grid.probability(c, r)).isCloseTo(p, within(1e-12));
            }
        }
    }

    /**
     * One eval-mode forward pass written out: z = W1·x + b1, BN_eval(v) = γ(v − running_mean)/√(running_var+ε) + β,
     * o = W2·a + b2. Writes v per neuron into preBnOut if given.
     */
    private static double logit(Network net, double eps, double x0, double x1, double[] preBnOut) {
        double o = net.outB.get(0, 0);
        for (int j = 0; j < net.first().width; j++) {
            double z = net.first().w.get(j, 0) * x0 + net.first().w.get(j, 1) * x1 + net.first().b.get(j, 0);
            double g = net.first().gamma.get(j, 0);
            double b = net.first().beta.get(j, 0);
            double mean = net.first().runningMean.get(j, 0);
            double std = Math.sqrt(net.first().runningVar.get(j, 0) + eps);
            double v;
            double a;
            switch (net.placement) {
                case BEFORE:
                    v = z;
                    a = act(net.activation, g * (v - mean) / std + b);
                    break;
                case AFTER:
                    v = act(net.activation, z);
                    a = g * (v - mean) / std + b;
                    break;
                default:
                    v = z;
                    a = act(net.activation, z);
                    break;
            }
            if (preBnOut != null) {
                preBnOut[j] = v;
            }
            o += net.outW.get(0, j) * a;
        }
        return o;
    }

    /** σ(t) = 1/(1+e^−t), tanh(t), max(t, 0). */
    private static double act(Activation activation, double t) {
        switch (activation) {
            case SIGMOID: return 1 / (1 + Math.exp(-t));
            case TANH: return Math.tanh(t);
            default: return Math.max(t, 0);
        }
    }
}
