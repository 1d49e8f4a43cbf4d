package dev.bnlab.experiments;

import dev.bnlab.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * One measured fact of an experiment, kept as a message key of the {@code experiments} bundle and its arguments
 * (numbers stay numbers), so that it is worded in the language current when it is shown, not when it was
 * measured. Arguments: {@link Double}s are written with {@link SeriesStats#fmt}, integers without grouping,
 * {@link RunValues} as "label value, label value", nested findings as their text, anything else as is.
 *
 * @param key  message key, e.g. "experiments.finding.final-loss"
 * @param args the pattern's arguments {0}, {1}, ...
 */
public record Finding(String key, List<Object> args) {

    public Finding {
        args = List.copyOf(args);
    }

    public static Finding of(String key, Object... args) {
        return new Finding(key, List.of(args));
    }

    /** The finding in the current language. */
    public String text() {
        Object[] shown = args.stream().map(Finding::shown).toArray();
        return Messages.format(key, shown);
    }

    @Override
    public String toString() {
        return text();
    }

    private static Object shown(Object a) {
        if (a instanceof Double d) {
            return SeriesStats.fmt(d);
        }
        if (a instanceof Integer || a instanceof Long) {
            return a.toString();
        }
        if (a instanceof RunValues v) {
            return v.text();
        }
        if (a instanceof Finding f) {
            return f.text();
        }
        return a;
    }

    /**
     * One number per run, e.g. the final loss of each run, written "bn 0.1234, nobn 0.4567" (the run labels are
     * data: the CSV column suffixes).
     */
    public record RunValues(List<String> labels, List<Double> values) {

        public RunValues {
            labels = List.copyOf(labels);
            values = List.copyOf(values);
            if (labels.size() != values.size()) {
                throw new IllegalArgumentException(labels.size() + " run labels but " + values.size() + " values");
            }
        }

        /** A collector for building one value at a time. */
        public static Builder builder() {
            return new Builder();
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            String separator = Messages.chinese() ? "，" : ", ";
            for (int i = 0; i < labels.size(); i++) {
                if (i > 0) {
                    sb.append(separator);
                }
                sb.append(labels.get(i)).append(' ').append(SeriesStats.fmt(values.get(i)));
            }
            return sb.toString();
        }

        /** Builds a {@link RunValues}. */
        public static final class Builder {
            private final List<String> labels = new ArrayList<>();
            private final List<Double> values = new ArrayList<>();

            public Builder add(String label, double value) {
                labels.add(label);
                values.add(value);
                return this;
            }

            public RunValues build() {
                return new RunValues(labels, values);
            }
        }
    }
}
