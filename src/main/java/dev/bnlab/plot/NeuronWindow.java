package dev.bnlab.plot;

import dev.bnlab.i18n.Messages;

/**
 * Which hidden neurons a small-multiples view shows when not all of them fit.
 *
 * @param neurons the neurons shown, in column order (0-based)
 * @param hidden  h, the number of hidden neurons
 */
public record NeuronWindow(int[] neurons, int hidden) {

    /**
     * A contiguous run of up to {@code max} neurons that starts at the selected one, moved left when it would
     * run past the last neuron (so it stays full and still contains the selected one).
     */
    public static NeuronWindow contiguous(int selected, int hidden, int max) {
        int count = Math.max(1, Math.min(max, hidden));
        int sel = clampSelected(selected, hidden);
        int first = Math.min(sel, hidden - count);
        int[] js = new int[count];
        for (int c = 0; c < count; c++) {
            js[c] = first + c;
        }
        return new NeuronWindow(js, hidden);
    }

    /** The selected neuron first, then the ones after it (wrapping around), up to {@code max}. */
    public static NeuronWindow selectedFirst(int selected, int hidden, int max) {
        int count = Math.max(1, Math.min(max, hidden));
        int sel = clampSelected(selected, hidden);
        int[] js = new int[count];
        for (int c = 0; c < count; c++) {
            js[c] = (sel + c) % hidden;
        }
        return new NeuronWindow(js, hidden);
    }

    private static int clampSelected(int selected, int hidden) {
        if (hidden < 1) {
            throw new IllegalArgumentException("a network has at least one hidden neuron, got " + hidden);
        }
        return Math.max(0, Math.min(hidden - 1, selected));
    }

    public int count() {
        return neurons.length;
    }

    public int neuron(int column) {
        return neurons[column];
    }

    public boolean showsAll() {
        return neurons.length == hidden;
    }

    /** "showing neurons 3–6 of 8" (1-based), or "" when all are shown. */
    public String caption() {
        if (showsAll()) {
            return "";
        }
        if (neurons.length == 1) {
            return Messages.format("views.neurons.one", Integer.toString(neurons[0] + 1), Integer.toString(hidden));
        }
        boolean contiguous = true;
        for (int c = 1; c < neurons.length; c++) {
            contiguous &= neurons[c] == neurons[c - 1] + 1;
        }
        if (contiguous) {
            return Messages.format("views.neurons.range", Integer.toString(neurons[0] + 1),
                    Integer.toString(neurons[neurons.length - 1] + 1), Integer.toString(hidden));
        }
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < neurons.length; c++) {
            s.append(c == 0 ? "" : ", ").append(neurons[c] + 1);
        }
        return Messages.format("views.neurons.list", s.toString(), Integer.toString(hidden));
    }
}
