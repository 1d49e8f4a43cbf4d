package dev.bnlab.ui.presentation;

import dev.bnlab.ui.plot.ViewTheme;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What presentation mode looks like: the control groups that stay on screen, the theme and the views' zoom.
 * Kept for as long as the app runs (one instance per window); listeners hear every change. FX thread.
 */
public final class PresentationSettings {

    /** Play/step/reset, learning rate, batch size and BN placement: what a BN lecture changes most. */
    public static final Set<ControlGroup> DEFAULT_KEPT = Set.copyOf(EnumSet.of(
            ControlGroup.RUN, ControlGroup.LEARNING_RATE, ControlGroup.BATCH_SIZE, ControlGroup.PLACEMENT));
    /** 5/3: at 1080p the views' 12/14/16 px fonts become 20/23/27 px. */
    public static final double DEFAULT_ZOOM = 5.0 / 3;
    /** The zoom choices offered in the settings dialog. */
    public static final List<Double> ZOOMS = List.of(1.25, 1.5, DEFAULT_ZOOM, 2.0);

    private final EnumSet<ControlGroup> kept = EnumSet.copyOf(DEFAULT_KEPT);
    private ViewTheme theme = ViewTheme.LIGHT;
    private double zoom = DEFAULT_ZOOM;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public boolean keeps(ControlGroup g) {
        return kept.contains(g);
    }

    public Set<ControlGroup> kept() {
        return Set.copyOf(kept);
    }

    public void setKept(ControlGroup g, boolean keep) {
        boolean changed = keep ? kept.add(g) : kept.remove(g);
        if (changed) {
            fire();
        }
    }

    public void setKept(Set<ControlGroup> groups) {
        kept.clear();
        kept.addAll(groups);
        fire();
    }

    public ViewTheme theme() {
        return theme;
    }

    public void setTheme(ViewTheme t) {
        if (t != theme) {
            theme = Objects.requireNonNull(t);
            fire();
        }
    }

    public double zoom() {
        return zoom;
    }

    public void setZoom(double z) {
        if (!(z >= 1 && z <= 4)) {
            throw new IllegalArgumentException("presentation zoom must be within [1, 4]: " + z);
        }
        if (z != zoom) {
            zoom = z;
            fire();
        }
    }

    public void addListener(Runnable r) {
        listeners.add(r);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
