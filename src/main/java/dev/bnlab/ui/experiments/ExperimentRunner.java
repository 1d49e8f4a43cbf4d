package dev.bnlab.ui.experiments;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.experiments.ExperimentSettings;
import dev.bnlab.experiments.Finding;
import dev.bnlab.live.FrameWorker;

/**
 * Runs an {@link ExperimentSession} on its own thread (never the FX thread) and publishes immutable
 * {@link ExperimentFrame}s: a {@link FrameWorker}, as {@code dev.bnlab.live.Trainer} is for the live lab. The UI
 * asks for a frame ({@link #requestFrame()}), takes the latest at most once per pulse ({@link #takeFrame()}), and
 * sends commands, which run on the experiment thread between units of work.
 */
public final class ExperimentRunner extends FrameWorker<ExperimentFrame> {

    /** Default units per second while playing: 300 steps in 5 s. */
    public static final double DEFAULT_SPEED = 60;

    // experiment-thread state
    private ExperimentSession session;
    private long generation;
    private int pendingUnits;
    /** The status note: a message key of the experiments bundle and its arguments, or null for none. */
    private Finding note;
    private long nextDue = System.nanoTime();

    public ExperimentRunner(ExperimentChoice choice, ExperimentSettings settings, ExperimentControls controls) {
        super(DEFAULT_SPEED);
        session = new ExperimentSession(choice, settings, controls);
        start("bnlab-experiment");
    }

    // ------------------------------------------------------------------ commands (any thread)

    /** Starts another experiment (or the same with other settings) at step 0, paused. */
    public void select(ExperimentChoice choice, ExperimentSettings settings) {
        setPlaying(false);
        command(() -> {
            session = new ExperimentSession(choice, settings, session.controls());
            restarted(null);
        });
    }

    public void play() {
        setPlaying(true);
        command(() -> {
            if (session.finished()) {
                // playing a finished experiment starts it over
                session.restart();
                restarted(null);
            }
            markDirty();
        });
    }

    /** Pauses and does exactly k units of work (k training steps of every run while training). */
    public void step(int k) {
        setPlaying(false);
        command(() -> pendingUnits += k);
    }

    /** Runs every remaining unit as fast as possible. */
    public void runToEnd() {
        setPlaying(false);
        command(() -> pendingUnits = Integer.MAX_VALUE);
    }

    /** Back to step 0 with the same experiment and settings. */
    public void reset() {
        setPlaying(false);
        command(() -> {
            session.restart();
            restarted(Finding.of("experiments.ui.status.reset"));
        });
    }

    /** Publishes a fresh frame of the same state (e.g. after a language switch); computes nothing new. */
    public void refresh() {
        command(this::markDirty);
    }

    public void setControls(ExperimentControls c) {
        command(() -> {
            session.setControls(c);
            markDirty();
        });
    }

    /** Hot settings of one side-by-side run. */
    public void setRunHyperparams(int run, Hyperparams hp) {
        command(() -> {
            session.setRunHyperparams(run, hp);
            markDirty();
        });
    }

    // ------------------------------------------------------------------ experiment thread

    private void restarted(Finding why) {
        generation++;
        pendingUnits = 0;
        note = why;
        markDirty();
    }

    @Override
    protected void work() throws InterruptedException {
        if (pendingUnits > 0) {
            // in slices of ~4 ms so that commands and frame requests are answered
            long sliceEnd = System.nanoTime() + 4_000_000L;
            while (pendingUnits > 0 && session.advance()) {
                pendingUnits--;
                markDirty();
                if (System.nanoTime() > sliceEnd) {
                    break;
                }
            }
            if (session.finished()) {
                pendingUnits = 0;
            }
        } else if (isPlaying()) {
            playSlice();
        } else {
            waitForCommand(IDLE_WAIT_NANOS);
        }
    }

    @Override
    protected void failed(RuntimeException e) {
        pendingUnits = 0;
        note = Finding.of("experiments.ui.status.error", String.valueOf(e.getMessage()));
    }

    private void playSlice() throws InterruptedException {
        double sp = speed();
        long now = System.nanoTime();
        if (Double.isInfinite(sp)) {
            long sliceEnd = now + 4_000_000L;
            while (session.advance() && System.nanoTime() < sliceEnd && !frameWanted()) {
                markDirty();
            }
            markDirty();
            nextDue = System.nanoTime();
        } else if (now >= nextDue) {
            session.advance();
            markDirty();
            long period = (long) (1e9 / sp);
            nextDue = Math.max(nextDue + period, now - period);
        } else {
            waitForCommand(Math.min(nextDue - now, IDLE_WAIT_NANOS));
        }
        if (session.finished()) {
            setPlaying(false);
            markDirty();
        }
    }

    @Override
    protected ExperimentFrame buildFrame() {
        // the note is worded now, in the language of the moment; refresh() asks for a new frame after a switch
        return session.frame(isPlaying(), note == null ? "" : note.text(), generation);
    }
}
