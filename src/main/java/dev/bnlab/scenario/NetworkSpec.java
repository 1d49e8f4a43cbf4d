package dev.bnlab.scenario;

import dev.bnlab.core.Activation;
import dev.bnlab.core.Placement;

/**
 * {@code input.network}: d inputs, the widths of the hidden layers (one for {@code mlp_training}, 1–8 for
 * {@code deep_mlp_training}, each 1..64), the hidden activation and where BN sits.
 */
public record NetworkSpec(int inputs, int[] hidden, Activation activation, Placement placement) {
}
