package dev.bnlab.ui.experiments;

import dev.bnlab.core.Placement;
import dev.bnlab.experiments.ExperimentSettings;
import dev.bnlab.experiments.LockstepRuns;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Experiments mode's state as read-only properties, changed only through the commands below, which forward
 * to the {@link ExperimentRunner} (like {@code dev.bnlab.ui.AppModel} for the live lab). FX thread.
 */
public final class ExperimentsModel {

    private final ExperimentRunner runner;
    private final List<ExperimentChoice> catalog;
    private final ReadOnlyObjectWrapper<ExperimentChoice> choice;
    private final ReadOnlyObjectWrapper<ExperimentSettings> settings;
    private final ReadOnlyObjectWrapper<ExperimentControls> controls;
    private final ReadOnlyObjectWrapper<List<RunSettings>> customRuns;

    /** A model over a new runner showing the first experiment of the list, paused at step 0. */
    public ExperimentsModel() {
        this(ExperimentChoices.all().get(0), ExperimentControls.DEFAULTS);
    }

    public ExperimentsModel(ExperimentChoice first, ExperimentControls c) {
        this(first, ExperimentSettings.defaultsFor(first.experiment()), c);
    }

    /** A model showing {@code first} with these settings, paused at step 0. */
    public ExperimentsModel(ExperimentChoice first, ExperimentSettings s, ExperimentControls c) {
        this.catalog = new ArrayList<>(ExperimentChoices.all());
        catalog.replaceAll(e -> e.id().equals(first.id()) ? first : e);
        this.choice = new ReadOnlyObjectWrapper<>(first);
        this.settings = new ReadOnlyObjectWrapper<>(s);
        this.controls = new ReadOnlyObjectWrapper<>(c);
        this.customRuns = new ReadOnlyObjectWrapper<>(CustomPair.defaults());
        this.runner = new ExperimentRunner(first, settings.get(), c);
    }

    // ------------------------------------------------------------------ properties

    public ReadOnlyObjectProperty<ExperimentChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExperimentSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExperimentControls> controlsProperty() {
        return controls.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<RunSettings>> customRunsProperty() {
        return customRuns.getReadOnlyProperty();
    }

    public ExperimentChoice choice() {
        return choice.get();
    }

    public ExperimentSettings settings() {
        return settings.get();
    }

    public ExperimentControls controls() {
        return controls.get();
    }

    public List<RunSettings> customRuns() {
        return customRuns.get();
    }

    /** The list entries (the user's own runs with their current settings). */
    public List<ExperimentChoice> catalog() {
        return List.copyOf(catalog);
    }

    public ExperimentRunner runner() {
        return runner;
    }

    // ------------------------------------------------------------------ commands

    /** Starts an experiment of the list at step 0 with its default steps, paused. */
    public void select(ExperimentChoice c) {
        ExperimentChoice chosen = c.custom() ? ExperimentChoices.custom(customRuns.get()) : c;
        start(chosen, ExperimentSettings.defaultsFor(chosen.experiment()).withSeed(settings.get().seed()));
    }

    public void selectById(String id) {
        select(catalog.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no experiment " + id)));
    }

    private void start(ExperimentChoice c, ExperimentSettings s) {
        choice.set(c);
        settings.set(s);
        if (c.custom()) {
            catalog.replaceAll(e -> e.custom() ? c : e);
        }
        runner.select(c, s);
    }

    /** Restarts the current experiment with another number of training steps. */
    public void setSteps(int steps) {
        if (steps != settings.get().steps()) {
            start(choice.get(), settings.get().withSteps(steps));
        }
    }

    /** Restarts the current experiment from another seed (data, initial weights, batch order). */
    public void setSeed(long seed) {
        if (seed != settings.get().seed()) {
            start(choice.get(), settings.get().withSeed(seed));
        }
    }

    public void updateControls(UnaryOperator<ExperimentControls> change) {
        ExperimentControls c = change.apply(controls.get());
        if (!c.equals(controls.get())) {
            controls.set(c);
            runner.setControls(c);
        }
    }

    /** Copies the current side-by-side runs into "your own runs" and switches to it. */
    public void editAsOwnRuns() {
        if (choice.get().experiment() instanceof dev.bnlab.experiments.LockstepExperiment l) {
            customRuns.set(CustomPair.settingsOf(l.runs(settings.get().seed())));
        }
        start(ExperimentChoices.custom(customRuns.get()), settings.get());
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
            start(ExperimentChoices.custom(runs), settings.get());
        } else {
            runner.setRunHyperparams(i, now.hyperparams());
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
        start(ExperimentChoices.custom(runs), settings.get());
    }

    /** Removes the last of the user's own runs and restarts them. */
    public void removeRun() {
        List<RunSettings> runs = new ArrayList<>(customRuns.get());
        if (runs.size() <= LockstepRuns.MIN_RUNS) {
            return;
        }
        runs.remove(runs.size() - 1);
        customRuns.set(List.copyOf(runs));
        start(ExperimentChoices.custom(runs), settings.get());
    }

    /** A placement for the user's run i (see {@link #editRun}). */
    public void setRunPlacement(int i, Placement p) {
        editRun(i, r -> r.withPlacement(p));
    }

    public void togglePlay() {
        if (runner.isPlaying()) {
            runner.pause();
        } else {
            runner.play();
        }
    }

    public void step(int k) {
        runner.step(k);
    }

    /** Asks for a fresh frame of the current state (nothing is computed). */
    public void refreshFrame() {
        runner.refresh();
    }

    public void runToEnd() {
        runner.runToEnd();
    }

    public void reset() {
        runner.reset();
    }

    public void pause() {
        runner.pause();
    }

    public void setSpeed(double unitsPerSecond) {
        runner.setSpeed(unitsPerSecond);
    }

    /** Stops the experiment thread. */
    public void close() {
        runner.close();
    }
}
