package dev.bnlab.experiments;

/**
 * One hidden neuron on a single input's way through the network in eval mode. For "before":
 * z → x̂ = (z − running_mean)/√(running_var + ε) → u = γ·x̂ + β → a = act(u). For "after":
 * z → v = act(z) → x̂ = (v − running_mean)/√(running_var + ε) → a = γ·x̂ + β. Without BN: a = act(z), and the
 * BN fields are NaN.
 *
 * @param neuron       j
 * @param z            W1[j]·x + b1[j]
 * @param preBn        the value entering BN (z, or act(z) for "after")
 * @param runningMean  running mean of neuron j
 * @param runningVar   running variance
 * @param normalized   x̂
 * @param gamma        γ_j
 * @param beta         β_j
 * @param bnOut        γ·x̂ + β
 * @param activation   the neuron's output a_j, what W2 sees
 * @param outputWeight W2[j]
 * @param contribution W2[j]·a_j, its share of the logit
 */
public record NeuronPath(int neuron, double z, double preBn, double runningMean, double runningVar, double normalized,
                         double gamma, double beta, double bnOut, double activation, double outputWeight,
                         double contribution) {
}
