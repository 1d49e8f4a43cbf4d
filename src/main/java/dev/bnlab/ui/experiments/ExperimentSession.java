package dev.bnlab.ui.experiments;

import dev.bnlab.core.Dataset;
import dev.bnlab.core.DecisionGrid;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Network;
import dev.bnlab.core.Placement;
import dev.bnlab.core.TrainingSession;
import dev.bnlab.experiments.ExperimentDefaults;
import dev.bnlab.experiments.ExperimentResult;
import dev.bnlab.experiments.ExperimentRun;
import dev.bnlab.experiments.ExperimentSettings;
import dev.bnlab.experiments.InstancePath;
import dev.bnlab.experiments.LockstepExperimentRun;
import dev.bnlab.experiments.LockstepRuns;
import dev.bnlab.experiments.NoisyBatchNorm;
import dev.bnlab.experiments.RunSpec;
import dev.bnlab.experiments.SingleExampleBatch;
import dev.bnlab.experiments.SingleInstanceInference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One experiment as the Experiments mode runs it: the experiments package's {@link ExperimentRun}, advanced one
 * unit at a time, and the live probes the views need (instance path, shifted test set, scaled first layer),
 * gathered into immutable {@link ExperimentFrame}s. Not thread-safe: one thread (the experiment thread, or the
 * caller of the headless renderer) owns it.
 *
 * <p>Side-by-side experiments expose their live sessions ({@link LockstepExperimentRun}). The three experiments
 * that train one BN network privately (train-vs-eval, single-instance, covariate-shift) do not; for them this
 * class trains a twin session with the same settings (the experiments' defaults with BN before the activation)
 * step for step. Both are deterministic from the seed, so the twin's network is the experiment's network.
 */
public final class ExperimentSession {

    /** Decision-grid resolution and the smallest half-width of the plane it covers. */
    public static final int GRID_CELLS = 64;
    public static final double PLANE = 3.5;

    private final ExperimentChoice choice;
    private final ExperimentSettings settings;
    private ExperimentControls controls;
    private ExperimentRun run;
    private TrainingSession twin;
    private Hyperparams[] pendingHyperparams = new Hyperparams[0];
    private DecisionGrid grid;
    private Object gridKey;

    public ExperimentSession(ExperimentChoice choice, ExperimentSettings settings, ExperimentControls controls) {
        this.choice = Objects.requireNonNull(choice);
        this.settings = Objects.requireNonNull(settings);
        this.controls = Objects.requireNonNull(controls);
        restart();
    }

    /** The twin of the single-network experiments: the experiments' defaults, BN before the activation. */
    static TrainingSession twinSession(long seed) {
        return new TrainingSession(ExperimentDefaults.config(seed).withPlacement(Placement.BEFORE),
                ExperimentDefaults.hyperparams());
    }

    /** Back to step 0 with the same experiment, settings and controls. */
    public void restart() {
        run = choice.experiment().start(settings);
        twin = choice.kind().usesTwinSession() ? twinSession(settings.seed()) : null;
        grid = null;
        gridKey = null;
        pendingHyperparams = lockstep().map(l -> l.specs().stream().map(RunSpec::hyperparams)
                .toArray(Hyperparams[]::new)).orElse(new Hyperparams[0]);
        applyNoise();
        // step 1's noise was drawn when the run was built: draw it again at the slider's strength
        lockstep().ifPresent(l -> {
            for (int i = 0; i < l.size(); i++) {
                if (l.noise(i) != null) {
                    l.noise(i).restart();
                }
            }
        });
    }

    public ExperimentChoice choice() {
        return choice;
    }

    public ExperimentSettings settings() {
        return settings;
    }

    public ExperimentControls controls() {
        return controls;
    }

    public ExperimentRun run() {
        return run;
    }

    public boolean finished() {
        return run.finished();
    }

    /** The live runs of a side-by-side experiment. */
    public Optional<LockstepRuns> lockstep() {
        return run instanceof LockstepExperimentRun l ? Optional.of(l.lockstep()) : Optional.empty();
    }

    /** The twin session of a single-network experiment, or null. */
    public TrainingSession twin() {
        return twin;
    }

    /** Does one unit of work (a training step of every run, or an analysis unit); false once finished. */
    public boolean advance() {
        if (run.finished()) {
            return false;
        }
        boolean training = run.unitsDone() < settings.steps();
        run.advance();
        if (training && twin != null) {
            twin.advance();
        }
        return true;
    }

    public void setControls(ExperimentControls c) {
        this.controls = Objects.requireNonNull(c);
        applyNoise();
    }

    /** Hot settings of one side-by-side run, from its next step on (batch size stays the shared one). */
    public void setRunHyperparams(int i, Hyperparams hp) {
        LockstepRuns l = lockstep().orElseThrow(() -> new IllegalStateException("not a side-by-side experiment"));
        Hyperparams shared = hp.withBatchSize(l.batchSize());
        l.setHyperparams(i, shared);
        pendingHyperparams[i] = shared;
    }

    /** The noise slider drives the noisy-BN run of the ICS experiment. */
    private void applyNoise() {
        if (choice.kind() != ExperimentKind.INTERNAL_COVARIATE_SHIFT) {
            return;
        }
        lockstep().ifPresent(l -> {
            for (int i = 0; i < l.size(); i++) {
                if (l.noise(i) != null) {
                    l.noise(i).setStrength(controls.noiseStrength());
                }
            }
        });
    }

    // ------------------------------------------------------------------ frames

    /** An immutable picture of the current state for the views. */
    public ExperimentFrame frame(boolean playing, String note, long generation) {
        ExperimentResult result = run.result();
        List<RunState> runs = runStates();
        Dataset data = dataset();
        List<Object> probes = new ArrayList<>();
        DecisionGrid g = null;
        int neuron = runs.isEmpty() ? 0 : Math.min(controls.neuron(), runs.get(0).snapshot().hidden() - 1);
        switch (choice.kind()) {
            case SINGLE_INSTANCE -> {
                probes.add(instanceProbe());
                g = grid(twin.network(), PLANE, "plain");
            }
            case COVARIATE_SHIFT -> {
                Network net = twin.network();
                double eps = twin.hyperparams().eps();
                probes.add(ShiftProbes.probe(net, eps, data, controls, neuron, result));
                Dataset shifted = data.withTestShift(controls.testShift());
                g = grid(ShiftProbes.evaluated(net, eps, data, controls), planeFor(shifted),
                        List.of(controls.testShift(), controls.adaBn()));
            }
            case LAYER_COUPLING -> {
                CouplingProbe p = CouplingProbes.probe(lockstep().orElseThrow(), controls.couplingScale(), result);
                if (p != null) {
                    probes.add(p);
                }
            }
            default -> {
            }
        }
        return new ExperimentFrame(choice, settings, result, run.unitsDone(), run.plannedUnits(), playing,
                note == null ? "" : note, controls, runs, data, g, probes, generation);
    }

    private List<RunState> runStates() {
        List<RunState> out = new ArrayList<>();
        Optional<LockstepRuns> l = lockstep();
        if (l.isPresent()) {
            LockstepRuns r = l.get();
            for (int i = 0; i < r.size(); i++) {
                TrainingSession s = r.session(i);
                NoisyBatchNorm noise = r.noise(i);
                out.add(new RunState(r.spec(i).label(), r.spec(i), pendingHyperparams[i], s.snapshot(true),
                        r.sharesInitialWeights(i), noise == null ? Double.NaN : noise.strength()));
            }
        } else if (twin != null) {
            RunSpec spec = RunSpec.of("bn", twin.config(), twin.hyperparams());
            out.add(new RunState("bn", spec, twin.hyperparams(), twin.snapshot(true), true, Double.NaN));
        }
        return out;
    }

    private Dataset dataset() {
        if (twin != null) {
            return twin.dataset();
        }
        return lockstep().map(l -> l.session(0).dataset()).orElse(null);
    }

    private InstanceProbe instanceProbe() {
        Dataset d = twin.dataset();
        int i = Math.min(controls.testPoint(), d.testSize() - 1);
        double[] x = {d.testX(i, 0), d.testX(i, 1)};
        Network net = twin.network();
        double eps = twin.hyperparams().eps();
        InstancePath path = SingleInstanceInference.trace(net, eps, x, d.testLabel(i));
        SingleExampleBatch.Outcome one = controls.batchOfOne()
                ? SingleExampleBatch.demonstrate(net, eps, x, d.testLabel(i)) : null;
        return new InstanceProbe(i, path, one);
    }

    /** Half-width of a square plane centred at 0 holding every train and test point, at least {@link #PLANE}. */
    static double planeFor(Dataset d) {
        double m = PLANE;
        for (int i = 0; i < d.testSize(); i++) {
            m = Math.max(m, Math.max(Math.abs(d.testX(i, 0)), Math.abs(d.testX(i, 1))) + 0.5);
        }
        return Math.ceil(m * 2) / 2;
    }

    /** The eval-mode decision surface, recomputed only when the step, the network or the key changes. */
    private DecisionGrid grid(Network net, double half, Object key) {
        Object k = List.of(run.unitsDone(), half, key);
        if (grid == null || !k.equals(gridKey)) {
            grid = DecisionGrid.compute(net, twin.hyperparams().eps(), GRID_CELLS, GRID_CELLS, -half, half, -half,
                    half);
            gridKey = k;
        }
        return grid;
    }
}
