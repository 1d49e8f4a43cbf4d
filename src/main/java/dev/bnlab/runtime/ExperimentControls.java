package dev.bnlab.runtime;

import dev.bnlab.core.TestShift;
import dev.bnlab.experiments.CovariateShiftExperiment;
import dev.bnlab.experiments.IcsExperiment;

/**
 * What the user set in the Experiments mode besides play/step (immutable; the FX thread sends a new value, the
 * experiment thread uses it for the next frame).
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
public record ExperimentControls(int neuron, int testPoint, double shift, double scale, boolean adaBn,
                                 double couplingScale, double noiseStrength, boolean batchOfOne) {

    /** Shift of the experiment's "large shift", a = 2 (so the coupling shows), the experiments' noise. */
    public static final ExperimentControls DEFAULTS = new ExperimentControls(0, 0,
            CovariateShiftExperiment.LARGE_SHIFT.dx(), CovariateShiftExperiment.LARGE_SHIFT.scale(), false, 2.0,
            IcsExperiment.DEFAULT_NOISE, false);

    public ExperimentControls {
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

    public ExperimentControls withNeuron(int j) {
        return new ExperimentControls(j, testPoint, shift, scale, adaBn, couplingScale, noiseStrength, batchOfOne);
    }

    public ExperimentControls withTestPoint(int i) {
        return new ExperimentControls(neuron, i, shift, scale, adaBn, couplingScale, noiseStrength, batchOfOne);
    }

    public ExperimentControls withShift(double d) {
        return new ExperimentControls(neuron, testPoint, d, scale, adaBn, couplingScale, noiseStrength, batchOfOne);
    }

    public ExperimentControls withScale(double s) {
        return new ExperimentControls(neuron, testPoint, shift, s, adaBn, couplingScale, noiseStrength, batchOfOne);
    }

    public ExperimentControls withAdaBn(boolean on) {
        return new ExperimentControls(neuron, testPoint, shift, scale, on, couplingScale, noiseStrength, batchOfOne);
    }

    public ExperimentControls withCouplingScale(double a) {
        return new ExperimentControls(neuron, testPoint, shift, scale, adaBn, a, noiseStrength, batchOfOne);
    }

    public ExperimentControls withNoiseStrength(double k) {
        return new ExperimentControls(neuron, testPoint, shift, scale, adaBn, couplingScale, k, batchOfOne);
    }

    public ExperimentControls withBatchOfOne(boolean on) {
        return new ExperimentControls(neuron, testPoint, shift, scale, adaBn, couplingScale, noiseStrength, on);
    }
}
