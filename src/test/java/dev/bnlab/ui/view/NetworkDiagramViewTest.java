package dev.bnlab.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Activation;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.plot.NetworkLayout;
import dev.bnlab.runtime.ViewFrame;
import dev.bnlab.ui.FxToolkit;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NetworkDiagramViewTest {

    private static ViewFrame h3;

    @BeforeAll
    static void frames() {
        h3 = ViewFixtures.frameAfter(100, SessionConfig.defaults(), Hyperparams.defaults());
    }

    private static void click(NetworkDiagramView v, double x, double y) {
        FxToolkit.run(() -> v.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, x, y, x, y, MouseButton.PRIMARY, 1,
                false, false, false, false, false, false, false, true, false, true, null)));
    }

    @Test
    void clickingANeuronReportsItsIndex() {
        NetworkDiagramView v = new NetworkDiagramView();
        List<Integer> picked = new ArrayList<>();
        v.setOnNeuronSelected(picked::add);
        ViewFixtures.render(v, h3, 420, 330);
        NetworkLayout.Node n = v.lastLayout().neuron(1);
        click(v, n.x(), n.y());
        assertThat(picked).containsExactly(1);
        // the output node and an empty corner select nothing
        NetworkLayout.Node out = v.lastLayout().output();
        click(v, out.x(), out.y());
        click(v, 5, 325);
        assertThat(picked).containsExactly(1);
    }

    @Test
    void theSelectedNeuronGetsADarkRing() {
        NetworkDiagramView v = new NetworkDiagramView();
        WritableImage sel = ViewFixtures.render(v, h3.withSelectedNeuron(2), 420, 330);
        ViewFixtures.saveIfRequested(sel, "test-net-selected2");
        NetworkLayout.Node n = v.lastLayout().neuron(2);
        // the ring is 3 px wide, 2 px outside the circle; look left of the circle where no edge runs
        int x = (int) Math.round(n.x());
        int y = (int) Math.round(n.y() - n.r() - 2);
        assertThat(ViewFixtures.pixel(sel, x, y).getBrightness()).isLessThan(0.3);
        WritableImage other = ViewFixtures.render(new NetworkDiagramView(), h3.withSelectedNeuron(0), 420, 330);
        assertThat(ViewFixtures.pixel(other, x, y).getBrightness()).isGreaterThan(0.6);
    }

    @Test
    void outputEdgesAreColouredByTheSignOfTheirWeight() {
        NetworkDiagramView v = new NetworkDiagramView();
        WritableImage img = ViewFixtures.render(v, h3, 640, 400);
        NetworkLayout l = v.lastLayout();
        int checked = 0;
        for (int j = 0; j < 3; j++) {
            double w2 = h3.snapshot().parameters().outW().get(j);
            // a point a quarter of the way along the W₂ edge, where the three edges are still apart
            double x0 = l.outX(j);
            double y0 = l.rowY(j);
            double x1 = l.output().x() - l.output().r();
            double y1 = l.output().y();
            double x = x0 + 0.25 * (x1 - x0);
            double y = y0 + 0.25 * (y1 - y0);
            Color c = ViewFixtures.pixel(img, (int) Math.round(x), (int) Math.round(y));
            if (Math.abs(w2) > 0.3) {
                if (w2 > 0) {
                    assertThat(c.getBlue()).as("edge %d (w=%f) %s", j, w2, c).isGreaterThan(c.getRed() + 0.2);
                } else {
                    assertThat(c.getRed()).as("edge %d (w=%f) %s", j, w2, c).isGreaterThan(c.getBlue() + 0.2);
                }
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void captionNamesThePlacementAndTheActivation() {
        assertThat(NetworkDiagramView.caption(Placement.BEFORE, Activation.SIGMOID)).startsWith("a = sigmoid(BN(z))");
        assertThat(NetworkDiagramView.caption(Placement.AFTER, Activation.TANH)).startsWith("a = BN(tanh(z))");
        assertThat(NetworkDiagramView.caption(Placement.NONE, Activation.RELU)).startsWith("no BN").contains("ReLU(z)");
        NetworkDiagramView v = new NetworkDiagramView();
        ViewFixtures.render(v, ViewFixtures.frameWithPlacement(Placement.NONE, 3), 420, 330);
        assertThat(v.caption()).startsWith("no BN");
        assertThat(v.lastLayout().bnBlock(0)).isNull();
    }

    @Test
    void sixtyFourNeuronsAreAllClickableWithoutText() {
        ViewFrame f = ViewFixtures.frameAfter(2, SessionConfig.defaults().withHidden(64), Hyperparams.defaults());
        NetworkDiagramView v = new NetworkDiagramView();
        ViewFixtures.render(v, f, 420, 330);
        NetworkLayout l = v.lastLayout();
        assertThat(l.bnText()).isEqualTo(NetworkLayout.BnText.HIDDEN);
        for (int j = 0; j < 64; j++) {
            assertThat(v.neuronAt(l.neuron(j).x(), l.neuron(j).y())).isEqualTo(j);
        }
    }

    @Test
    void gammaBetaTextFormatsNaNAndSigns() {
        assertThat(NetworkDiagramView.gammaLine(1.0)).isEqualTo("γ = 1.00");
        assertThat(NetworkDiagramView.betaLine(-0.125)).isEqualTo("β = \u22120.13");
        assertThat(NetworkDiagramView.twoDecimals(Double.NaN)).isEqualTo("–");
    }

    /** Several hidden layers: one column per layer, a click on a circle picks layer and neuron, on a column the layer. */
    @Test
    void withSeveralLayersAClickPicksALayerAndANeuron() {
        SessionConfig deep = SessionConfig.defaults().withLayers(4).withHidden(5);
        ViewFrame f = ViewFixtures.frameAfter(30, deep, Hyperparams.defaults(), 2);
        assertThat(f.shownLayer()).isEqualTo(2);
        NetworkDiagramView v = new NetworkDiagramView();
        List<Integer> layers = new ArrayList<>();
        List<Integer> neurons = new ArrayList<>();
        v.setOnLayerSelected(layers::add);
        v.setOnNeuronSelected(neurons::add);
        WritableImage img = ViewFixtures.render(v, f, 620, 420);
        ViewFixtures.saveIfRequested(img, "test-net-deep");
        assertThat(v.lastLayout()).isNull();
        dev.bnlab.plot.DeepNetworkLayout l = v.lastDeepLayout();
        assertThat(l.layers()).isEqualTo(4);
        assertThat(l.rows()).isEqualTo(5);
        click(v, l.columnX(3), l.rowY(4));
        assertThat(layers).containsExactly(3);
        assertThat(neurons).containsExactly(4);
        // on a layer's spread strip: the layer, no neuron
        click(v, l.columnX(1), (l.stripTop() + l.stripBottom()) / 2);
        assertThat(layers).containsExactly(3, 1);
        assertThat(neurons).containsExactly(4);
        // the input column picks nothing
        click(v, l.inputX(), l.rowY(0));
        assertThat(layers).containsExactly(3, 1);
        assertThat(v.caption()).startsWith("4 hidden layers of 5");
    }

    @Test
    void aWideLayerShowsItsFirstTenNeuronsAndSaysHowManyMore() {
        SessionConfig wide = SessionConfig.defaults().withLayers(2).withHidden(16);
        NetworkDiagramView v = new NetworkDiagramView();
        ViewFixtures.render(v, ViewFixtures.frameAfter(5, wide, Hyperparams.defaults()), 620, 420);
        assertThat(v.lastDeepLayout().rows()).isEqualTo(dev.bnlab.plot.DeepNetworkLayout.MAX_ROWS);
    }
}
