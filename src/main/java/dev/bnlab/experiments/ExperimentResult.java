package dev.bnlab.experiments;

import java.util.List;
import java.util.Optional;

/**
 * What an experiment measured: its plotted series (one {@link SeriesTable} per group, written as one CSV each),
 * one-line findings in numbers, and typed details for views (immutable records such as {@link InstancePath}).
 *
 * @param experimentId the experiment's id
 * @param caption      the experiment's caption
 * @param settings     steps and seed used
 * @param series       plotted series groups, in display order
 * @param findings     measured facts, one line each, worded when shown ({@link Finding#text()})
 * @param details      typed immutable records for views
 */
public record ExperimentResult(String experimentId, String caption, ExperimentSettings settings,
                               List<SeriesTable> series, List<Finding> findings, List<Object> details) {

    public ExperimentResult {
        series = List.copyOf(series);
        findings = List.copyOf(findings);
        details = List.copyOf(details);
    }

    /** The series group with this name. */
    public SeriesTable series(String name) {
        for (SeriesTable t : series) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("experiment " + experimentId + " has no series \"" + name + "\"");
    }

    /** The first detail of this type, if any. */
    public <T> Optional<T> detail(Class<T> type) {
        for (Object d : details) {
            if (type.isInstance(d)) {
                return Optional.of(type.cast(d));
            }
        }
        return Optional.empty();
    }
}
