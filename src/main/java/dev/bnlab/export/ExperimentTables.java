package dev.bnlab.export;

import dev.bnlab.experiments.ExperimentSettings;
import dev.bnlab.experiments.SeriesTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An experiment of the Experiments mode as it was on screen when exported: its series tables (in display order)
 * and what they were measured with. Immutable; the texts are in the language of the moment of export.
 *
 * @param experimentId id of the experiment ("bn-vs-nobn", …, or the user's own runs)
 * @param title        its title as listed
 * @param language     language tag of the texts ("en", "zh-CN")
 * @param settings     steps and seed
 * @param unitsDone    units of work done: training steps, then analysis units (sweeps)
 * @param plannedUnits units of the whole run
 * @param controls     the controls that shape this experiment's views, by name (numbers or booleans)
 * @param runs         the runs trained side by side (one for the single-network experiments)
 * @param caption      the experiment's caption
 * @param findings     what it measured so far, one line each
 * @param series       every series table the views draw from, in display order, names unique
 * @param liveSeries   names of the tables computed on the current network because the experiment's own analysis
 *                     had not reached them yet (the views show these live sweeps)
 */
public record ExperimentTables(String experimentId, String title, String language, ExperimentSettings settings,
                               int unitsDone, int plannedUnits, Map<String, Object> controls, List<ExportedRun> runs,
                               String caption, List<String> findings, List<SeriesTable> series,
                               Set<String> liveSeries) {

    public ExperimentTables {
        controls = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(controls));
        runs = List.copyOf(runs);
        findings = List.copyOf(findings);
        series = List.copyOf(series);
        liveSeries = Set.copyOf(liveSeries);
        if (series.stream().map(SeriesTable::name).distinct().count() != series.size()) {
            throw new IllegalArgumentException("series names must be unique: " + series);
        }
        for (Object v : controls.values()) {
            if (!(v instanceof Number || v instanceof Boolean)) {
                throw new IllegalArgumentException("a control must be a number or a boolean, got " + v);
            }
        }
    }

    /** Training steps taken (all runs take them together). */
    public int trainingStep() {
        return Math.min(unitsDone, settings.steps());
    }

    public boolean finished() {
        return unitsDone >= plannedUnits;
    }
}
