package dev.bnlab.core;

import java.util.ArrayList;
import java.util.List;

/**
 * One training step taken apart for one hidden neuron: every number of its forward and backward pass through BN
 * on the next mini-batch, stage by stage, computed the plain textbook way (the BN backward through x̂, σ² and μ,
 * not the closed form the fast network uses) from the parameters before the step and the batch the step will
 * use (docs/walkthrough.md). The session is not changed: the walkthrough trains a copy of it for one step and
 * reads the batch and the layers' inputs from that copy; taking the real step afterwards is
 * {@link TrainingSession#advance()} and gives exactly that copy's state.
 *
 * <p>Stages, in order (ids): {@code z}, {@code mean}, {@code deviation}, {@code variance}, {@code std},
 * {@code xhat}, {@code y}, {@code activation} (for BN after the activation, {@code activation} comes first and
 * the BN stages normalize v = act(z)), {@code loss}; backward {@code dy}, {@code dgamma}, {@code dbeta},
 * {@code dxhat}, {@code dvar}, {@code dmean}, {@code dz}, {@code sgd}, {@code running}. Without BN the BN stages
 * are left out.
 */
public final class StepWalkthrough {

    private StepWalkthrough() {
    }

    /**
     * The walkthrough of the session's next step for neuron {@code neuron} of hidden layer {@code layer}
     * (trainer thread; the session is left as it was).
     *
     * @throws IllegalArgumentException for a layer or neuron the network does not have, or when training stopped
     */
    public static Walkthrough of(TrainingSession session, int layer, int neuron) {
        SessionConfig cfg = session.config();
        if (layer < 0 || layer >= cfg.layers() || neuron < 0 || neuron >= cfg.hidden()) {
            throw new IllegalArgumentException("neuron " + (neuron + 1) + " of layer " + (layer + 1)
                    + " does not exist: the network has " + cfg.layers() + " layers of " + cfg.hidden());
        }
        if (session.divergence() != null) {
            throw new IllegalArgumentException("training stopped (diverged): there is no next step to walk through");
        }
        SessionState before = session.captureState();
        TrainingSession copy = new TrainingSession(cfg, session.hyperparams());
        copy.restoreState(before);
        copy.advance();
        return new Builder(copy, before.parameters(), before, layer, neuron).build();
    }

    /** Reads the copy's forward pass and recomputes every stage from the parameters before the step. */
    private static final class Builder {
        private final Network net;
        private final Hyperparams hp;
        private final Parameters params;
        private final SessionState before;
        private final int k;
        private final int j;
        private final int n;
        private final Placement placement;
        private final Activation act;
        private final List<WalkthroughStage> stages = new ArrayList<>();
        private final long step;

        Builder(TrainingSession copy, Parameters params, SessionState before, int layer, int neuron) {
            this.net = copy.network();
            this.hp = copy.snapshot(false).hyperparams();
            this.params = params;
            this.before = before;
            this.k = layer;
            this.j = neuron;
            this.n = net.batchSize();
            this.placement = net.placement;
            this.act = net.activation;
            this.step = copy.stepCount();
        }

        Walkthrough build() {
            LayerParameters lp = params.layer(k);
            int fanIn = lp.fanIn();
            double[][] in = new double[fanIn][n];
            for (int p = 0; p < fanIn; p++) {
                for (int i = 0; i < n; i++) {
                    in[p][i] = k == 0 ? net.batchInput(i, p) : net.layer(k - 1).output(p, i);
                }
            }
            double[] labels = new double[n];
            double[] logits = new double[n];
            for (int i = 0; i < n; i++) {
                labels[i] = net.batchLabel(i);
                logits[i] = net.logit(i);
            }
            boolean bn = placement.hasBatchNorm();
            double eps = hp.eps();
            double gamma = lp.gamma().get(j);
            double beta = lp.beta().get(j);

            // z_i = b_j + Σ_p W[j][p]·a_p(i)
            double[] z = new double[n];
            for (int i = 0; i < n; i++) {
                double s = lp.b().get(j);
                for (int p = 0; p < fanIn; p++) {
                    s += lp.w(j, p) * in[p][i];
                }
                z[i] = s;
            }
            List<WalkthroughStage.Column> zCols = new ArrayList<>();
            for (int p = 0; p < fanIn; p++) {
                zCols.add(new WalkthroughStage.Column(k == 0 ? "x" + (p + 1) : "a" + (p + 1), Vec.wrap(in[p])));
            }
            zCols.add(new WalkthroughStage.Column("z", Vec.copyOf(z)));
            List<WalkthroughStage.Scalar> zScalars = new ArrayList<>();
            for (int p = 0; p < fanIn; p++) {
                zScalars.add(new WalkthroughStage.Scalar("w" + (p + 1), lp.w(j, p)));
            }
            zScalars.add(new WalkthroughStage.Scalar("b", lp.b().get(j)));
            stages.add(new WalkthroughStage("z", zCols, zScalars));

            // v = z (before), act(z) (after): the values BN normalizes
            double[] v = z;
            double[] activation = new double[n];
            if (placement == Placement.AFTER || !bn) {
                for (int i = 0; i < n; i++) {
                    activation[i] = act.apply(z[i]);
                }
                stages.add(stage("activation", cols("z", z, "a", activation)));
                v = activation;
            }
            double mean = 0;
            double var = 0;
            double std = 1;
            double[] dev = new double[n];
            double[] xhat = new double[n];
            double[] y = new double[n];
            if (bn) {
                // μ_B = (1/n) Σ v_i
                double s = 0;
                for (double vi : v) {
                    s += vi;
                }
                mean = s / n;
                stages.add(stage("mean", cols("v", v), scalars("sum", s, "n", n, "mean", mean)));
                // (v_i − μ_B)²
                double[] sq = new double[n];
                for (int i = 0; i < n; i++) {
                    dev[i] = v[i] - mean;
                    sq[i] = dev[i] * dev[i];
                }
                stages.add(stage("deviation", cols("v", v, "deviation", dev, "squared", sq), scalars("mean", mean)));
                // σ²_B = (1/n) Σ (v_i − μ_B)², biased
                double ss = 0;
                for (double q : sq) {
                    ss += q;
                }
                var = ss / n;
                stages.add(stage("variance", cols("squared", sq), scalars("sum", ss, "n", n, "variance", var)));
                // √(σ²_B + ε)
                std = Math.sqrt(var + eps);
                stages.add(stage("std", List.of(), scalars("variance", var, "eps", eps, "std", std)));
                // x̂_i = (v_i − μ_B)/√(σ²_B + ε)
                for (int i = 0; i < n; i++) {
                    xhat[i] = dev[i] / std;
                }
                stages.add(stage("xhat", cols("v", v, "xhat", xhat), scalars("mean", mean, "std", std)));
                // y_i = γ·x̂_i + β
                for (int i = 0; i < n; i++) {
                    y[i] = gamma * xhat[i] + beta;
                }
                stages.add(stage("y", cols("xhat", xhat, "y", y), scalars("gamma", gamma, "beta", beta)));
                if (placement == Placement.BEFORE) {
                    for (int i = 0; i < n; i++) {
                        activation[i] = act.apply(y[i]);
                    }
                    stages.add(stage("activation", cols("y", y, "a", activation)));
                }
            }
            // ℓ_i = max(o,0) − o·t + log(1 + e^−|o|) ; L = (1/n) Σ ℓ_i
            double[] perExample = new double[n];
            double loss = 0;
            for (int i = 0; i < n; i++) {
                double o = logits[i];
                perExample[i] = Math.max(o, 0) - o * labels[i] + Math.log1p(Math.exp(-Math.abs(o)));
                loss += perExample[i];
            }
            loss /= n;
            stages.add(stage("loss", cols("logit", logits, "label", labels, "loss", perExample),
                    scalars("loss", loss)));

            // ---- backward
            double[] da = upstreamGradient(labels, logits);
            double[] dz = new double[n];
            double dGamma = Double.NaN;
            double dBeta = Double.NaN;
            if (bn) {
                // ∂L/∂y_i: ∂L/∂a_i·act'(y_i) before the activation, ∂L/∂a_i after it
                double[] dy = new double[n];
                for (int i = 0; i < n; i++) {
                    dy[i] = placement == Placement.BEFORE ? da[i] * act.derivative(y[i], activation[i]) : da[i];
                }
                stages.add(stage("dy", cols("da", da, "dy", dy)));
                // ∂L/∂γ = Σ ∂L/∂y_i·x̂_i ; ∂L/∂β = Σ ∂L/∂y_i
                dGamma = 0;
                dBeta = 0;
                for (int i = 0; i < n; i++) {
                    dGamma += dy[i] * xhat[i];
                    dBeta += dy[i];
                }
                stages.add(stage("dgamma", cols("dy", dy, "xhat", xhat), scalars("dgamma", dGamma)));
                stages.add(stage("dbeta", cols("dy", dy), scalars("dbeta", dBeta)));
                // ∂L/∂x̂_i = ∂L/∂y_i·γ
                double[] dxhat = new double[n];
                for (int i = 0; i < n; i++) {
                    dxhat[i] = dy[i] * gamma;
                }
                stages.add(stage("dxhat", cols("dy", dy, "dxhat", dxhat), scalars("gamma", gamma)));
                // ∂L/∂σ² = Σ ∂L/∂x̂_i·(v_i − μ)·(−½)(σ² + ε)^(−3/2)
                double sdx = 0;
                for (int i = 0; i < n; i++) {
                    sdx += dxhat[i] * dev[i];
                }
                double dVar = sdx * -0.5 / (std * std * std);
                stages.add(stage("dvar", cols("dxhat", dxhat, "deviation", dev),
                        scalars("sum", sdx, "std", std, "dvar", dVar)));
                // ∂L/∂μ = Σ ∂L/∂x̂_i·(−1/√(σ² + ε)) + ∂L/∂σ²·(1/n) Σ −2(v_i − μ)
                double sd = 0;
                double sdev = 0;
                for (int i = 0; i < n; i++) {
                    sd += dxhat[i];
                    sdev += dev[i];
                }
                double dMean = -sd / std + dVar * (-2.0 * sdev / n);
                stages.add(stage("dmean", cols("dxhat", dxhat),
                        scalars("sum", sd, "std", std, "dvar", dVar, "deviationSum", sdev, "dmean", dMean)));
                // ∂L/∂v_i = ∂L/∂x̂_i/√(σ² + ε) + ∂L/∂σ²·2(v_i − μ)/n + ∂L/∂μ/n ; after the activation ×act'(z)
                double[] dv = new double[n];
                for (int i = 0; i < n; i++) {
                    dv[i] = dxhat[i] / std + dVar * 2.0 * dev[i] / n + dMean / n;
                    dz[i] = placement == Placement.AFTER ? dv[i] * act.derivative(z[i], activation[i]) : dv[i];
                }
                stages.add(placement == Placement.AFTER
                        ? stage("dz", cols("dxhat", dxhat, "dv", dv, "dz", dz), scalars("dvar", dVar, "dmean", dMean))
                        : stage("dz", cols("dxhat", dxhat, "dz", dz), scalars("dvar", dVar, "dmean", dMean)));
            } else {
                // ∂L/∂z_i = ∂L/∂a_i·act'(z_i)
                for (int i = 0; i < n; i++) {
                    dz[i] = da[i] * act.derivative(z[i], activation[i]);
                }
                stages.add(stage("dz", cols("da", da, "dz", dz)));
            }
            stages.add(sgd(lp, in, dz, dGamma, dBeta, gamma, beta));
            if (bn) {
                stages.add(running(mean, var));
            }
            return new Walkthrough(step, k, j, n, placement, act, hp, List.copyOf(stages));
        }

        /**
         * ∂L/∂a of neuron j of layer k for each example: ∂L/∂o_i·W_out[j] with ∂L/∂o_i = (σ(o_i) − t_i)/n, carried
         * down through the layers above k with the parameters before the step.
         */
        private double[] upstreamGradient(double[] labels, double[] logits) {
            int last = net.depth() - 1;
            int h = net.layer(last).width;
            // ∂L/∂a of every neuron of the layer being processed, starting with the last layer
            double[][] da = new double[h][n];
            for (int q = 0; q < h; q++) {
                for (int i = 0; i < n; i++) {
                    double sig = 1.0 / (1.0 + Math.exp(-logits[i]));
                    da[q][i] = (sig - labels[i]) / n * params.outW().get(q);
                }
            }
            for (int layer = last; layer > k; layer--) {
                da = throughLayer(layer, da);
            }
            return da[j];
        }

        /** ∂L/∂a of layer l−1 from ∂L/∂a of layer l: through layer l's activation, BN and weights. */
        private double[][] throughLayer(int l, double[][] da) {
            HiddenLayer layer = net.layer(l);
            LayerParameters lp = params.layer(l);
            double eps = hp.eps();
            double[][] dz = new double[layer.width][n];
            for (int q = 0; q < layer.width; q++) {
                double[] dzq = dz[q];
                switch (placement) {
                    case BEFORE -> {
                        double[] dy = new double[n];
                        for (int i = 0; i < n; i++) {
                            dy[i] = da[q][i] * act.derivative(layer.bnOut(q, i), layer.activationOutput(q, i));
                        }
                        bnBackward(layer, q, lp.gamma().get(q), eps, dy, dzq);
                    }
                    case AFTER -> {
                        bnBackward(layer, q, lp.gamma().get(q), eps, da[q], dzq);
                        for (int i = 0; i < n; i++) {
                            dzq[i] *= act.derivative(layer.z(q, i), layer.activationOutput(q, i));
                        }
                    }
                    default -> {
                        for (int i = 0; i < n; i++) {
                            dzq[i] = da[q][i] * act.derivative(layer.z(q, i), layer.activationOutput(q, i));
                        }
                    }
                }
            }
            // ∂L/∂a_{l−1}[p] = Σ_q ∂L/∂z_l[q]·W_l[q][p]
            double[][] below = new double[lp.fanIn()][n];
            for (int p = 0; p < lp.fanIn(); p++) {
                for (int q = 0; q < layer.width; q++) {
                    double w = lp.w(q, p);
                    for (int i = 0; i < n; i++) {
                        below[p][i] += dz[q][i] * w;
                    }
                }
            }
            return below;
        }

        /** ∂L/∂v from ∂L/∂y for neuron q of a layer, through x̂, σ² and μ (as in the stages). */
        private void bnBackward(HiddenLayer layer, int q, double gamma, double eps, double[] dy, double[] dv) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += layer.preBn(q, i);
            }
            mean /= n;
            double var = 0;
            for (int i = 0; i < n; i++) {
                double d = layer.preBn(q, i) - mean;
                var += d * d;
            }
            var /= n;
            double std = Math.sqrt(var + eps);
            double sdx = 0;
            double sd = 0;
            double sdev = 0;
            for (int i = 0; i < n; i++) {
                double dev = layer.preBn(q, i) - mean;
                sdx += dy[i] * gamma * dev;
                sd += dy[i] * gamma;
                sdev += dev;
            }
            double dVar = sdx * -0.5 / (std * std * std);
            double dMean = -sd / std + dVar * (-2.0 * sdev / n);
            for (int i = 0; i < n; i++) {
                double dev = layer.preBn(q, i) - mean;
                dv[i] = dy[i] * gamma / std + dVar * 2.0 * dev / n + dMean / n;
            }
        }

        /** θ ← θ − η·∂L/∂θ for W[j][·], b_j, γ_j, β_j. */
        private WalkthroughStage sgd(LayerParameters lp, double[][] in, double[] dz, double dGamma, double dBeta,
                                     double gamma, double beta) {
            double lr = hp.learningRate();
            List<WalkthroughStage.Scalar> s = new ArrayList<>();
            s.add(new WalkthroughStage.Scalar("lr", lr));
            for (int p = 0; p < lp.fanIn(); p++) {
                // ∂L/∂W[j][p] = Σ_i ∂L/∂z_i·a_p(i)
                double g = 0;
                for (int i = 0; i < n; i++) {
                    g += dz[i] * in[p][i];
                }
                double w = lp.w(j, p);
                s.add(new WalkthroughStage.Scalar("w" + (p + 1), w));
                s.add(new WalkthroughStage.Scalar("dw" + (p + 1), g));
                s.add(new WalkthroughStage.Scalar("w" + (p + 1) + "_after", w - lr * g));
            }
            // ∂L/∂b_j = Σ_i ∂L/∂z_i
            double gb = 0;
            for (double d : dz) {
                gb += d;
            }
            double b = lp.b().get(j);
            s.add(new WalkthroughStage.Scalar("b", b));
            s.add(new WalkthroughStage.Scalar("db", gb));
            s.add(new WalkthroughStage.Scalar("b_after", b - lr * gb));
            if (placement.hasBatchNorm()) {
                s.add(new WalkthroughStage.Scalar("gamma", gamma));
                s.add(new WalkthroughStage.Scalar("dgamma", dGamma));
                s.add(new WalkthroughStage.Scalar("gamma_after", gamma - lr * dGamma));
                s.add(new WalkthroughStage.Scalar("beta", beta));
                s.add(new WalkthroughStage.Scalar("dbeta", dBeta));
                s.add(new WalkthroughStage.Scalar("beta_after", beta - lr * dBeta));
            }
            return new WalkthroughStage("sgd", List.of(new WalkthroughStage.Column("dz", Vec.copyOf(dz))), s);
        }

        /** running ← keep·running + w·batch, the batch variance biased (Keras) or ·n/(n−1) (PyTorch). */
        private WalkthroughStage running(double mean, double var) {
            RunningStatsRule rule = hp.runningRule();
            long update = before.runningUpdates() + 1;
            double w = rule.batchWeight(update);
            double keep = rule.convention() == Convention.KERAS ? rule.momentum() : 1.0 - w;
            double corr = rule.varianceCorrection(n);
            int g = k * params.layer(0).width() + j;
            double rm = before.runningMean().get(g);
            double rv = before.runningVar().get(g);
            return stage("running", List.of(), scalars("momentum", rule.momentum(), "keep", keep, "weight", w,
                    "update", update, "correction", corr, "batchMean", mean, "batchVar", var, "runningMean", rm,
                    "runningVar", rv, "runningMean_after", keep * rm + w * mean,
                    "runningVar_after", keep * rv + w * (var * corr)));
        }

        private static WalkthroughStage stage(String id, List<WalkthroughStage.Column> columns) {
            return new WalkthroughStage(id, columns, List.of());
        }

        private static WalkthroughStage stage(String id, List<WalkthroughStage.Column> columns,
                                              List<WalkthroughStage.Scalar> scalars) {
            return new WalkthroughStage(id, columns, scalars);
        }

        /** Alternating name, values pairs. */
        private static List<WalkthroughStage.Column> cols(Object... nameValues) {
            List<WalkthroughStage.Column> out = new ArrayList<>();
            for (int i = 0; i < nameValues.length; i += 2) {
                out.add(new WalkthroughStage.Column((String) nameValues[i], Vec.copyOf((double[]) nameValues[i + 1])));
            }
            return out;
        }

        /** Alternating name, number pairs. */
        private static List<WalkthroughStage.Scalar> scalars(Object... nameValues) {
            List<WalkthroughStage.Scalar> out = new ArrayList<>();
            for (int i = 0; i < nameValues.length; i += 2) {
                out.add(new WalkthroughStage.Scalar((String) nameValues[i], ((Number) nameValues[i + 1]).doubleValue()));
            }
            return out;
        }
    }
}
