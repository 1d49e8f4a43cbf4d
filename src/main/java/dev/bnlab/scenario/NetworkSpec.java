package dev.bnlab.scenario;

import dev.bnlab.core.Activation;
import dev.bnlab.core.Placement;

/** {@code input.network}: d inputs, h hidden neurons (1..64), the hidden activation and where BN sits. */
public record NetworkSpec(int inputs, int hidden, Activation activation, Placement placement) {
}
