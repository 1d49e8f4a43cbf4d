package dev.bnlab.runtime;

import dev.bnlab.core.Placement;
import dev.bnlab.core.Vec;
import dev.bnlab.experiments.CouplingMeasurement;
import dev.bnlab.experiments.SeriesTable;
import java.util.List;

/**
 * Layer coupling on the live networks: W1 and b1 scaled by a, on the last shared batch, training mode.
 *
 * @param factor a
 * @param runs   per run
 * @param sweep  the experiment's "coupling" series (largest changes over the a grid), live until it has run
 */
public record CouplingProbe(double factor, List<ScaledRun> runs, SeriesTable sweep) {

    public CouplingProbe {
        runs = List.copyOf(runs);
    }

    /**
     * One run with and without the scaling.
     *
     * @param label       the run's label
     * @param placement   its BN placement
     * @param hidden      h
     * @param batchSize   n
     * @param inputAt1    activation inputs, neuron-major (j·n + i), unscaled
     * @param inputAtA    the same with W1, b1 scaled by a
     * @param measurement {@code LayerCoupling.scaleFirstLayer}: largest changes of activation input and output
     */
    public record ScaledRun(String label, Placement placement, int hidden, int batchSize, Vec inputAt1, Vec inputAtA,
                            CouplingMeasurement measurement) {
    }
}
