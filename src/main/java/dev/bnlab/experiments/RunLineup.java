package dev.bnlab.experiments;

import java.util.List;

/** The runs of a side-by-side experiment as trained (a detail of its {@link ExperimentResult}). */
public record RunLineup(List<RunSpec> runs) {

    public RunLineup {
        runs = List.copyOf(runs);
    }

    public List<String> labels() {
        return runs.stream().map(RunSpec::label).toList();
    }
}
