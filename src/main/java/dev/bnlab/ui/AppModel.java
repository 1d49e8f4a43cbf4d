package dev.bnlab.ui;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.SessionState;
import dev.bnlab.core.TestShift;
import dev.bnlab.live.StatusNote;
import dev.bnlab.live.Trainer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The app's settings as read-only properties, changed only through the commands below, which forward
 * to the {@link Trainer}: hot settings apply at the next step, structural ones rebuild from the seed.
 */
public final class AppModel {

    private final Trainer trainer;
    private final ReadOnlyObjectWrapper<SessionConfig> config;
    private final ReadOnlyObjectWrapper<Hyperparams> hyperparams;

    public AppModel(Trainer trainer, SessionConfig config, Hyperparams hp) {
        this.trainer = trainer;
        this.config = new ReadOnlyObjectWrapper<>(config);
        this.hyperparams = new ReadOnlyObjectWrapper<>(hp);
    }

    // ---- Properties
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

    public Trainer trainer() {
        return trainer;
    }

    // ---- Commands
    /** Hot: learning rate, batch size, momentum, convention, ε. */
    public void setHyperparams(Hyperparams hp) {
        if (!hp.equals(hyperparams.get())) {
            hyperparams.set(hp);
            trainer.setHyperparams(hp);
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
            trainer.setTestShift(c.data().testShift());
        } else {
            trainer.rebuild(c, StatusNote.rebuilt(c.initSeed(), what));
        }
    }

    /** Loaded settings: sets both and rebuilds the session from their seeds (hot settings first, so the rebuild uses them). */
    public void apply(SessionConfig c, Hyperparams hp) {
        hyperparams.set(hp);
        trainer.setHyperparams(hp);
        config.set(c);
        trainer.rebuild(c, StatusNote.loaded());
    }

    /**
     * Loaded settings with a trained state: sets both settings and continues from the state (paused), so the
     * next step is the saved session's next step. {@code note} is the status line to show.
     */
    public void apply(SessionConfig c, Hyperparams hp, SessionState state, String note) {
        hyperparams.set(hp);
        config.set(c);
        trainer.restore(c, hp, state, note);
    }

    /**
     * A lesson scene: sets both, rebuilds from their seeds paused and trains exactly {@code steps} steps before
     * the next frame (one trainer command, see {@link Trainer#arrive}); then plays if {@code play}.
     */
    public void arrive(SessionConfig c, Hyperparams hp, int steps, boolean play, String why) {
        hyperparams.set(hp);
        config.set(c);
        trainer.arrive(c, hp, steps, play, why);
    }

    public void setTestShift(TestShift s) {
        setConfig(config().withData(config().data().withTestShift(s)), "controls.setting.shift");
    }

    public void togglePlay() {
        if (trainer.isPlaying()) {
            trainer.pause();
        } else {
            trainer.play();
        }
    }

    public void step(int k) {
        trainer.step(k);
    }

    public void reset() {
        trainer.reset();
    }
}
