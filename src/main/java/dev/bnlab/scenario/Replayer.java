package dev.bnlab.scenario;

/**
 * Runs a {@link Scenario} on the numeric core and returns its {@link Trace}. Fails with a
 * {@link ScenarioException} instead of returning a trace that would contain NaN or Infinity.
 */
public final class Replayer {

    public Trace replay(Scenario scenario) throws ScenarioException {
        if (scenario instanceof BnLayerCase bnLayer) {
            return new BnLayerReplay(bnLayer).run();
        }
        return new MlpTrainingReplay((MlpTrainingCase) scenario).run();
    }
}
