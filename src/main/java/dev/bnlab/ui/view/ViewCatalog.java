package dev.bnlab.ui.view;

import java.util.LinkedHashMap;
import java.util.Map;

/** The six views of the main window, by file-friendly name, in reading order. */
public final class ViewCatalog {

    private final Map<String, CanvasView> views = new LinkedHashMap<>();
    private final NetworkDiagramView network = new NetworkDiagramView();
    private final HistogramView histograms = new HistogramView();

    public ViewCatalog() {
        add("histograms", histograms);
        add("running-stats", new RunningStatsView());
        add("activation", new ActivationView());
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

    public HistogramView histograms() {
        return histograms;
    }

    /** The network diagram, whose clicks select a hidden neuron. */
    public NetworkDiagramView network() {
        return network;
    }

    public CanvasView get(String name) {
        return views.get(name);
    }
}
