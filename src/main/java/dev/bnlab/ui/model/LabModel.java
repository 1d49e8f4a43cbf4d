package dev.bnlab.ui.model;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.SessionState;
import dev.bnlab.core.TestShift;
import dev.bnlab.experiments.ExperimentSettings;
import dev.bnlab.experiments.LockstepExperiment;
import dev.bnlab.experiments.LockstepRuns;
import dev.bnlab.export.RecordedSeries;
import dev.bnlab.runtime.CustomPair;
import dev.bnlab.runtime.ExperimentChoice;
import dev.bnlab.runtime.ExperimentChoices;
import dev.bnlab.runtime.ExperimentOptions;
import dev.bnlab.runtime.ExperimentFrame;
import dev.bnlab.runtime.ExperimentSession;
import dev.bnlab.runtime.LiveFrame;
import dev.bnlab.runtime.LiveRun;
import dev.bnlab.runtime.RunControls;
import dev.bnlab.runtime.RunEngine;
import dev.bnlab.runtime.RunHandle;
import dev.bnlab.runtime.RunSettings;
import dev.bnlab.runtime.StatusNote;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The window's one model: what the user set, as read-only properties, changed only through the commands below,
 * which forward to the runs of one {@link RunEngine}: the live lab's run and the experiment on show. Hot settings
 * apply at the next step, structural ones rebuild from the seed. Nothing here waits for the engine: questions to a
 * run come back as futures. FX thread.
 */
public final class LabModel implements AutoCloseable {

    /** Which layout of views the window shows. */
    public enum Mode { LIVE, EXPERIMENTS }

    private final RunEngine engine = new RunEngine();
    private final RunHandle<LiveRun, LiveFrame> liveRun;
    private final RunControls<LiveFrame> live;
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.LIVE);
    private final ReadOnlyObjectWrapper<SessionConfig> config;
    private final ReadOnlyObjectWrapper<Hyperparams> hyperparams;

    /** The experiment run, made on first use so the live lab opens fast; null until then. */
    private RunHandle<ExperimentSession, ExperimentFrame> experimentRun;
    private RunControls<ExperimentFrame> experiment;
    private double experimentSpeed = ExperimentSession.DEFAULT_SPEED;
    private final List<ExperimentChoice> catalog = new ArrayList<>(ExperimentChoices.all());
    private final ReadOnlyObjectWrapper<ExperimentChoice> choice = new ReadOnlyObjectWrapper<>(catalog.get(0));
    private final ReadOnlyObjectWrapper<ExperimentSettings> experimentSettings =
            new ReadOnlyObjectWrapper<>(ExperimentSettings.defaultsFor(catalog.get(0).experiment()));
    private final ReadOnlyObjectWrapper<ExperimentOptions> experimentOptions =
            new ReadOnlyObjectWrapper<>(ExperimentOptions.DEFAULTS);
    private final ReadOnlyObjectWrapper<List<RunSettings>> customRuns =
            new ReadOnlyObjectWrapper<>(CustomPair.defaults());

    /** The live lab with these settings (paused at step 0) and the first experiment of the list. */
    public LabModel(SessionConfig config, Hyperparams hp) {
        this.config = new ReadOnlyObjectWrapper<>(config);
        this.hyperparams = new ReadOnlyObjectWrapper<>(hp);
        liveRun = engine.add(new LiveRun(config, hp), LiveRun.DEFAULT_SPEED);
        live = new RunControls<>(liveRun, false);
    }

    // ================================================================== properties

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public Mode mode() {
        return mode.get();
    }

    public ReadOnlyObjectProperty<SessionConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Hyperparams> hyperparamsProperty() {
        return hyperparams.getReadOnlyProperty();
    }

    public SessionConfig config() {
        return config.get();
    }

    public Hyperparams hyperparams() {
        return hyperparams.get();
    }

    public ReadOnlyObjectProperty<ExperimentChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExperimentSettings> experimentSettingsProperty() {
        return experimentSettings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExperimentOptions> experimentOptionsProperty() {
        return experimentOptions.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<RunSettings>> customRunsProperty() {
        return customRuns.getReadOnlyProperty();
    }

    public ExperimentChoice choice() {
        return choice.get();
    }

    public ExperimentSettings experimentSettings() {
        return experimentSettings.get();
    }

    public ExperimentOptions experimentOptions() {
        return experimentOptions.get();
    }

    public List<RunSettings> customRuns() {
        return customRuns.get();
    }

    /** The experiment list (the user's own runs with their current settings). */
    public List<ExperimentChoice> catalog() {
        return List.copyOf(catalog);
    }

    // ================================================================== runs

    /** Play, step, reset and speed of the live lab's run. */
    public RunControls<LiveFrame> live() {
        return live;
    }

    /** Play, step, reset and speed of the experiment on show (its run is made now if it was not yet). */
    public RunControls<ExperimentFrame> experiment() {
        if (experimentRun == null) {
            experimentRun = engine.add(new ExperimentSession(choice.get(), experimentSettings.get(),
                    experimentOptions.get()), experimentSpeed);
            experiment = new RunControls<>(experimentRun, true);
        }
        return experiment;
    }

    /** The run of the layout on show: the keys (Space, →, R) drive it. */
    public RunControls<?> shown() {
        return mode.get() == Mode.LIVE ? live : experiment();
    }

    /** Shows the live lab; the experiment pauses. */
    public void showLive() {
        if (experimentRun != null) {
            experimentRun.pause();
        }
        mode.set(Mode.LIVE);
    }

    /** Shows the Experiments mode; the live lab pauses. */
    public void showExperiments() {
        live.pause();
        experiment();
        mode.set(Mode.EXPERIMENTS);
    }

    /** Stops the engine thread (the window closed). */
    @Override
    public void close() {
        engine.close();
    }

    // ================================================================== live lab: commands

    /** Which hidden layer the per-neuron views show (0-based): the frames carry its per-element arrays. */
    public void showLayer(int k) {
        liveRun.apply(r -> r.showLayer(k));
    }

    /** Hot: learning rate, batch size, momentum, convention, ε. */
    public void setHyperparams(Hyperparams hp) {
        if (!hp.equals(hyperparams.get())) {
            hyperparams.set(hp);
            liveRun.apply(r -> r.setHyperparams(hp));
        }
    }

    /**
     * Structural: rebuilds the session from its seeds and says why; {@code what} names the changed setting, as a
     * message key (e.g. "controls.setting.seed", worded in the current language) or as plain text.
     */
    public void setConfig(SessionConfig c, String what) {
        if (c.equals(config.get())) {
            return;
        }
        SessionConfig old = config.get();
        config.set(c);
        boolean onlyShift = old.withData(old.data().withTestShift(c.data().testShift())).equals(c);
        if (onlyShift) {
            // the test shift touches evaluation only: no rebuild
            liveRun.apply(r -> r.setTestShift(c.data().testShift()));
        } else {
            liveRun.restart(r -> r.rebuild(c, StatusNote.rebuilt(c.initSeed(), what)));
        }
    }

    public void setTestShift(TestShift s) {
        setConfig(config().withData(config().data().withTestShift(s)), "controls.setting.shift");
    }

    /** Loaded settings: sets both and rebuilds the session from their seeds (hot settings first). */
    public void apply(SessionConfig c, Hyperparams hp) {
        hyperparams.set(hp);
        config.set(c);
        liveRun.restart(r -> {
            r.setHyperparams(hp);
            r.rebuild(c, StatusNote.loaded());
        });
    }

    /**
     * Loaded settings with a trained state: sets both settings and continues from the state (paused), so the next
     * step is the saved session's next step. {@code note} is the status line to show.
     */
    public void apply(SessionConfig c, Hyperparams hp, SessionState state, String note) {
        hyperparams.set(hp);
        config.set(c);
        liveRun.restartPaused(r -> r.restore(c, hp, state, note), false);
    }

    /**
     * A lesson scene: sets both, rebuilds from their seeds paused and trains exactly {@code steps} steps before the
     * next frame (one engine command, see {@link LiveRun#arrive}); then plays if {@code play}.
     */
    public void arrive(SessionConfig c, Hyperparams hp, int steps, boolean play, String why) {
        hyperparams.set(hp);
        config.set(c);
        liveRun.restartPaused(r -> r.arrive(c, hp, steps, why), play);
    }

    /** The live session's state (parameters, statistics, batch order, histories), taken after the commands sent. */
    public CompletableFuture<SessionState> captureState() {
        return liveRun.query(r -> r.session().captureState());
    }

    /** The live run's recorded series (step and eval histories with the settings), for Export data…. */
    public CompletableFuture<RecordedSeries> recordedSeries() {
        return liveRun.query(r -> RecordedSeries.of(r.session()));
    }

    // ================================================================== experiments: commands

    /** Shows {@code c} with these settings and controls, paused at step 0 (the headless renderer, tests). */
    public void startExperiment(ExperimentChoice c, ExperimentSettings s, ExperimentOptions options) {
        catalog.replaceAll(e -> e.id().equals(c.id()) ? c : e);
        experimentOptions.set(options);
        if (experimentRun != null) {
            experimentRun.apply(r -> r.setOptions(options));
        }
        start(c, s);
    }

    /** Starts an experiment of the list at step 0 with its default steps, paused. */
    public void select(ExperimentChoice c) {
        ExperimentChoice chosen = c.custom() ? ExperimentChoices.custom(customRuns.get()) : c;
        start(chosen, ExperimentSettings.defaultsFor(chosen.experiment()).withSeed(experimentSettings.get().seed()));
    }

    public void selectById(String id) {
        select(catalog.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no experiment " + id)));
    }

    private void start(ExperimentChoice c, ExperimentSettings s) {
        choice.set(c);
        experimentSettings.set(s);
        if (c.custom()) {
            catalog.replaceAll(e -> e.custom() ? c : e);
        }
        if (experimentRun != null) {
            experimentRun.restartPaused(r -> r.select(c, s), false);
        }
    }

    /** Restarts the current experiment with another number of training steps. */
    public void setSteps(int steps) {
        if (steps != experimentSettings.get().steps()) {
            start(choice.get(), experimentSettings.get().withSteps(steps));
        }
    }

    /** Restarts the current experiment from another seed (data, initial weights, batch order). */
    public void setSeed(long seed) {
        if (seed != experimentSettings.get().seed()) {
            start(choice.get(), experimentSettings.get().withSeed(seed));
        }
    }

    /** The experiment's own controls (neuron, test point, shift, noise, …), used from the next frame on. */
    public void updateOptions(UnaryOperator<ExperimentOptions> change) {
        ExperimentOptions c = change.apply(experimentOptions.get());
        if (!c.equals(experimentOptions.get())) {
            experimentOptions.set(c);
            if (experimentRun != null) {
                experimentRun.apply(r -> r.setOptions(c));
            }
        }
    }

    /** Steps per second of the experiment while playing. */
    public void setExperimentSpeed(double unitsPerSecond) {
        experimentSpeed = unitsPerSecond;
        if (experiment != null) {
            experiment.setSpeed(unitsPerSecond);
        }
    }

    /** Copies the current side-by-side runs into "your own runs" and switches to it. */
    public void editAsOwnRuns() {
        if (choice.get().experiment() instanceof LockstepExperiment l) {
            customRuns.set(CustomPair.settingsOf(l.runs(experimentSettings.get().seed())));
        }
        start(ExperimentChoices.custom(customRuns.get()), experimentSettings.get());
    }

    /**
     * Changes one of the user's own runs: a new BN placement restarts the runs, learning rate, convention and
     * momentum apply from the next step.
     */
    public void editRun(int i, UnaryOperator<RunSettings> change) {
        List<RunSettings> runs = new ArrayList<>(customRuns.get());
        RunSettings old = runs.get(i);
        RunSettings now = change.apply(old);
        if (now.equals(old)) {
            return;
        }
        runs.set(i, now);
        customRuns.set(List.copyOf(runs));
        if (!choice.get().custom()) {
            return;
        }
        if (now.placement() != old.placement()) {
            start(ExperimentChoices.custom(runs), experimentSettings.get());
        } else if (experimentRun != null) {
            Hyperparams hp = now.hyperparams();
            experimentRun.apply(r -> r.setRunHyperparams(i, hp));
        }
    }

    /** Adds a run (a copy of the last one) to the user's own runs and restarts them. */
    public void addRun() {
        List<RunSettings> runs = new ArrayList<>(customRuns.get());
        if (runs.size() >= LockstepRuns.MAX_RUNS) {
            return;
        }
        runs.add(runs.get(runs.size() - 1).withLabel(CustomPair.freshLabel(runs)));
        customRuns.set(List.copyOf(runs));
        start(ExperimentChoices.custom(runs), experimentSettings.get());
    }

    /** Removes the last of the user's own runs and restarts them. */
    public void removeRun() {
        List<RunSettings> runs = new ArrayList<>(customRuns.get());
        if (runs.size() <= LockstepRuns.MIN_RUNS) {
            return;
        }
        runs.remove(runs.size() - 1);
        customRuns.set(List.copyOf(runs));
        start(ExperimentChoices.custom(runs), experimentSettings.get());
    }

    /** A placement for the user's run i (see {@link #editRun}). */
    public void setRunPlacement(int i, Placement p) {
        editRun(i, r -> r.withPlacement(p));
    }
}
