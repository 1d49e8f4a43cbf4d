package dev.bnlab.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Central finite differences of the training-mode loss, (L(θ+h) − L(θ−h))/(2h) in double precision, against
 * the gradients {@link Network#trainStep} stores (at the pre-step parameters), for every parameter element
 * and every placement × activation, with one hidden layer and with three (widths 3, 4, 2).
 */
class GradientCheckTest {

    private static final double STEP = 1e-6;
    private static final double EPS = 1e-3;
    /** |numeric − analytic| ≤ REL·max(|numeric|, |analytic|) + ABS. */
    private static final double REL = 1e-6;
    /** Rounding floor of a central difference: ~1e-16·|L|/h ≈ 1e-10, with headroom. */
    private static final double ABS = 1e-9;
    /** relu inputs must stay this far from the kink for the derivative to exist on [θ−h, θ+h]. */
    private static final double RELU_MARGIN = 1e-3;
    private static final int N = 6;
    private static final int D = 2;
    private static final int H = 3;

    private static double worstRelative;
    private static String worstRelativeWhere = "";
    private static double worstAbsolute;

    /** A parameter and its gradient, picked out of a network. */
    private record Param(String name, Function<Network, DMatrixRMaj> value, Function<Network, DMatrixRMaj> grad) {
    }

    /** Every parameter of a network with {@code depth} hidden layers: W, b, γ, β of each layer, W_out, b_out. */
    private static List<Param> params(int depth) {
        List<Param> all = new ArrayList<>();
        for (int k = 0; k < depth; k++) {
            final int layer = k;
            all.add(new Param("W" + (k + 1), n -> n.layer(layer).w, n -> n.layer(layer).gradW));
            all.add(new Param("b" + (k + 1), n -> n.layer(layer).b, n -> n.layer(layer).gradB));
            all.add(new Param("gamma" + (k + 1), n -> n.layer(layer).gamma, n -> n.layer(layer).gradGamma));
            all.add(new Param("beta" + (k + 1), n -> n.layer(layer).beta, n -> n.layer(layer).gradBeta));
        }
        all.add(new Param("W_out", n -> n.outW, n -> n.gradOutW));
        all.add(new Param("b_out", n -> n.outB, n -> n.gradOutB));
        return all;
    }

    private static final List<Param> PARAMS = params(1);
    private static final int[] DEEP = {3, 4, 2};

    static Stream<Arguments> combinations() {
        List<Arguments> all = new ArrayList<>();
        for (int[] widths : new int[][] {{H}, DEEP}) {
            for (Placement p : Placement.values()) {
                for (Activation a : Activation.values()) {
                    all.add(Arguments.of(p, a, widths));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("combinations")
    void analyticGradientsMatchCentralDifferences(Placement placement, Activation activation, int[] widths) {
        Case c = findCase(placement, activation, widths);
        Network stepped = c.net.copy();
        stepped.loadBatch(c.x, c.y);
        stepped.trainStep(0.1, EPS, new RunningStatsRule(Convention.KERAS, 0.9));
        // a check of all-zero gradients would prove nothing
        assertThat(org.ejml.dense.row.CommonOps_DDRM.elementMaxAbs(stepped.first().gradW)).isGreaterThan(1e-4);
        for (Param p : params(widths.length)) {
            DMatrixRMaj analytic = p.grad.apply(stepped);
            for (int e = 0; e < analytic.getNumElements(); e++) {
                double numeric = centralDifference(c, p, e);
                double a = analytic.data[e];
                double diff = Math.abs(numeric - a);
                double scale = Math.max(Math.abs(numeric), Math.abs(a));
                String where = placement.id() + "/" + activation.id() + " L=" + widths.length + " " + p.name + "[" + e + "]";
                record(where, diff, scale);
                assertThat(diff)
                        .as("%s: analytic %s, numeric %s", where, a, numeric)
                        .isLessThanOrEqualTo(REL * scale + ABS);
            }
        }
    }

    /** The check has teeth: a gradient off by 1e-4 relative (far below a typical bug) is caught. */
    @Test
    void aSlightlyWrongGradientFailsTheCheck() {
        Case c = findCase(Placement.BEFORE, Activation.SIGMOID, new int[] {H});
        Network stepped = c.net.copy();
        stepped.loadBatch(c.x, c.y);
        stepped.trainStep(0.1, EPS, new RunningStatsRule(Convention.KERAS, 0.9));
        Param w1 = PARAMS.get(0);
        double wrong = stepped.first().gradW.data[0] * (1 + 1e-4);
        double numeric = centralDifference(c, w1, 0);
        assertThat(Math.abs(numeric)).isGreaterThan(1e-4);
        assertThat(Math.abs(numeric - wrong)).isGreaterThan(REL * Math.abs(numeric) + ABS);
    }

    @AfterAll
    static void report() {
        System.out.printf("GradientCheckTest: largest relative error (|grad| >= 1e-4) %.3e at %s; largest absolute "
                + "difference %.3e%n", worstRelative, worstRelativeWhere, worstAbsolute);
    }

    private static synchronized void record(String where, double diff, double scale) {
        worstAbsolute = Math.max(worstAbsolute, diff);
        if (scale >= 1e-4 && diff / scale > worstRelative) {
            worstRelative = diff / scale;
            worstRelativeWhere = where;
        }
    }

    /** (L(θ_e + h) − L(θ_e − h))/(2h) on copies of the network, the same batch and ε. */
    private static double centralDifference(Case c, Param p, int element) {
        return (lossWith(c, p, element, STEP) - lossWith(c, p, element, -STEP)) / (2 * STEP);
    }

    private static double lossWith(Case c, Param p, int element, double delta) {
        Network probe = c.net.copy();
        p.value.apply(probe).data[element] += delta;
        probe.loadBatch(c.x, c.y);
        return probe.forwardTrain(EPS);
    }

    /** A tiny network and batch; γ ∈ ±[0.5, 2], β ∈ [−1, 1]. */
    private record Case(Network net, double[][] x, double[] y) {
    }

    /**
     * The first seed whose activation inputs all lie at least {@link #RELU_MARGIN} from 0 (relu), so the loss
     * is differentiable around the parameters; for sigmoid and tanh the first seed.
     */
    private static Case findCase(Placement placement, Activation activation, int[] widths) {
        for (long seed = 1; seed < 1000; seed++) {
            Random rnd = new Random(seed);
            Network net = NetworkFixtures.randomNetwork(rnd, D, widths, activation, placement);
            double[][] x = NetworkFixtures.randomInputs(rnd, N, D, 1.0);
            double[] y = NetworkFixtures.randomLabels(rnd, N);
            if (activation != Activation.RELU || awayFromKink(net, x, y)) {
                return new Case(net, x, y);
            }
        }
        throw new AssertionError("no seed below 1000 keeps every relu input " + RELU_MARGIN + " away from 0");
    }

    private static boolean awayFromKink(Network net, double[][] x, double[] y) {
        Network probe = net.copy();
        probe.loadBatch(x, y);
        probe.forwardTrain(EPS);
        for (int k = 0; k < probe.depth(); k++) {
            HiddenLayer layer = probe.layer(k);
            for (int j = 0; j < layer.width; j++) {
                for (int i = 0; i < x.length; i++) {
                    if (Math.abs(layer.activationInput(j, i)) < RELU_MARGIN) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
