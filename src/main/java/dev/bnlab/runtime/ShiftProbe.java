package dev.bnlab.runtime;

import dev.bnlab.core.TestShift;
import dev.bnlab.core.Vec;
import dev.bnlab.experiments.SeriesTable;
import dev.bnlab.experiments.TestSetView;

/**
 * Covariate shift on the live network at the user's shift (computed by the experiments package:
 * {@code TestSetView}, {@code AdaptiveBatchNorm}).
 *
 * @param shift         the test shift
 * @param neuron        the neuron of the pre-BN values
 * @param cleanPreBn    the neuron's pre-BN values on the unshifted test set (eval mode)
 * @param shiftedPreBn  the same on the shifted test set
 * @param runningMean   the neuron's running mean (from training)
 * @param runningVar    its running variance
 * @param adaBnMean     the mean re-estimated by AdaBN on the shifted test set
 * @param adaBnVar      the re-estimated variance
 * @param clean         eval accuracy and loss on the unshifted test set
 * @param shifted       on the shifted test set with the running statistics
 * @param adapted       on the shifted test set after AdaBN
 * @param adaBnApplied  whether the user switched AdaBN on
 * @param shiftSweep    accuracy (and after AdaBN) for shifts (d, d), like the experiment's series
 * @param scaleSweep    the same for scale factors
 */
public record ShiftProbe(TestShift shift, int neuron, Vec cleanPreBn, Vec shiftedPreBn, double runningMean,
                         double runningVar, double adaBnMean, double adaBnVar, TestSetView.Score clean,
                         TestSetView.Score shifted, TestSetView.Score adapted, boolean adaBnApplied,
                         SeriesTable shiftSweep, SeriesTable scaleSweep) {

    /** The eval accuracy the app shows now: with AdaBN statistics when switched on, else running statistics. */
    public double currentAccuracy() {
        return adaBnApplied ? adapted.accuracy() : shifted.accuracy();
    }

    /** (AdaBN − shifted)/(clean − shifted): the share of the drop AdaBN wins back (NaN without a drop). */
    public double recoveredFraction() {
        double drop = clean.accuracy() - shifted.accuracy();
        return drop > 0 ? (adapted.accuracy() - shifted.accuracy()) / drop : Double.NaN;
    }
}
