package dev.bnlab.experiments;

import dev.bnlab.core.Activation;
import dev.bnlab.core.DataConfig;
import dev.bnlab.core.DatasetKind;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.InputTransform;
import dev.bnlab.core.SessionConfig;

/**
 * The network and data an experiment trains: the app's defaults (2048/512 points, 3 neurons per hidden layer,
 * batch 32, Keras momentum 0.9, ε = 10⁻³) except for the data set, the number of hidden layers, the activation,
 * the input transform and the learning rate. The presets are the settings where docs/experiments.md measured
 * each of the explainer's claims, and the small network where several of them do not show.
 *
 * @param data         the toy problem
 * @param layers       hidden layers L
 * @param activation   hidden activation
 * @param input        input transform (train and test data alike)
 * @param learningRate η
 */
public record ExperimentSetup(DatasetKind data, int layers, Activation activation, InputTransform input,
                              double learningRate) {

    /** The card's 2 → 3 → 1 sigmoid network on XOR at learning rate 1: the app's defaults. */
    public static final ExperimentSetup SMALL = new ExperimentSetup(DatasetKind.XOR, 1, Activation.SIGMOID,
            InputTransform.NONE, 1.0);
    /** Three hidden sigmoid layers on circles at learning rate 1. */
    public static final ExperimentSetup DEEP = new ExperimentSetup(DatasetKind.CIRCLES, 3, Activation.SIGMOID,
            InputTransform.NONE, 1.0);
    /** {@link #DEEP} at the base learning rate 0.1, so that ×30 is 3. */
    public static final ExperimentSetup DEEP_SLOW = new ExperimentSetup(DatasetKind.CIRCLES, 3, Activation.SIGMOID,
            InputTransform.NONE, 0.1);
    /** Three hidden sigmoid layers on XOR at learning rate 1 (the split learning rate). */
    public static final ExperimentSetup DEEP_XOR = new ExperimentSetup(DatasetKind.XOR, 3, Activation.SIGMOID,
            InputTransform.NONE, 1.0);
    /** One hidden sigmoid layer on circles with the inputs ×10: badly scaled inputs. */
    public static final ExperimentSetup SCALED = new ExperimentSetup(DatasetKind.CIRCLES, 1, Activation.SIGMOID,
            new InputTransform(10, 0), 1.0);

    public ExperimentSetup {
        if (data == null || activation == null || input == null) {
            throw new IllegalArgumentException("data, activation and input transform are required");
        }
    }

    /** The session settings for a seed (data, initial weights and batch order). */
    public SessionConfig config(long seed) {
        return SessionConfig.defaults().withData(DataConfig.defaults().withKind(data).withInput(input))
                .withLayers(layers).withActivation(activation).withSeed(seed);
    }

    public Hyperparams hyperparams() {
        return Hyperparams.defaults().withLearningRate(learningRate);
    }

    public ExperimentSetup withLayers(int l) {
        return new ExperimentSetup(data, l, activation, input, learningRate);
    }
}
