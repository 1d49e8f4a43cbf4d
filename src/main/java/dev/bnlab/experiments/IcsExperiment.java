package dev.bnlab.experiments;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Network;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Internal covariate shift (Santurkar et al. 2018, Def. 2.1 and Fig. 2/7) for BN, no BN and noisy BN in
 * lockstep: per step, ‖G − G′‖₂ and cos(G, G′) of the output layer (see {@link InternalCovariateShift}), with the
 * loss curves to compare training speed.
 */
public final class IcsExperiment implements Experiment {

    /** Default noise strength of the noisy-BN run (the middle of the slider). */
    public static final double DEFAULT_NOISE = 0.5;

    private final double noiseStrength;

    public IcsExperiment(double noiseStrength) {
        if (!(noiseStrength > 0 && noiseStrength <= 1)) {
            throw new IllegalArgumentException("noise strength must be in (0, 1], got " + noiseStrength);
        }
        this.noiseStrength = noiseStrength;
    }

    @Override
    public String id() {
        return "internal-covariate-shift";
    }

    public double noiseStrength() {
        return noiseStrength;
    }

    /** The three runs: BN, no BN, noisy BN (BN before the sigmoid plus noise). */
    public List<RunSpec> runs(long seed) {
        SessionConfig c = ExperimentDefaults.config(seed);
        Hyperparams hp = ExperimentDefaults.hyperparams();
        return List.of(RunSpec.of("bn", c.withPlacement(Placement.BEFORE), hp),
                RunSpec.of("nobn", c.withPlacement(Placement.NONE), hp),
                new RunSpec("noisy", c.withPlacement(Placement.BEFORE), hp, noiseStrength));
    }

    /**
     * "BN does not reduce ICS; noisy BN has high ICS yet trains as fast as BN": averaged over the steps,
     * ‖G − G′‖ with BN is not below the one without BN and noisy BN's is above BN's; over the last 10 % of the
     * steps noisy BN's clean loss is not above BN's.
     */
    @Override
    public Optional<Claim> claim() {
        return Optional.of(new Claim("experiments.rule.ics", r -> {
            Map<String, Double> m = new LinkedHashMap<>();
            SeriesTable l2 = r.series("ics-l2");
            SeriesTable clean = r.series("clean-loss");
            int tail = Math.max(1, clean.rowCount() / 10);
            for (String l : new String[] {"bn", "nobn", "noisy"}) {
                m.put("ics_l2_" + l, SeriesStats.mean(l2.column("l2_" + l), 0, l2.rowCount()));
            }
            for (String l : new String[] {"bn", "noisy"}) {
                m.put("clean_loss_" + l, SeriesStats.meanOfLast(clean.column("clean_loss_" + l), tail));
            }
            return m;
        }, m -> m.get("ics_l2_bn") >= m.get("ics_l2_nobn") && m.get("ics_l2_noisy") > m.get("ics_l2_bn")
                && m.get("clean_loss_noisy") <= m.get("clean_loss_bn")));
    }

    @Override
    public ExperimentRun start(ExperimentSettings settings) {
        return new Run(settings, new LockstepRuns(runs(settings.seed())));
    }

    private final class Run extends LockstepUnitRun {
        private final SeriesTable.Builder l2;
        private final SeriesTable.Builder cosine;
        private final SeriesTable.Builder loss;
        private final SeriesTable.Builder cleanLoss;
        private final List<List<IcsMeasurement>> measurements = new ArrayList<>();

        Run(ExperimentSettings settings, LockstepRuns runs) {
            super(settings, 0, runs);
            List<String> labels = labels();
            l2 = SeriesTable.builder("ics-l2", "step", LockstepExperiment.prefixed("l2_", labels));
            cosine = SeriesTable.builder("ics-cosine", "step", LockstepExperiment.prefixed("cosine_", labels));
            loss = SeriesTable.builder("loss", "step", LockstepExperiment.prefixed("loss_", labels));
            cleanLoss = SeriesTable.builder("clean-loss", "step", LockstepExperiment.prefixed("clean_loss_", labels));
            for (int i = 0; i < runs.size(); i++) {
                measurements.add(new ArrayList<>());
            }
        }

        @Override
        protected void trainStep(int step) {
            int k = runs.size();
            Network[] before = networkCopies();
            LockstepStep s = runs.advance();
            double[] d = new double[k];
            double[] c = new double[k];
            double[] l = new double[k];
            double[] cl = new double[k];
            for (int i = 0; i < k; i++) {
                RunStepResult r = s.run(i);
                l[i] = r.loss();
                cl[i] = Double.NaN;
                d[i] = Double.NaN;
                c[i] = Double.NaN;
                if (r.stepped()) {
                    // the noise was already re-drawn for step t+1 by the lockstep
                    IcsMeasurement m = InternalCovariateShift.measure(step, before[i], runs.session(i).network(),
                            r.batch(), runs.spec(i).hyperparams().eps(), runs.noise(i));
                    measurements.get(i).add(m);
                    d[i] = m.l2();
                    c[i] = m.cosine();
                    // the same batch at the same (pre-step) parameters without noise: copies carry none
                    cl[i] = BatchGradient.at(before[i], r.batch(), runs.spec(i).hyperparams().eps()).loss();
                }
            }
            l2.add(step, d);
            cosine.add(step, c);
            loss.add(step, l);
            cleanLoss.add(step, cl);
        }

        @Override
        public ExperimentResult result() {
            SeriesTable tl2 = l2.build();
            SeriesTable tcos = cosine.build();
            SeriesTable tloss = loss.build();
            SeriesTable tclean = cleanLoss.build();
            int tail = Math.max(1, tloss.rowCount() / 10);
            Finding.RunValues.Builder ics = Finding.RunValues.builder();
            Finding.RunValues.Builder cos = Finding.RunValues.builder();
            Finding.RunValues.Builder fin = Finding.RunValues.builder();
            for (RunSpec r : runs.specs()) {
                ics.add(r.label(), SeriesStats.mean(tl2.column("l2_" + r.label()), 0, tl2.rowCount()));
                cos.add(r.label(), SeriesStats.mean(tcos.column("cosine_" + r.label()), 0, tcos.rowCount()));
                fin.add(r.label(), SeriesStats.meanOfLast(tclean.column("clean_loss_" + r.label()), tail));
            }
            List<Object> details = new ArrayList<>();
            details.add(lineup());
            for (List<IcsMeasurement> m : measurements) {
                details.add(new IcsTrace(List.copyOf(m)));
            }
            return new ExperimentResult(id(), caption(), settings, List.of(tl2, tcos, tloss, tclean),
                    List.of(Finding.of("experiments.finding.ics-l2", ics.build()),
                            Finding.of("experiments.finding.ics-cosine", cos.build()),
                            Finding.of("experiments.finding.clean-loss", fin.build())), details);
        }
    }

    /** The measurements of one run, in step order. */
    public record IcsTrace(List<IcsMeasurement> steps) {
    }
}
