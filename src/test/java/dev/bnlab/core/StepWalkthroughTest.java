package dev.bnlab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bnlab.scenario.BnLayerCase;
import dev.bnlab.scenario.BnLayerTrace;
import dev.bnlab.scenario.Replayer;
import dev.bnlab.scenario.ScenarioException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The walkthrough's numbers are the core's own: every forward value, gradient, update and running statistic of
 * the neuron equals what the fast network computes in the step that follows (to 1e-12 relative, the sums being
 * added in another order), its BN backward equals the golden-schema bn_layer replay on the same batch, and
 * walking through a step changes nothing: the step taken afterwards is bit for bit the step a session that
 * never walked would take.
 */
class StepWalkthroughTest {

    private static final double TOL = 1e-12;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Placement p : Placement.values()) {
            for (Activation a : Activation.values()) {
                out.add(Arguments.of(p, a, 1, 0, 2));
                out.add(Arguments.of(p, a, 3, 0, 1));
                out.add(Arguments.of(p, a, 3, 2, 0));
            }
        }
        return out.stream();
    }

    private static TrainingSession session(Placement p, Activation a, int layers, int steps) {
        SessionConfig c = new SessionConfig(new DataConfig(DatasetKind.CIRCLES, 400, 100, 0.15, TestShift.NONE, 3),
                3, layers, a, p, 5, 7, 10);
        TrainingSession s = new TrainingSession(c, new Hyperparams(0.4, 24, 0.9, Convention.PYTORCH, 1e-3));
        for (int i = 0; i < steps; i++) {
            s.advance();
        }
        return s;
    }

    private static void close(String what, double got, double core) {
        assertThat(Math.abs(got - core)).as("%s: walkthrough %s, core %s", what, got, core)
                .isLessThanOrEqualTo(TOL * Math.max(1.0, Math.abs(core)));
    }

    @ParameterizedTest(name = "{0} {1} L={2} layer {3} neuron {4}")
    @MethodSource("cases")
    void everyNumberShownIsTheCoresOwn(Placement p, Activation a, int layers, int k, int j) {
        TrainingSession s = session(p, a, layers, 17);
        Walkthrough w = StepWalkthrough.of(s, k, j);
        Parameters before = s.snapshot(false).parameters();
        s.advance();
        Network net = s.network();
        HiddenLayer layer = net.layer(k);
        int n = net.batchSize();
        assertThat(w.step()).isEqualTo(s.stepCount());
        assertThat(w.batchSize()).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            close("z", w.stage("z").column("z").get(i), layer.z(j, i));
            close("a", w.stage("activation").column("a").get(i), layer.activationOutput(j, i));
        }
        close("loss", w.stage("loss").scalar("loss"), net.lastLoss());
        WalkthroughStage sgd = w.stage("sgd");
        Parameters after = s.snapshot(false).parameters();
        for (int q = 0; q < layer.fanIn; q++) {
            close("dW", sgd.scalar("dw" + (q + 1)), layer.gradW.get(j, q));
            close("W before", sgd.scalar("w" + (q + 1)), before.layer(k).w(j, q));
            close("W after", sgd.scalar("w" + (q + 1) + "_after"), after.layer(k).w(j, q));
        }
        close("db", sgd.scalar("db"), layer.gradB.get(j));
        close("b after", sgd.scalar("b_after"), after.layer(k).b().get(j));
        if (!p.hasBatchNorm()) {
            assertThat(w.stages()).extracting(WalkthroughStage::id).doesNotContain("mean", "xhat", "dvar", "running");
            return;
        }
        close("mean", w.stage("mean").scalar("mean"), layer.batchMean(j));
        close("variance", w.stage("variance").scalar("variance"), layer.batchVar(j));
        for (int i = 0; i < n; i++) {
            close("xhat", w.stage("xhat").column("xhat").get(i), layer.xhat(j, i));
            close("y", w.stage("y").column("y").get(i), layer.bnOut(j, i));
        }
        close("dgamma", w.stage("dgamma").scalar("dgamma"), layer.gradGamma.get(j));
        close("dbeta", w.stage("dbeta").scalar("dbeta"), layer.gradBeta.get(j));
        close("gamma after", sgd.scalar("gamma_after"), after.layer(k).gamma().get(j));
        close("beta after", sgd.scalar("beta_after"), after.layer(k).beta().get(j));
        close("running mean", w.stage("running").scalar("runningMean_after"), layer.runningMean.get(j));
        close("running var", w.stage("running").scalar("runningVar_after"), layer.runningVar.get(j));
        assertThat(w.stages()).extracting(WalkthroughStage::id).containsSubsequence("z", "mean", "deviation",
                "variance", "std", "xhat", "y", "loss", "dy", "dgamma", "dbeta", "dxhat", "dvar", "dmean", "dz", "sgd",
                "running");
    }

    /** The BN backward of the stages is the golden-schema bn_layer computation on the same batch. */
    @Test
    void theBnBackwardEqualsTheBnLayerReplayOnTheSameBatch() throws ScenarioException {
        TrainingSession s = session(Placement.BEFORE, Activation.TANH, 3, 9);
        int k = 1;
        int h = 3;
        List<Walkthrough> ws = new ArrayList<>();
        for (int j = 0; j < h; j++) {
            ws.add(StepWalkthrough.of(s, k, j));
        }
        int n = ws.get(0).batchSize();
        double[][] x = new double[n][h];
        double[][] dy = new double[n][h];
        double[] gamma = new double[h];
        double[] beta = new double[h];
        for (int j = 0; j < h; j++) {
            Walkthrough w = ws.get(j);
            gamma[j] = w.stage("y").scalar("gamma");
            beta[j] = w.stage("y").scalar("beta");
            for (int i = 0; i < n; i++) {
                x[i][j] = w.stage("z").column("z").get(i);
                dy[i][j] = w.stage("dy").column("dy").get(i);
            }
        }
        double eps = ws.get(0).hyperparams().eps();
        BnLayerTrace t = (BnLayerTrace) new Replayer().replay(new BnLayerCase(x, gamma, beta, eps, dy, new double[h],
                new double[] {1, 1, 1}, List.of()));
        for (int j = 0; j < h; j++) {
            Walkthrough w = ws.get(j);
            close("batch mean", w.stage("mean").scalar("mean"), t.batchMean()[j]);
            close("batch var", w.stage("variance").scalar("variance"), t.batchVar()[j]);
            close("dgamma", w.stage("dgamma").scalar("dgamma"), t.dgamma()[j]);
            close("dbeta", w.stage("dbeta").scalar("dbeta"), t.dbeta()[j]);
            for (int i = 0; i < n; i++) {
                close("y", w.stage("y").column("y").get(i), t.y()[i][j]);
                close("dz", w.stage("dz").column("dz").get(i), t.dx()[i][j]);
            }
        }
    }

    /** Walking through a step and then taking it equals taking it: bit for bit, the whole snapshot. */
    @Test
    void walkingThroughAStepChangesNothingAndTheStepAfterwardsIsTheSame() {
        TrainingSession walked = session(Placement.AFTER, Activation.SIGMOID, 2, 11);
        TrainingSession plain = session(Placement.AFTER, Activation.SIGMOID, 2, 11);
        SessionState state = walked.captureState();
        StepWalkthrough.of(walked, 1, 2);
        assertThat(walked.captureState()).isEqualTo(state);
        walked.advance();
        plain.advance();
        assertThat(walked.snapshot(true, 1)).isEqualTo(plain.snapshot(true, 1));
        assertThat(walked.captureState()).isEqualTo(plain.captureState());
    }

    @Test
    void aNeuronOrLayerThatDoesNotExistIsRefused() {
        TrainingSession s = session(Placement.BEFORE, Activation.SIGMOID, 2, 0);
        assertThatThrownBy(() -> StepWalkthrough.of(s, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StepWalkthrough.of(s, 0, 3)).isInstanceOf(IllegalArgumentException.class);
        // step 0: the walkthrough is of step 1
        assertThat(StepWalkthrough.of(s, 0, 0).step()).isEqualTo(1);
    }
}
