package dev.bnlab.scenario;

/** The result of replaying a {@link Scenario}: the structure of a golden file's {@code expected} member. */
public sealed interface Trace permits BnLayerTrace, MlpTrainingTrace {
}
