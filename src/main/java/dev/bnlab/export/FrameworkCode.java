package dev.bnlab.export;

import dev.bnlab.core.Activation;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.InputTransform;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;

/**
 * PyTorch and Keras source that builds the app's network (2 → h → 1, BN none/before/after the activation) and
 * its training setup with the current settings, the BN momentum translated between the two conventions.
 */
public final class FrameworkCode {

    private static final String NL = "\n";

    private FrameworkCode() {
    }

    /** PyTorch: nn.Sequential, BCEWithLogitsLoss, torch.optim.SGD, and a train_step on one mini-batch. */
    public static String pytorch(SessionConfig cfg, Hyperparams hp) {
        MomentumTranslation mt = MomentumTranslation.of(hp);
        int h = cfg.hidden();
        String eps = PythonNumber.literal(hp.eps());
        StringBuilder s = new StringBuilder();
        header(s, cfg, hp);
        s.append("import torch").append(NL);
        s.append("from torch import nn").append(NL).append(NL);
        if (cfg.placement().hasBatchNorm()) {
            if (mt.cumulative()) {
                s.append("# momentum=None: PyTorch's cumulative average of all batch statistics seen so far.").append(NL);
            } else {
                s.append(momentumComment(hp, "PyTorch", "momentum = " + PythonNumber.literal(mt.torchMomentum())
                        + ", the weight of the batch"));
            }
            s.append("# PyTorch's running variance is unbiased (batch variance · n/(n−1)); Keras's is biased.").append(NL);
            s.append("# eps is written out: the defaults differ (PyTorch 1e-5, Keras 1e-3).").append(NL);
        }
        String bn = "nn.BatchNorm1d(" + h + ", eps=" + eps + ", momentum="
                + (mt.cumulative() ? "None" : PythonNumber.literal(mt.torchMomentum())) + "),";
        String act = torchActivation(cfg.activation()) + ",";
        s.append("model = nn.Sequential(").append(NL);
        for (int k = 0; k < cfg.layers(); k++) {
            line(s, "nn.Linear(" + (k == 0 ? 2 : h) + ", " + h + "),  # hidden layer " + (k + 1));
            hiddenBlock(s, cfg.placement(), bn, act);
        }
        line(s, "nn.Linear(" + h + ", 1),  # logit; the sigmoid is inside the loss");
        s.append(")").append(NL);
        s.append("loss_fn = nn.BCEWithLogitsLoss()").append(NL);
        s.append("optimizer = torch.optim.SGD(model.parameters(), lr=").append(PythonNumber.literal(hp.learningRate()))
                .append(")").append(NL);
        s.append("batch_size = ").append(hp.batchSize()).append(NL).append(NL);
        s.append(NL);
        s.append("def train_step(x, y):").append(NL);
        s.append("    \"\"\"One SGD step on a mini-batch: x is (batch_size, 2) float, y is (batch_size, 1) of 0/1.\"\"\"")
                .append(NL);
        s.append("    model.train()").append(NL);
        s.append("    optimizer.zero_grad()").append(NL);
        s.append("    loss = loss_fn(model(x), y)").append(NL);
        s.append("    loss.backward()").append(NL);
        s.append("    optimizer.step()").append(NL);
        s.append("    return loss.item()").append(NL);
        return s.toString();
    }

    /** Keras: keras.Sequential, BinaryCrossentropy(from_logits=True), SGD, and fit with the batch size. */
    public static String keras(SessionConfig cfg, Hyperparams hp) {
        MomentumTranslation mt = MomentumTranslation.of(hp);
        int h = cfg.hidden();
        String eps = PythonNumber.literal(hp.eps());
        StringBuilder s = new StringBuilder();
        header(s, cfg, hp);
        s.append("import keras").append(NL);
        s.append("from keras import layers").append(NL).append(NL);
        String bn;
        if (cfg.placement().hasBatchNorm()) {
            if (mt.cumulative()) {
                s.append("# Keras has no equivalent of PyTorch's momentum=None (cumulative average of all batch").append(NL);
                s.append("# statistics); this layer keeps Keras's default moving average (momentum 0.99) instead.")
                        .append(NL);
                bn = "layers.BatchNormalization(epsilon=" + eps + "),";
            } else {
                s.append(momentumComment(hp, "Keras", "momentum = " + PythonNumber.literal(mt.kerasMomentum())
                        + ", the weight of the old running value"));
                bn = "layers.BatchNormalization(momentum=" + PythonNumber.literal(mt.kerasMomentum())
                        + ", epsilon=" + eps + "),";
            }
            s.append("# Keras's running variance is biased (batch variance as is); PyTorch's is unbiased (· n/(n−1)).")
                    .append(NL);
            s.append("# epsilon is written out: the defaults differ (Keras 1e-3, PyTorch 1e-5).").append(NL);
        } else {
            bn = "";
        }
        String act = "layers.Activation(\"" + cfg.activation().id() + "\"),";
        s.append("model = keras.Sequential([").append(NL);
        line(s, "keras.Input(shape=(2,)),");
        for (int k = 0; k < cfg.layers(); k++) {
            line(s, "layers.Dense(" + h + "),  # hidden layer " + (k + 1));
            hiddenBlock(s, cfg.placement(), bn, act);
        }
        line(s, "layers.Dense(1),  # logit; the sigmoid is inside the loss");
        s.append("])").append(NL);
        s.append("model.compile(").append(NL);
        line(s, "optimizer=keras.optimizers.SGD(learning_rate=" + PythonNumber.literal(hp.learningRate()) + "),");
        line(s, "loss=keras.losses.BinaryCrossentropy(from_logits=True),");
        line(s, "metrics=[\"accuracy\"],");
        s.append(")").append(NL).append(NL);
        s.append(NL);
        s.append("def train(x, y, epochs=10):").append(NL);
        s.append("    \"\"\"x is (N, 2) float, y is (N, 1) of 0/1.\"\"\"").append(NL);
        s.append("    return model.fit(x, y, batch_size=").append(hp.batchSize()).append(", epochs=epochs)").append(NL);
        return s.toString();
    }

    static String torchActivation(Activation a) {
        return switch (a) {
            case SIGMOID -> "nn.Sigmoid()";
            case TANH -> "nn.Tanh()";
            case RELU -> "nn.ReLU()";
        };
    }

    /** BN then activation (before), activation then BN (after), or the activation alone (none). */
    private static void hiddenBlock(StringBuilder s, Placement p, String bn, String act) {
        switch (p) {
            case BEFORE -> {
                line(s, bn);
                line(s, act);
            }
            case AFTER -> {
                line(s, act);
                line(s, bn);
            }
            case NONE -> line(s, act);
        }
    }

    private static void header(StringBuilder s, SessionConfig cfg, Hyperparams hp) {
        s.append("# BN Lab network: 2");
        for (int k = 0; k < cfg.layers(); k++) {
            s.append(" → ").append(cfg.hidden());
        }
        s.append(" → 1, hidden activation ").append(cfg.activation().id()).append(", BN ")
                .append(placementText(cfg.placement())).append(cfg.layers() > 1 ? " in every hidden layer" : "")
                .append(NL);
        InputTransform in = cfg.data().input();
        if (!in.isIdentity()) {
            // x′ = scale·x + offset, as the lab feeds the inputs to the network
            s.append("# inputs: the lab trains and tests on x' = ").append(PythonNumber.literal(in.scale()))
                    .append(" * x + ").append(PythonNumber.literal(in.offset()))
                    .append(" (both features; do the same to your data)").append(NL);
        }
        s.append("# settings: lr ").append(PythonNumber.literal(hp.learningRate())).append(", batch size ")
                .append(hp.batchSize()).append(", momentum ").append(PythonNumber.literal(hp.momentum())).append(" (")
                .append(hp.convention().id()).append(" convention), eps ").append(PythonNumber.literal(hp.eps()))
                .append(NL);
    }

    private static String momentumComment(Hyperparams hp, String framework, String result) {
        return "# The app's m = " + PythonNumber.literal(hp.momentum()) + " is in the "
                + MomentumTranslation.describe(hp.convention()) + "." + NL
                + "# In " + framework + "'s convention that is " + result + "." + NL;
    }

    private static String placementText(Placement p) {
        return switch (p) {
            case NONE -> "none";
            case BEFORE -> "before the activation";
            case AFTER -> "after the activation";
        };
    }

    private static void line(StringBuilder s, String text) {
        s.append("    ").append(text).append(NL);
    }
}
