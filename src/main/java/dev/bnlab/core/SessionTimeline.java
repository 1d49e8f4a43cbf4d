package dev.bnlab.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The history of one run as a timeline to go back in (docs/timeline.md): a {@link SessionCheckpoint} every
 * {@link #spacing()} steps (100 at first), the hyperparameters and test shift each step used, and marks for
 * events. Going back to step k restores the nearest checkpoint before k and trains the remaining steps again with
 * the same seeds, batches and settings, so every view — the per-element batch data and the decision surface
 * included — shows exactly what the run showed at step k (TimelineTest: snapshot bytes equal a fresh run's).
 *
 * <p>Memory is bounded: when the checkpoints would use more than {@link #budgetBytes()}, every other one is
 * dropped and the spacing doubles, so going back costs at most one spacing of steps.
 *
 * <p>The curves going back shows are the run's own histories cut at step k. The step history keeps the last
 * {@link TrainingSession#HISTORY_CAPACITY} steps; rows the run had already let go of stay blank (NaN) after going
 * back, where a fresh run would still hold them.
 *
 * <p>Not thread-safe: the trainer thread owns it.
 */
public final class SessionTimeline {

    /** Steps between checkpoints at first. */
    public static final int FIRST_SPACING = 100;
    /** Checkpoint memory allowed by default. */
    public static final long DEFAULT_BUDGET = 32L << 20;

    /** A marked event on the timeline. */
    public enum MarkKind {
        /** Training stopped: the loss or a weight became NaN or infinite. */
        DIVERGENCE,
        /** A hot setting (learning rate, batch size, momentum, convention, ε, test shift) changed from this step. */
        SETTINGS_CHANGE,
        /** A lesson scene started here. */
        SCENE_START
    }

    /**
     * A marked event.
     *
     * @param step the step the event belongs to
     * @param kind what happened
     */
    public record Mark(long step, MarkKind kind) {
    }

    /** The hyperparameters and the test shift a step used. */
    private record Settings(Hyperparams hyperparams, TestShift testShift) {
    }

    private final SessionConfig config;
    private final long budget;
    private final TreeMap<Long, SessionCheckpoint> checkpoints = new TreeMap<>();
    /** From each key's step on, the settings used (the first entry is step 1's). */
    private final TreeMap<Long, Settings> settings = new TreeMap<>();
    private final List<Mark> marks = new ArrayList<>();
    private int spacing = FIRST_SPACING;
    private long bytes;
    private boolean divergenceMarked;

    /** A timeline for a session at step 0 (before any step). */
    public SessionTimeline(TrainingSession session) {
        this(session, DEFAULT_BUDGET);
    }

    public SessionTimeline(TrainingSession session, long budgetBytes) {
        if (session.stepCount() != 0) {
            throw new IllegalArgumentException("a timeline starts at step 0, the session is at step "
                    + session.stepCount());
        }
        this.config = session.config();
        this.budget = budgetBytes;
        add(session.checkpoint());
    }

    /** Steps between checkpoints now. */
    public int spacing() {
        return spacing;
    }

    public long budgetBytes() {
        return budget;
    }

    /** Bytes the checkpoints hold now. */
    public long bytes() {
        return bytes;
    }

    public int checkpointCount() {
        return checkpoints.size();
    }

    /** The marks, in step order. */
    public List<Mark> marks() {
        return List.copyOf(marks);
    }

    /**
     * Records the step the session just took (call after every {@link TrainingSession#advance()} that returned
     * true, on the trainer thread): its settings, a checkpoint every {@link #spacing()} steps, a mark when the
     * settings changed or training diverged.
     */
    public void recorded(TrainingSession session) {
        long step = session.stepCount();
        Settings used = new Settings(session.usedHyperparams(), session.dataset().config.testShift());
        Map.Entry<Long, Settings> before = settings.floorEntry(step);
        if (before == null || !before.getValue().equals(used)) {
            settings.put(step, used);
            if (before != null) {
                marks.add(new Mark(step, MarkKind.SETTINGS_CHANGE));
            }
        }
        if (session.divergence() != null && !divergenceMarked) {
            divergenceMarked = true;
            marks.add(new Mark(step, MarkKind.DIVERGENCE));
        }
        if (step % spacing == 0 && session.divergence() == null) {
            add(session.checkpoint());
        }
    }

    /** Marks an event of the UI's (e.g. a lesson scene's start) at a step. */
    public void mark(long step, MarkKind kind) {
        marks.add(new Mark(step, kind));
        marks.sort(java.util.Comparator.comparingLong(Mark::step));
    }

    /**
     * A session at step k of this run, built from the nearest checkpoint before k and the steps after it trained
     * again (trainer thread). {@code current} is the live session (its histories give the curves up to k); it is
     * not changed.
     */
    public TrainingSession sessionAt(TrainingSession current, long k) {
        if (k < 0 || k > current.stepCount()) {
            throw new IllegalArgumentException("step " + k + " is not in this run (0.." + current.stepCount() + ")");
        }
        Settings first = settingsFor(Math.max(1, k));
        TrainingSession s = new TrainingSession(config, first.hyperparams());
        if (k == 0) {
            return s;
        }
        // strictly before k, so that the session ends on a step it took (with that step's batch loaded)
        SessionCheckpoint c = checkpoints.floorEntry(k - 1).getValue();
        if (c.step() > 0) {
            s.restoreState(new SessionState(c.step(), c.runningUpdates(), c.parameters(), c.runningMean(),
                    c.runningVar(), c.sampler(), null, stepHistoryUpTo(current, c.step()),
                    evalHistoryUpTo(current, c.step())));
        }
        for (long t = c.step() + 1; t <= k; t++) {
            Settings st = settingsFor(t);
            s.setHyperparams(st.hyperparams());
            s.setTestShift(st.testShift());
            s.advance();
        }
        return s;
    }

    /**
     * Forgets everything after step k (play resumes from k and makes a new future, as an editor's undo does):
     * later checkpoints, settings and marks.
     */
    public void dropAfter(long k) {
        while (!checkpoints.isEmpty() && checkpoints.lastKey() > k) {
            bytes -= checkpoints.pollLastEntry().getValue().bytes();
        }
        settings.tailMap(k, false).clear();
        marks.removeIf(m -> m.step() > k);
        divergenceMarked = marks.stream().anyMatch(m -> m.kind() == MarkKind.DIVERGENCE);
    }

    private Settings settingsFor(long step) {
        Map.Entry<Long, Settings> e = settings.floorEntry(step);
        if (e == null) {
            e = settings.firstEntry();
        }
        if (e == null) {
            throw new IllegalStateException("no step recorded yet");
        }
        return e.getValue();
    }

    /** Adds a checkpoint; over the budget, drops every other one (never step 0) and doubles the spacing. */
    private void add(SessionCheckpoint c) {
        checkpoints.put(c.step(), c);
        bytes += c.bytes();
        while (bytes > budget && checkpoints.size() > 2) {
            spacing *= 2;
            List<Long> drop = new ArrayList<>();
            for (long step : checkpoints.keySet()) {
                if (step % spacing != 0) {
                    drop.add(step);
                }
            }
            for (long step : drop) {
                bytes -= checkpoints.remove(step).bytes();
            }
        }
    }

    /** The run's step history cut after step c: every row it still holds up to c, NaN where it let go of one. */
    private static HistoryTable stepHistoryUpTo(TrainingSession current, long c) {
        HistoryTable all = current.stepHistory().read(0);
        int rows = (int) Math.min(c, TrainingSession.HISTORY_CAPACITY);
        return cut(all, c, rows, all.endRow() - all.rows() + 1);
    }

    /** The run's evaluations up to step c. */
    private static HistoryTable evalHistoryUpTo(TrainingSession current, long c) {
        HistoryTable all = current.evalHistory().read(0);
        long dropped = all.endRow() - all.rows();
        int held = 0;
        while (held < all.rows() && all.get(held, HistoryColumns.EVAL_STEP) <= c) {
            held++;
        }
        long count = dropped + held;
        int rows = (int) Math.min(count, TrainingSession.HISTORY_CAPACITY);
        double[] values = new double[rows * all.width()];
        java.util.Arrays.fill(values, Double.NaN);
        int from = Math.max(0, held - rows);
        int missing = rows - (held - from);
        System.arraycopy(all.values(), from * all.width(), values, missing * all.width(), (held - from) * all.width());
        return new HistoryTable(count, all.width(), rows, values);
    }

    /**
     * Rows for steps c − rows + 1 … c, taken from a table whose first held row is step {@code firstHeld}
     * (one row per step), NaN for the steps it no longer holds.
     */
    private static HistoryTable cut(HistoryTable all, long c, int rows, long firstHeld) {
        int w = all.width();
        double[] values = new double[rows * w];
        java.util.Arrays.fill(values, Double.NaN);
        for (int r = 0; r < rows; r++) {
            long stepOfRow = c - rows + 1 + r;
            long src = stepOfRow - firstHeld;
            if (src >= 0 && src < all.rows()) {
                System.arraycopy(all.values(), (int) src * w, values, r * w, w);
            }
        }
        return new HistoryTable(c, w, rows, values);
    }
}
