package dev.bnlab.core;

/**
 * What a {@link TrainingSession} needs to continue from a step, without the histories: a {@link SessionState}
 * minus its curves, small enough to keep one every hundred steps ({@link SessionTimeline}).
 *
 * @param step           steps done
 * @param runningUpdates running-statistics updates done
 * @param parameters     every parameter after that step
 * @param runningMean    per hidden neuron of every layer, layer by layer
 * @param runningVar     per hidden neuron of every layer, layer by layer
 * @param sampler        position in the mini-batch order
 * @param testShift      the test shift in effect
 */
public record SessionCheckpoint(long step, long runningUpdates, Parameters parameters, Vec runningMean,
                                Vec runningVar, SamplerState sampler, TestShift testShift) {

    /** Approximate bytes held: 8 per double and 4 per sampler index, plus a fixed overhead. */
    public long bytes() {
        long doubles = runningMean.size() + runningVar.size() + parameters.outW().size() + 1;
        for (LayerParameters l : parameters.layers()) {
            doubles += l.w().size() + l.b().size() + l.gamma().size() + l.beta().size();
        }
        return 8 * doubles + 4L * sampler.order().length + 512;
    }
}
