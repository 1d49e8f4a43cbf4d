package dev.bnlab.core;

import java.util.Arrays;

/**
 * How one hidden layer's activation inputs spread over a batch, pooled over the layer's neurons: percentiles
 * of every (neuron, example) value and the share in the activation's saturated region. The values a deep net
 * without BN squeezes into a narrow band, or pushes into saturation, layer by layer.
 *
 * <p>Percentiles interpolate linearly between order statistics, P(p) = v₍ₖ₎ + f·(v₍ₖ₊₁₎ − v₍ₖ₎) with
 * k + f = p·(N − 1), over all N = n·h values when N ≤ {@value #MAX_SAMPLE}, else over every ⌈N/4096⌉-th value.
 *
 * @param p05       5th percentile
 * @param p15       15th percentile
 * @param p50       median
 * @param p85       85th percentile
 * @param p95       95th percentile
 * @param saturated share of all values in the saturated region ({@link Activation#isSaturated})
 */
public record LayerSpread(double p05, double p15, double p50, double p85, double p95, double saturated) {

    /** Largest number of values sorted for the percentiles. */
    public static final int MAX_SAMPLE = 4096;

    /** The spread of layer k's activation inputs in the network's last forward pass. */
    static LayerSpread of(Network net, int k) {
        HiddenLayer layer = net.layer(k);
        int n = net.batchSize();
        long total = (long) n * layer.width;
        int stride = (int) ((total + MAX_SAMPLE - 1) / MAX_SAMPLE);
        double[] values = new double[(int) ((total + stride - 1) / stride)];
        int c = 0;
        double saturated = 0.0;
        for (int j = 0; j < layer.width; j++) {
            saturated += layer.saturatedFraction(j);
        }
        for (long t = 0; t < total; t += stride) {
            int j = (int) (t / n);
            int i = (int) (t % n);
            values[c++] = layer.activationInput(j, i);
        }
        Arrays.sort(values, 0, c);
        return new LayerSpread(percentile(values, c, 0.05), percentile(values, c, 0.15), percentile(values, c, 0.5),
                percentile(values, c, 0.85), percentile(values, c, 0.95), saturated / layer.width);
    }

    /** P(p) of the ascending values [0, count). */
    static double percentile(double[] sorted, int count, double p) {
        double pos = p * (count - 1);
        int k = (int) Math.floor(pos);
        if (k >= count - 1) {
            return sorted[count - 1];
        }
        double f = pos - k;
        return sorted[k] + f * (sorted[k + 1] - sorted[k]);
    }

    /** p85 − p15. */
    public double width() {
        return p85 - p15;
    }
}
