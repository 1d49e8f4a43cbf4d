package dev.bnlab.core;

/**
 * An optional perturbation of the BN output in training mode, y′ = s·y + m per element (the "noisy BN" of
 * Santurkar et al. 2018). The network calls it on neuron j's row of the batch, y[off .. off+n), right after
 * normalization, and multiplies the gradient by s on the way back. Eval mode never applies it.
 */
public interface BnNoise {

    /** y[off+i] ← s_ji·y[off+i] + m_ji for i in [0, n). */
    void perturb(int j, double[] y, int off, int n);

    /** g[off+i] ← s_ji·g[off+i]: the chain rule through y′ = s·y + m. */
    void backpropagate(int j, double[] g, int off, int n);
}
