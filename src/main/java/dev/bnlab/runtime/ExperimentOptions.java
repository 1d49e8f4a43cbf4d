package dev.bnlab.runtime;

import dev.bnlab.core.TestShift;
import dev.bnlab.experiments.CovariateShiftExperiment;
import dev.bnlab.experiments.IcsExperiment;

/**
 * The options the user set for the experiment on show besides play/step (immutable; the FX thread sends a new value,
 * the engine thread uses it for the next frame).
 *
 * @param neuron        hidden neuron shown in detail views (0-based)
 * @param testPoint     test point followed by single-instance inference
 * @param shift         test-set translation d, both axes (covariate shift)
 * @param scale         test-set scale factor (covariate shift)
 * @param adaBn         evaluate the shifted test set with AdaBN statistics instead of the running ones
 * @param couplingScale factor a on W1 and b1 (layer coupling)
 * @param noiseStrength strength k of the noisy-BN run (ICS), in [0, 1]
 * @param batchOfOne    the user asked to train on the selected point alone (batch size 1)
 */
public record ExperimentOptions(int neuron, int testPoint, double shift, double scale, boolean adaBn,
                                double couplingScale, double noiseStrength, boolean batchOfOne) {

    /** Shift of the experiment's "large shift", a = 2 (so the coupling shows), the experiments' noise. */
    public static final ExperimentOptions DEFAULTS = new ExperimentOptions(0, 0,
            CovariateShiftExperiment.LARGE_SHIFT.dx(), CovariateShiftExperiment.LARGE_SHIFT.scale(), false, 2.0,
            IcsExperiment.DEFAULT_NOISE, false);

    public ExperimentOptions {
        if (neuron < 0 || testPoint < 0) {
            throw new IllegalArgumentException("neuron and test point must be ≥ 0");
        }
        if (!(scale > 0) || !Double.isFinite(shift) || !(couplingScale > 0)) {
            throw new IllegalArgumentException("scale factors must be > 0 and the shift finite");
        }
        if (!(noiseStrength >= 0 && noiseStrength <= 1)) {
            throw new IllegalArgumentException("noise strength must be in [0, 1], got " + noiseStrength);
        }
    }

    /** The test shift x′ = scale·x + (d, d). */
    public TestShift testShift() {
        return new TestShift(shift, shift, scale);
    }

    public ExperimentOptions withNeuron(int j) {
        return new ExperimentOptions(j, testPoint, shift, scale, adaBn, couplingScale, noiseStrength, batchOfOne);
    }

    public ExperimentOptions withTestPoint(int i) {
        return new ExperimentOptions(neuron, i, shift, scale, adaBn, couplingScale, noiseStrength, batchOfOne);
    }

    public ExperimentOptions withShift(double d) {
        return new ExperimentOptions(neuron, testPoint, d, scale, adaBn, couplingScale, noiseStrength, batchOfOne);
    }

    public ExperimentOptions withScale(double s) {
        return new ExperimentOptions(neuron, testPoint, shift, s, adaBn, couplingScale, noiseStrength, batchOfOne);
    }

    public ExperimentOptions withAdaBn(boolean on) {
        return new ExperimentOptions(neuron, testPoint, shift, scale, on, couplingScale, noiseStrength, batchOfOne);
    }

    public ExperimentOptions withCouplingScale(double a) {
        return new ExperimentOptions(neuron, testPoint, shift, scale, adaBn, a, noiseStrength, batchOfOne);
    }

    public ExperimentOptions withNoiseStrength(double k) {
        return new ExperimentOptions(neuron, testPoint, shift, scale, adaBn, couplingScale, k, batchOfOne);
    }

    public ExperimentOptions withBatchOfOne(boolean on) {
        return new ExperimentOptions(neuron, testPoint, shift, scale, adaBn, couplingScale, noiseStrength, on);
    }
}
