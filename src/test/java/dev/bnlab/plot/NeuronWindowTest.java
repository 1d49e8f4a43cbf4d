package dev.bnlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NeuronWindowTest {

    @Test
    void contiguousStartsAtTheSelectedNeuron() {
        NeuronWindow w = NeuronWindow.contiguous(1, 8, 4);
        assertThat(w.neurons()).containsExactly(1, 2, 3, 4);
        assertThat(w.caption()).isEqualTo("showing neurons 2–5 of 8");
    }

    @Test
    void contiguousMovesLeftAtTheEndButKeepsTheSelectedOne() {
        NeuronWindow w = NeuronWindow.contiguous(6, 8, 4);
        assertThat(w.neurons()).containsExactly(4, 5, 6, 7);
        assertThat(w.caption()).isEqualTo("showing neurons 5–8 of 8");
    }

    @Test
    void allShownNeedsNoCaption() {
        NeuronWindow w = NeuronWindow.contiguous(2, 3, 4);
        assertThat(w.neurons()).containsExactly(0, 1, 2);
        assertThat(w.showsAll()).isTrue();
        assertThat(w.caption()).isEmpty();
    }

    @Test
    void selectedFirstWrapsAround() {
        assertThat(NeuronWindow.selectedFirst(2, 3, 3).neurons()).containsExactly(2, 0, 1);
        NeuronWindow w = NeuronWindow.selectedFirst(7, 8, 3);
        assertThat(w.neurons()).containsExactly(7, 0, 1);
        assertThat(w.caption()).isEqualTo("showing neurons 8, 1, 2 of 8");
    }

    @Test
    void anOutOfRangeSelectionIsClamped() {
        assertThat(NeuronWindow.contiguous(99, 3, 1).neurons()).containsExactly(2);
        assertThat(NeuronWindow.selectedFirst(-1, 3, 1).neurons()).containsExactly(0);
    }
}
