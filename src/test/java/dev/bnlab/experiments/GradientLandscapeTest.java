package dev.bnlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bnlab.core.Network;
import dev.bnlab.core.Placement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Loss variation, gradient predictiveness and β-smoothness against finite differences of a plain implementation. */
class GradientLandscapeTest {

    @ParameterizedTest
    @EnumSource(Placement.class)
    void matchesADirectComputation(Placement placement) {
        Network net = ProbeFixtures.network(placement);
        BatchRecord batch = ProbeFixtures.batch();
        double[] grid = GradientLandscape.geometricGrid(0.05, 2.0, 5);

        LandscapeMeasurement m = new GradientLandscape(grid).measure(7, net, batch, ProbeFixtures.EPS);

        ReferenceMlp ref = ProbeFixtures.reference(net);
        double[] w = ParameterVector.values(net);
        double[] g = ref.gradient(w, batch.rows(), batch.labels());
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double pred = 0;
        double beta = 0;
        for (double eta : grid) {
            double[] moved = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                moved[i] = w[i] - eta * g[i];
            }
            double l = ref.loss(moved, batch.rows(), batch.labels());
            lo = Math.min(lo, l);
            hi = Math.max(hi, l);
            double[] gm = ref.gradient(moved, batch.rows(), batch.labels());
            double change = ParameterVector.distance(g, gm);
            pred = Math.max(pred, change);
            beta = Math.max(beta, change / (eta * ParameterVector.norm(g)));
        }
        assertThat(m.step()).isEqualTo(7);
        assertThat(m.loss()).isCloseTo(ref.loss(w, batch.rows(), batch.labels()), within(1e-12));
        assertThat(m.gradNorm()).isCloseTo(ParameterVector.norm(g), within(1e-8));
        assertThat(hi - lo).as("the grid must move the loss").isGreaterThan(1e-3);
        assertThat(m.lossVariation()).isCloseTo(hi - lo, within(1e-10));
        assertThat(m.gradientPredictiveness()).isCloseTo(pred, within(1e-8));
        assertThat(m.betaSmoothness()).isCloseTo(beta, within(1e-7));
    }

    @Test
    void leavesTheNetworkUntouched() {
        Network net = ProbeFixtures.network(Placement.BEFORE);
        double[] before = ParameterVector.values(net);
        double[] runningMean = net.first().runningMean.data.clone();
        new GradientLandscape(new double[] {0.5, 1.0}).measure(1, net, ProbeFixtures.batch(), ProbeFixtures.EPS);
        assertThat(ParameterVector.values(net)).containsExactly(before);
        assertThat(net.first().runningMean.data).containsExactly(runningMean);
    }

    @Test
    void geometricGridEndsExactlyAtItsBounds() {
        double[] g = GradientLandscape.geometricGrid(1.0 / 16, 4.0, 7);
        assertThat(g).hasSize(7);
        assertThat(g[0]).isEqualTo(1.0 / 16);
        assertThat(g[6]).isEqualTo(4.0);
        assertThat(g[3]).isCloseTo(0.5, within(1e-15));
        assertThatThrownBy(() -> new GradientLandscape(new double[] {0.0})).hasMessageContaining("> 0");
    }
}
