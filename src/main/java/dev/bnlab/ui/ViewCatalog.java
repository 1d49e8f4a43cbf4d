package dev.bnlab.ui;

import dev.bnlab.ui.view.CanvasView;
import java.util.LinkedHashMap;
import java.util.Map;

/** The six views of the main window, by file-friendly name, in reading order. */
public final class ViewCatalog {

    private final Map<String, CanvasView> views = new LinkedHashMap<>();

    public ViewCatalog() {
        add("histograms", new PlaceholderView("Per-neuron histograms"));
        add("running-stats", new PlaceholderView("Running statistics"));
        add("activation", new PlaceholderView("Activation and saturation"));
        add("training-curves", new PlaceholderView("Training curves"));
        add("data", new PlaceholderView("Data and decision boundary"));
        add("network", new PlaceholderView("Network"));
    }

    private void add(String name, CanvasView v) {
        views.put(name, v);
    }

    public Map<String, CanvasView> all() {
        return views;
    }

    public CanvasView get(String name) {
        return views.get(name);
    }
}
