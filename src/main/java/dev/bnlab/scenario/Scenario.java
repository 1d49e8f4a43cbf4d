package dev.bnlab.scenario;

/** The {@code input} of one golden-schema file (docs/golden-schema.md §1): a single BN layer or an SGD run. */
public sealed interface Scenario permits BnLayerCase, MlpTrainingCase {
}
