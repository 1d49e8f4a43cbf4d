package dev.bnlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Placement;
import org.junit.jupiter.api.Test;

class NetworkLayoutTest {

    private static NetworkLayout layout(int h, Placement p) {
        // a diagram area like the one of a 420 × 330 view
        return new NetworkLayout(24, 64, 364, 236, h, p, 60, 100);
    }

    @Test
    void clickOnEachNeuronCentreSelectsIt() {
        for (Placement p : Placement.values()) {
            for (int h : new int[] {1, 2, 3, 8, 17, 64}) {
                NetworkLayout l = layout(h, p);
                for (int j = 0; j < h; j++) {
                    NetworkLayout.Node n = l.neuron(j);
                    assertThat(l.hitTest(n.x(), n.y())).as("%s h=%d j=%d", p, h, j).isEqualTo(j);
                }
            }
        }
    }

    @Test
    void clickElsewhereSelectsNothing() {
        NetworkLayout l = layout(3, Placement.BEFORE);
        assertThat(l.hitTest(l.input(0).x(), l.input(0).y())).isEqualTo(NetworkLayout.NONE);
        assertThat(l.hitTest(l.input(1).x(), l.input(1).y())).isEqualTo(NetworkLayout.NONE);
        assertThat(l.hitTest(l.output().x(), l.output().y())).isEqualTo(NetworkLayout.NONE);
        assertThat(l.hitTest(0, 0)).isEqualTo(NetworkLayout.NONE);
        NetworkLayout.Node n = l.neuron(1);
        // halfway between the neuron and the output node, on its row
        assertThat(l.hitTest((n.x() + l.output().x()) / 2, n.y())).isEqualTo(NetworkLayout.NONE);
        // in the gap between two rows, at the circles' column
        double between = (l.rowY(0) + l.rowY(1)) / 2;
        assertThat(l.hitTest(n.x(), between)).isEqualTo(NetworkLayout.NONE);
        // below the last row and above the first
        assertThat(l.hitTest(n.x(), l.rowY(2) + l.rowSpacing())).isEqualTo(NetworkLayout.NONE);
        assertThat(l.hitTest(n.x(), l.rowY(0) - l.rowSpacing())).isEqualTo(NetworkLayout.NONE);
    }

    @Test
    void theBnBlockAlsoSelectsItsNeuron() {
        for (Placement p : new Placement[] {Placement.BEFORE, Placement.AFTER}) {
            NetworkLayout l = layout(3, p);
            NetworkLayout.Box b = l.bnBlock(2);
            assertThat(l.hitTest(b.centerX(), b.y() + b.h() / 2)).isEqualTo(2);
        }
    }

    @Test
    void bnBlockSitsBeforeOrAfterTheCircleOrNowhere() {
        NetworkLayout before = layout(3, Placement.BEFORE);
        NetworkLayout.Box b = before.bnBlock(0);
        NetworkLayout.Node n = before.neuron(0);
        assertThat(b.x() + b.w()).isLessThan(n.x() - n.r());
        assertThat(before.inX(0)).isEqualTo(b.x());
        assertThat(before.outX(0)).isEqualTo(n.x() + n.r());

        NetworkLayout after = layout(3, Placement.AFTER);
        b = after.bnBlock(0);
        n = after.neuron(0);
        assertThat(b.x()).isGreaterThan(n.x() + n.r());
        assertThat(after.inX(0)).isEqualTo(n.x() - n.r());
        assertThat(after.outX(0)).isEqualTo(b.x() + b.w());

        assertThat(layout(3, Placement.NONE).bnBlock(0)).isNull();
    }

    @Test
    void neuronsFitTheirRowsAndTheAreaForUpTo64() {
        for (int h = 1; h <= 64; h++) {
            NetworkLayout l = layout(h, Placement.BEFORE);
            NetworkLayout.Node first = l.neuron(0);
            NetworkLayout.Node last = l.neuron(h - 1);
            assertThat(2 * first.r()).as("h=%d", h).isLessThan(l.rowSpacing());
            assertThat(first.y() - first.r()).isGreaterThanOrEqualTo(64);
            assertThat(last.y() + last.r()).isLessThanOrEqualTo(64 + 236);
            assertThat(l.bnBlock(0).h()).isLessThanOrEqualTo(l.rowSpacing());
            // nodes stay inside the area horizontally
            assertThat(l.input(0).x() - l.input(0).r()).isGreaterThanOrEqualTo(24);
            assertThat(l.output().x() + l.output().r()).isLessThanOrEqualTo(24 + 364);
        }
    }

    @Test
    void gammaBetaTextIsDroppedWhenRowsGetThin() {
        assertThat(layout(3, Placement.BEFORE).bnText()).isEqualTo(NetworkLayout.BnText.TWO_LINES);
        assertThat(layout(8, Placement.BEFORE).bnText()).isEqualTo(NetworkLayout.BnText.ONE_LINE);
        assertThat(layout(64, Placement.BEFORE).bnText()).isEqualTo(NetworkLayout.BnText.HIDDEN);
        // too narrow for the text even with room between rows
        NetworkLayout narrow = new NetworkLayout(0, 0, 200, 236, 3, Placement.BEFORE, 60, 100);
        assertThat(narrow.bnText()).isEqualTo(NetworkLayout.BnText.HIDDEN);
    }
}
