package dev.bnlab.ui;

import dev.bnlab.ui.view.CanvasView;
import dev.bnlab.ui.view.DataView;
import dev.bnlab.ui.view.NetworkDiagramView;
import dev.bnlab.ui.view.TrainingCurvesView;
import java.util.LinkedHashMap;
import java.util.Map;

/** The six views of the main window, by file-friendly name, in reading order. */
public final class ViewCatalog {

    private final Map<String, CanvasView> views = new LinkedHashMap<>();
    private final NetworkDiagramView network = new NetworkDiagramView();

    public ViewCatalog() {
        add("histograms", new PlaceholderView("Per-neuron histograms"));
        add("running-stats", new PlaceholderView("Running statistics"));
        add("activation", new PlaceholderView("Activation and saturation"));
        add("training-curves", new TrainingCurvesView());
        add("data", new DataView());
        add("network", network);
    }

    private void add(String name, CanvasView v) {
        views.put(name, v);
    }

    public Map<String, CanvasView> all() {
        return views;
    }

    /** The network diagram, whose clicks select a hidden neuron. */
    public NetworkDiagramView network() {
        return network;
    }

    public CanvasView get(String name) {
        return views.get(name);
    }
}
