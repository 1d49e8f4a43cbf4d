package dev.bnlab.core;

import java.util.List;

/**
 * One stage of a {@link StepWalkthrough}: the per-example values it uses and produces (columns, each over the
 * batch in batch order) and the single numbers (scalars), by name. The stage ids and names are listed in
 * docs/walkthrough.md.
 *
 * @param id      e.g. "xhat", "dvar"
 * @param columns per-example values, the last one the stage's result where it has one per example
 * @param scalars single numbers, the stage's result among them
 */
public record WalkthroughStage(String id, List<Column> columns, List<Scalar> scalars) {

    public WalkthroughStage {
        columns = List.copyOf(columns);
        scalars = List.copyOf(scalars);
    }

    /** A named value per example of the batch. */
    public record Column(String name, Vec values) {
    }

    /** A named number. */
    public record Scalar(String name, double value) {
    }

    /** The column of this name. */
    public Vec column(String name) {
        for (Column c : columns) {
            if (c.name().equals(name)) {
                return c.values();
            }
        }
        throw new IllegalArgumentException("stage " + id + " has no column " + name);
    }

    /** The scalar of this name. */
    public double scalar(String name) {
        for (Scalar s : scalars) {
            if (s.name().equals(name)) {
                return s.value();
            }
        }
        throw new IllegalArgumentException("stage " + id + " has no number " + name);
    }
}
