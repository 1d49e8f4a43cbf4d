package dev.bnlab.core;

/**
 * Column layout of the session's two histories.
 *
 * <p>Step history: step, loss, accuracy, learning rate, then per neuron j the
 * {@value #PER_NEURON} columns μ_B, σ²_B, running mean, running var, γ, β, saturation.
 *
 * <p>Eval history: step, test loss, test accuracy, then per neuron j population mean and population var.
 */
public final class HistoryColumns {

    public static final int STEP = 0;
    public static final int LOSS = 1;
    public static final int ACCURACY = 2;
    public static final int LEARNING_RATE = 3;
    public static final int FIRST_NEURON = 4;
    public static final int PER_NEURON = 7;
    public static final int BATCH_MEAN = 0;
    public static final int BATCH_VAR = 1;
    public static final int RUNNING_MEAN = 2;
    public static final int RUNNING_VAR = 3;
    public static final int GAMMA = 4;
    public static final int BETA = 5;
    public static final int SATURATION = 6;

    public static final int EVAL_STEP = 0;
    public static final int EVAL_TEST_LOSS = 1;
    public static final int EVAL_TEST_ACCURACY = 2;
    public static final int EVAL_FIRST_NEURON = 3;
    public static final int EVAL_PER_NEURON = 2;
    public static final int POPULATION_MEAN = 0;
    public static final int POPULATION_VAR = 1;

    private HistoryColumns() {
    }

    public static int stepWidth(int hidden) {
        return FIRST_NEURON + PER_NEURON * hidden;
    }

    public static int evalWidth(int hidden) {
        return EVAL_FIRST_NEURON + EVAL_PER_NEURON * hidden;
    }

    /** Column of quantity q (BATCH_MEAN … SATURATION) of neuron j in the step history. */
    public static int neuron(int j, int q) {
        return FIRST_NEURON + PER_NEURON * j + q;
    }

    /** Column of quantity q (POPULATION_MEAN or POPULATION_VAR) of neuron j in the eval history. */
    public static int evalNeuron(int j, int q) {
        return EVAL_FIRST_NEURON + EVAL_PER_NEURON * j + q;
    }
}
