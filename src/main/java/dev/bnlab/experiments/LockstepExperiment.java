package dev.bnlab.experiments;

import dev.bnlab.core.EvalMetrics;
import dev.bnlab.core.HiddenLayer;
import dev.bnlab.core.Network;
import dev.bnlab.core.TrainingSession;
import dev.bnlab.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A side-by-side experiment (docs/experiments.md): 2–4 runs in {@link LockstepRuns}, with their loss, accuracy, saturation
 * and eval-mode curves. The built-in pairings are in {@link Pairings}; any list of runs works.
 *
 * <p>Series: {@code loss}, {@code accuracy} (batch, training mode), {@code saturation} (mean over neurons of the
 * fraction of the batch whose activation input is saturated), and {@code eval} at each eval step: test loss and
 * accuracy in eval mode, {@code stats_gap} = mean over neurons of |running mean − population mean| and
 * {@code var_ratio} = mean over neurons of running variance / population variance (how stale the running
 * statistics are; NaN without BN). The population statistics are those of the whole training set at that step.
 */
public final class LockstepExperiment implements Experiment {

    private final String id;
    private final String descriptionKey;
    private final String captionKey;
    private final int defaultSteps;
    private final Claim claim;
    private final LongFunction<List<RunSpec>> runsForSeed;

    /**
     * @param descriptionKey message key of the one-line description
     * @param captionKey     message key of the caption
     * @param claim          the explainer's claim this pairing measures, or null for none
     * @param runsForSeed    the runs for a seed
     */
    public LockstepExperiment(String id, String descriptionKey, String captionKey, int defaultSteps, Claim claim,
                              LongFunction<List<RunSpec>> runsForSeed) {
        this.id = id;
        this.descriptionKey = descriptionKey;
        this.captionKey = captionKey;
        this.defaultSteps = defaultSteps;
        this.claim = claim;
        this.runsForSeed = runsForSeed;
    }

    @Override
    public Optional<Claim> claim() {
        return Optional.ofNullable(claim);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return Messages.get(descriptionKey);
    }

    @Override
    public String caption() {
        return Messages.get(captionKey);
    }

    @Override
    public int defaultSteps() {
        return defaultSteps;
    }

    /** The runs this experiment trains for a seed. */
    public List<RunSpec> runs(long seed) {
        return runsForSeed.apply(seed);
    }

    @Override
    public Run start(ExperimentSettings settings) {
        return new Run(settings, new LockstepRuns(runs(settings.seed())));
    }

    /** A running side-by-side experiment; {@link #lockstep()} gives the live sessions for views. */
    public final class Run extends LockstepUnitRun {

        private final SeriesTable.Builder loss;
        private final SeriesTable.Builder accuracy;
        private final SeriesTable.Builder saturation;
        private final SeriesTable.Builder eval;

        Run(ExperimentSettings settings, LockstepRuns runs) {
            super(settings, 0, runs);
            List<String> labels = labels();
            loss = SeriesTable.builder("loss", "step", prefixed("loss_", labels));
            accuracy = SeriesTable.builder("accuracy", "step", prefixed("accuracy_", labels));
            saturation = SeriesTable.builder("saturation", "step", prefixed("saturation_", labels));
            List<String> evalColumns = new ArrayList<>();
            evalColumns.addAll(prefixed("test_loss_", labels));
            evalColumns.addAll(prefixed("test_accuracy_", labels));
            evalColumns.addAll(prefixed("stats_gap_", labels));
            evalColumns.addAll(prefixed("var_ratio_", labels));
            eval = SeriesTable.builder("eval", "step", evalColumns);
        }

        @Override
        protected void trainStep(int step) {
            LockstepStep s = runs.advance();
            int k = runs.size();
            double[] l = new double[k];
            double[] a = new double[k];
            double[] sat = new double[k];
            double[] ev = new double[4 * k];
            boolean evalStep = false;
            for (int i = 0; i < k; i++) {
                RunStepResult r = s.run(i);
                TrainingSession session = runs.session(i);
                l[i] = r.loss();
                a[i] = r.accuracy();
                sat[i] = r.stepped() ? meanSaturation(session.network()) : Double.NaN;
                ev[i] = Double.NaN;
                ev[k + i] = Double.NaN;
                ev[2 * k + i] = Double.NaN;
                ev[3 * k + i] = Double.NaN;
                if (step % session.config().evalInterval() == 0) {
                    evalStep = true;
                    EvalMetrics m = session.snapshot(false).eval();
                    if (r.stepped() && m != null && m.step() == step) {
                        ev[i] = m.testLoss();
                        ev[k + i] = m.testAccuracy();
                        ev[2 * k + i] = statsGap(session.network(), m);
                        ev[3 * k + i] = varianceRatio(session.network(), m);
                    }
                }
            }
            loss.add(step, l);
            accuracy.add(step, a);
            saturation.add(step, sat);
            if (evalStep) {
                eval.add(step, ev);
            }
        }

        @Override
        public ExperimentResult result() {
            SeriesTable lossTable = loss.build();
            SeriesTable evalTable = eval.build();
            List<Finding> findings = new ArrayList<>();
            Finding.RunValues.Builder f = Finding.RunValues.builder();
            Finding.RunValues.Builder g = Finding.RunValues.builder();
            int tail = Math.max(1, lossTable.rowCount() / 10);
            for (RunSpec r : runs.specs()) {
                f.add(r.label(), SeriesStats.meanOfLast(lossTable.column("loss_" + r.label()), tail));
                if (evalTable.rowCount() > 0) {
                    g.add(r.label(), evalTable.last("test_accuracy_" + r.label()));
                }
            }
            findings.add(Finding.of("experiments.finding.final-loss", f.build()));
            if (evalTable.rowCount() > 0) {
                findings.add(Finding.of("experiments.finding.final-accuracy", g.build()));
            }
            for (int i = 0; i < runs.size(); i++) {
                Network net = runs.session(i).network();
                if (net.placement.hasBatchNorm()) {
                    findings.add(Finding.of("experiments.finding.gamma-beta", runs.spec(i).label(),
                            maxAbsGamma(net), maxAbsBeta(net)));
                }
                if (runs.session(i).divergence() != null) {
                    findings.add(Finding.of("experiments.finding.diverged", runs.spec(i).label(),
                            DivergenceText.of(runs.session(i).divergence())));
                }
            }
            return new ExperimentResult(id, caption(), settings,
                    List.of(lossTable, accuracy.build(), saturation.build(), evalTable), findings,
                    List.of(lineup()));
        }
    }

    static List<String> prefixed(String prefix, List<String> labels) {
        return labels.stream().map(l -> prefix + l).toList();
    }

    /** max |γ| over every neuron of every layer. */
    static double maxAbsGamma(Network net) {
        double m = 0;
        for (int k = 0; k < net.depth(); k++) {
            for (double x : net.layer(k).gamma.data) {
                m = Math.max(m, Math.abs(x));
            }
        }
        return m;
    }

    /** max |β| over every neuron of every layer. */
    static double maxAbsBeta(Network net) {
        double m = 0;
        for (int k = 0; k < net.depth(); k++) {
            for (double x : net.layer(k).beta.data) {
                m = Math.max(m, Math.abs(x));
            }
        }
        return m;
    }

    /** Mean over every neuron of every layer of the saturated fraction of the last batch. */
    static double meanSaturation(Network net) {
        double s = 0;
        int count = 0;
        for (int k = 0; k < net.depth(); k++) {
            HiddenLayer layer = net.layer(k);
            for (int j = 0; j < layer.width; j++, count++) {
                s += layer.saturatedFraction(j);
            }
        }
        return s / count;
    }

    /**
     * mean over every neuron (all layers) of running_var / population_var (1 when the running variance is
     * right); NaN without BN.
     */
    static double varianceRatio(Network net, EvalMetrics m) {
        if (!net.placement.hasBatchNorm()) {
            return Double.NaN;
        }
        double s = 0;
        int neuron = 0;
        for (int k = 0; k < net.depth(); k++) {
            HiddenLayer layer = net.layer(k);
            for (int j = 0; j < layer.width; j++, neuron++) {
                s += layer.runningVar.data[j] / m.populationVar().get(neuron);
            }
        }
        return s / neuron;
    }

    /** mean over every neuron (all layers) of |running_mean − population_mean|; NaN without BN. */
    static double statsGap(Network net, EvalMetrics m) {
        if (!net.placement.hasBatchNorm()) {
            return Double.NaN;
        }
        double s = 0;
        int neuron = 0;
        for (int k = 0; k < net.depth(); k++) {
            HiddenLayer layer = net.layer(k);
            for (int j = 0; j < layer.width; j++, neuron++) {
                s += Math.abs(layer.runningMean.data[j] - m.populationMean().get(neuron));
            }
        }
        return s / neuron;
    }
}
