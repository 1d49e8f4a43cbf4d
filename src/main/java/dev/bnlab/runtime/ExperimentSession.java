package dev.bnlab.runtime;

import dev.bnlab.core.Dataset;
import dev.bnlab.core.DecisionGrid;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Network;
import dev.bnlab.core.TrainingSession;
import dev.bnlab.experiments.ExperimentKind;
import dev.bnlab.experiments.ExperimentResult;
import dev.bnlab.experiments.ExperimentRun;
import dev.bnlab.experiments.ExperimentSettings;
import dev.bnlab.experiments.Finding;
import dev.bnlab.experiments.InstancePath;
import dev.bnlab.experiments.LockstepExperimentRun;
import dev.bnlab.experiments.LockstepRuns;
import dev.bnlab.experiments.NoisyBatchNorm;
import dev.bnlab.experiments.RunSpec;
import dev.bnlab.experiments.SessionExperimentRun;
import dev.bnlab.experiments.SingleExampleBatch;
import dev.bnlab.experiments.SingleInstanceInference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The experiment on show in the Experiments mode, as a {@link Run} of the {@link RunEngine}: the experiments package's
 * {@link ExperimentRun}, advanced one unit at a time, and the live probes its views need (instance path, shifted test
 * set, scaled first layer), gathered into immutable {@link ExperimentFrame}s. Side-by-side experiments expose their
 * sessions ({@link LockstepExperimentRun}), one-network experiments their one session ({@link SessionExperimentRun}).
 * Engine thread only (or the caller of the headless renderer).
 */
public final class ExperimentSession implements Run<ExperimentFrame> {

    /** Decision-grid resolution and the smallest half-width of the plane it covers. */
    public static final int GRID_CELLS = 64;
    public static final double PLANE = 3.5;
    /** Default units per second while playing: 300 steps in 5 s. */
    public static final double DEFAULT_SPEED = 60;

    private ExperimentChoice choice;
    private ExperimentSettings settings;
    private ExperimentOptions options;
    private ExperimentRun run;
    private Hyperparams[] pendingHyperparams = new Hyperparams[0];
    private DecisionGrid grid;
    private Object gridKey;
    private long generation;
    /** The status note: a message key of the experiments bundle and its arguments, or null for none. */
    private Finding note;

    public ExperimentSession(ExperimentChoice choice, ExperimentSettings settings, ExperimentOptions options) {
        this.options = Objects.requireNonNull(options);
        select(choice, settings);
    }

    /** Another experiment (or the same with other settings) at step 0; the options stay. */
    public void select(ExperimentChoice c, ExperimentSettings s) {
        this.choice = Objects.requireNonNull(c);
        this.settings = Objects.requireNonNull(s);
        restart();
        note = null;
    }

    /** Back to step 0 with the same experiment, settings and options. */
    public void restart() {
        run = choice.experiment().start(settings);
        generation++;
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

    public ExperimentOptions options() {
        return options;
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

    /** The session of a one-network experiment, or null. */
    public TrainingSession session() {
        return run instanceof SessionExperimentRun s ? s.session() : null;
    }

    // ------------------------------------------------------------------ Run

    /** Does one unit of work (a training step of every run, or an analysis unit); false once finished. */
    @Override
    public boolean advance() {
        if (run.finished()) {
            return false;
        }
        run.advance();
        return true;
    }

    @Override
    public boolean stopped() {
        return finished();
    }

    /** Playing a finished experiment starts it over. */
    @Override
    public void beforePlay() {
        if (finished()) {
            restart();
            note = null;
        }
    }

    @Override
    public void reset() {
        restart();
        note = Finding.of("experiments.ui.status.reset");
    }

    @Override
    public void failed(RuntimeException e) {
        note = Finding.of("experiments.ui.status.error", String.valueOf(e.getMessage()));
    }

    @Override
    public ExperimentFrame frame(RunStatus status) {
        // the note is worded now, in the language of the moment; a refresh asks for a new frame after a switch
        return frame(status.playing(), note == null ? "" : note.text());
    }

    /** A frame of the current state, paused, without a note (headless renderer, tests). */
    public ExperimentFrame frame() {
        return frame(false, "");
    }

    public void setOptions(ExperimentOptions c) {
        this.options = Objects.requireNonNull(c);
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
                    l.noise(i).setStrength(options.noiseStrength());
                }
            }
        });
    }

    // ------------------------------------------------------------------ frames

    /** An immutable picture of the current state for the views. */
    private ExperimentFrame frame(boolean playing, String note) {
        ExperimentResult result = run.result();
        List<RunState> runs = runStates();
        Dataset data = dataset();
        List<Object> probes = new ArrayList<>();
        DecisionGrid g = null;
        int neuron = runs.isEmpty() ? 0 : Math.min(options.neuron(), runs.get(0).snapshot().hidden() - 1);
        TrainingSession one = session();
        switch (choice.kind()) {
            case SINGLE_INSTANCE -> {
                probes.add(instanceProbe(one));
                g = grid(one.network(), one.hyperparams().eps(), PLANE, "plain");
            }
            case COVARIATE_SHIFT -> {
                Network net = one.network();
                double eps = one.hyperparams().eps();
                probes.add(ShiftProbes.probe(net, eps, data, options, neuron, result));
                Dataset shifted = data.withTestShift(options.testShift());
                g = grid(ShiftProbes.evaluated(net, eps, data, options), eps, planeFor(shifted),
                        List.of(options.testShift(), options.adaBn()));
            }
            case LAYER_COUPLING -> {
                CouplingProbe p = CouplingProbes.probe(lockstep().orElseThrow(), options.couplingScale(), result);
                if (p != null) {
                    probes.add(p);
                }
            }
            default -> {
            }
        }
        return new ExperimentFrame(choice, settings, result, run.unitsDone(), run.plannedUnits(), playing, note,
                options, runs, data, g, probes, generation);
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
        } else if (session() != null) {
            TrainingSession one = session();
            RunSpec spec = RunSpec.of("bn", one.config(), one.hyperparams());
            out.add(new RunState("bn", spec, one.hyperparams(), one.snapshot(true), true, Double.NaN));
        }
        return out;
    }

    private Dataset dataset() {
        if (session() != null) {
            return session().dataset();
        }
        return lockstep().map(l -> l.session(0).dataset()).orElse(null);
    }

    private InstanceProbe instanceProbe(TrainingSession trained) {
        Dataset d = trained.dataset();
        int i = Math.min(options.testPoint(), d.testSize() - 1);
        double[] x = {d.testX(i, 0), d.testX(i, 1)};
        Network net = trained.network();
        double eps = trained.hyperparams().eps();
        InstancePath path = SingleInstanceInference.trace(net, eps, x, d.testLabel(i));
        SingleExampleBatch.Outcome one = options.batchOfOne()
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
    private DecisionGrid grid(Network net, double eps, double half, Object key) {
        Object k = List.of(run.unitsDone(), half, key);
        if (grid == null || !k.equals(gridKey)) {
            grid = DecisionGrid.compute(net, eps, GRID_CELLS, GRID_CELLS, -half, half, -half, half);
            gridKey = k;
        }
        return grid;
    }
}
