package dev.bnlab.runtime;

/**
 * How the engine drives a run when it builds a frame.
 *
 * @param playing        whether the run is playing
 * @param unitsPerSecond the measured speed (0 while idle)
 */
public record RunStatus(boolean playing, double unitsPerSecond) {
}
