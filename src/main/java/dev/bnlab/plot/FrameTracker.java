package dev.bnlab.plot;

import dev.bnlab.core.Snapshot;

/**
 * Tells a view whether the snapshot it is drawing is a new step (update the steady axes once), is a redraw
 * of the same step (resize, other selected neuron: only draw), or starts a new run (forget the axes).
 */
public final class FrameTracker {

    public enum Change { SAME, NEXT, RESTART }

    private Snapshot last;

    public Change see(Snapshot s) {
        Change c;
        if (last == null) {
            c = Change.RESTART;
        } else if (s == last) {
            c = Change.SAME;
        } else if (!s.config().equals(last.config()) || s.step() < last.step()) {
            c = Change.RESTART;
        } else {
            c = Change.NEXT;
        }
        last = s;
        return c;
    }
}
