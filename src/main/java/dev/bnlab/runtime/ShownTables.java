package dev.bnlab.runtime;

import dev.bnlab.experiments.Finding;
import dev.bnlab.experiments.SeriesTable;
import dev.bnlab.experiments.SingleInstanceExperiment;
import dev.bnlab.export.ExperimentTables;
import dev.bnlab.export.ExportedRun;
import dev.bnlab.i18n.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The series of an experiment as its views show them in a frame: the experiment's own tables at the steps done so
 * far, with the tables the views draw from the live network instead (the shift and scale sweeps, the coupling
 * sweep before the analysis has run; the path of the test point the user picked) put in place of the experiment's
 * own table of that name, or added after them.
 */
public final class ShownTables {

    private ShownTables() {
    }

    /** The frame's tables and what they were measured with; texts in the current language. */
    public static ExperimentTables of(ExperimentFrame f) {
        List<SeriesTable> series = new ArrayList<>(f.result().series());
        Set<String> live = new HashSet<>();
        for (SeriesTable t : liveTables(f)) {
            if (!series.contains(t)) {
                // a live table is not the experiment's own object: replace the experiment's table of that name
                live.add(t.name());
                int at = indexOf(series, t.name());
                if (at >= 0) {
                    series.set(at, t);
                } else {
                    series.add(t);
                }
            }
        }
        List<ExportedRun> runs = f.runs().stream().map(r -> new ExportedRun(r.label(), r.spec().config(),
                r.hyperparams(), r.noiseStrength())).toList();
        List<String> findings = f.result().findings().stream().map(Finding::text).toList();
        return new ExperimentTables(f.choice().id(), f.choice().title(), Messages.locale().toLanguageTag(),
                f.settings(), f.unitsDone(), f.plannedUnits(), controls(f), runs, f.choice().caption(), findings,
                series, live);
    }

    /** The tables the views compute on the live network (the experiment's own object once it has run). */
    private static List<SeriesTable> liveTables(ExperimentFrame f) {
        List<SeriesTable> out = new ArrayList<>();
        f.probe(ShiftProbe.class).ifPresent(p -> {
            out.add(p.shiftSweep());
            out.add(p.scaleSweep());
        });
        f.probe(CouplingProbe.class).ifPresent(p -> out.add(p.sweep()));
        f.probe(InstanceProbe.class).ifPresent(p -> out.addAll(
                SingleInstanceExperiment.tables(p.testPoint(), p.path(), p.batchOfOne())));
        return out;
    }

    /** The controls that change what the views show for this kind of experiment. */
    private static Map<String, Object> controls(ExperimentFrame f) {
        ExperimentOptions c = f.options();
        Map<String, Object> out = new LinkedHashMap<>();
        switch (f.kind()) {
            case SINGLE_INSTANCE -> {
                out.put("testPoint", c.testPoint());
                out.put("batchOfOne", c.batchOfOne());
            }
            case COVARIATE_SHIFT -> {
                out.put("shift", c.shift());
                out.put("scale", c.scale());
                out.put("adaBn", c.adaBn());
                out.put("neuron", f.neuron() + 1);
            }
            case INTERNAL_COVARIATE_SHIFT -> out.put("noiseStrength", c.noiseStrength());
            case LAYER_COUPLING -> out.put("couplingScale", c.couplingScale());
            default -> {
            }
        }
        return out;
    }

    private static int indexOf(List<SeriesTable> series, String name) {
        for (int i = 0; i < series.size(); i++) {
            if (series.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
