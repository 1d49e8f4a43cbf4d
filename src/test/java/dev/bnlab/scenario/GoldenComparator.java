package dev.bnlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares a trace with a golden file's {@code expected} (docs/golden-schema.md §6): every number of expected must
 * be at the same place in the trace with |got − exp| ≤ abs + rel·|exp|. A missing member or element, a
 * non-number, null, NaN, ±Infinity, and an array longer than expected all count as failures; members the
 * expected lacks are ignored. Also tracks the largest absolute difference and where it occurred.
 */
public final class GoldenComparator {

    private final double abs;
    private final double rel;

    public GoldenComparator(double abs, double rel) {
        this.abs = abs;
        this.rel = rel;
    }

    /** Uses the file's {@code tolerance} member {"abs": ..., "rel": ...}. */
    public static GoldenComparator forTolerance(JsonNode tolerance) {
        return new GoldenComparator(tolerance.get("abs").doubleValue(), tolerance.get("rel").doubleValue());
    }

    /** Outcome of one comparison. */
    public record Result(List<String> failures, int numbersCompared, double maxAbsDiff, String worstPath) {

        public boolean passed() {
            return failures.isEmpty();
        }

        /** "N numbers, max |got−exp| = D at PATH[, K failures: first ...]". */
        public String summary() {
            String s = numbersCompared + " numbers, max |got-exp| = " + maxAbsDiff + " at "
                    + (worstPath.isEmpty() ? "-" : worstPath);
            if (!failures.isEmpty()) {
                s += ", " + failures.size() + " failure(s): " + String.join("; ",
                        failures.subList(0, Math.min(10, failures.size())));
            }
            return s;
        }
    }

    public Result compare(JsonNode expected, JsonNode actual) {
        Walk walk = new Walk();
        walk.compare(expected, actual, "");
        return new Result(List.copyOf(walk.failures), walk.numbers, walk.maxAbsDiff, walk.worstPath);
    }

    private final class Walk {
        final List<String> failures = new ArrayList<>();
        int numbers;
        double maxAbsDiff;
        String worstPath = "";

        void compare(JsonNode exp, JsonNode got, String path) {
            if (exp.isObject()) {
                if (got == null || !got.isObject()) {
                    failures.add(where(path) + ": expected an object, got " + kind(got));
                    return;
                }
                for (Map.Entry<String, JsonNode> member : exp.properties()) {
                    String childPath = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
                    JsonNode gotChild = got.get(member.getKey());
                    if (gotChild == null) {
                        failures.add(childPath + ": missing member");
                    } else {
                        compare(member.getValue(), gotChild, childPath);
                    }
                }
            } else if (exp.isArray()) {
                if (got == null || !got.isArray()) {
                    failures.add(where(path) + ": expected an array, got " + kind(got));
                    return;
                }
                for (int i = 0; i < exp.size(); i++) {
                    String childPath = path + "[" + i + "]";
                    if (i >= got.size()) {
                        failures.add(childPath + ": missing element");
                    } else {
                        compare(exp.get(i), got.get(i), childPath);
                    }
                }
                if (got.size() > exp.size()) {
                    failures.add(where(path) + ": " + (got.size() - exp.size()) + " extra element(s), expected "
                            + exp.size());
                }
            } else if (exp.isNumber()) {
                compareNumber(exp.doubleValue(), got, path);
            } else if (!exp.equals(got)) {
                failures.add(where(path) + ": expected " + exp + ", got " + kind(got));
            }
        }

        void compareNumber(double exp, JsonNode got, String path) {
            numbers++;
            if (got == null || !got.isNumber()) {
                failures.add(where(path) + ": expected a number, got " + kind(got));
                return;
            }
            double g = got.doubleValue();
            if (!Double.isFinite(g)) {
                failures.add(where(path) + ": got " + g);
                return;
            }
            // |got − exp| ≤ abs + rel·|exp|
            double diff = Math.abs(g - exp);
            if (worstPath.isEmpty() || diff > maxAbsDiff) {
                maxAbsDiff = diff;
                worstPath = where(path);
            }
            if (!(diff <= abs + rel * Math.abs(exp))) {
                failures.add(where(path) + ": got " + g + ", expected " + exp + " (|diff| = " + diff + ")");
            }
        }

        private String where(String path) {
            return path.isEmpty() ? "(root)" : path;
        }

        private String kind(JsonNode n) {
            return n == null ? "nothing" : n.isNumber() ? n.toString() : LocatedNode.describe(n);
        }
    }
}
