package dev.bnlab.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Trace} as JSON text with the structure of a golden file's {@code expected} member.
 * Doubles are written with {@link Double#toString(double)}, which round-trips every double exactly. Members
 * a trace does not have (the BN members without BN, eval without eval_x) are left out, as README §5 says.
 *
 * <p>The text is built in memory and returned whole, so a caller prints all of it or nothing.
 */
public final class TraceWriter {

    /** The trace as JSON text ending in a newline; fails (naming the trace path) on NaN or Infinity. */
    public String write(Trace trace) throws ScenarioException {
        Map<String, Object> tree = trace instanceof BnLayerTrace bn ? bnLayer(bn) : mlp((MlpTrainingTrace) trace);
        StringBuilder out = new StringBuilder(64 * 1024);
        render(tree, "", 0, out);
        return out.append('\n').toString();
    }

    // ------------------------------------------------------------------ trace → ordered tree (null = absent)

    private static Map<String, Object> bnLayer(BnLayerTrace t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("y", t.y());
        m.put("batch_mean", t.batchMean());
        m.put("batch_var", t.batchVar());
        m.put("dx", t.dx());
        m.put("dgamma", t.dgamma());
        m.put("dbeta", t.dbeta());
        List<Object> updates = new ArrayList<>();
        for (RunningStats r : t.runningUpdates()) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("running_mean", r.mean());
            u.put("running_var", r.var());
            updates.add(u);
        }
        m.put("running_updates", updates);
        return m;
    }

    private static Map<String, Object> mlp(MlpTrainingTrace t) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> steps = new ArrayList<>();
        for (StepTrace s : t.steps()) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("loss", s.loss());
            step.put("pre_bn", s.preBn());
            step.put("batch_mean", s.batchMean());
            step.put("batch_var", s.batchVar());
            if (s.running() != null) {
                step.put("running_mean", s.running().mean());
                step.put("running_var", s.running().var());
            }
            step.put("grads", parameters(s.grads()));
            step.put("params_after", parameters(s.paramsAfter()));
            steps.add(step);
        }
        m.put("steps", steps);
        Map<String, Object> fin = new LinkedHashMap<>();
        fin.put("params", parameters(t.finalParams()));
        if (t.finalRunning() != null) {
            fin.put("running_mean", t.finalRunning().mean());
            fin.put("running_var", t.finalRunning().var());
        }
        m.put("final", fin);
        if (t.eval() != null) {
            Map<String, Object> eval = new LinkedHashMap<>();
            eval.put("output_prob", t.eval().outputProb());
            eval.put("pre_bn", t.eval().preBn());
            eval.put("bn_out", t.eval().bnOut());
            m.put("eval", eval);
        }
        return m;
    }

    private static Map<String, Object> parameters(ParameterSet p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("W1", p.w1());
        m.put("b1", p.b1());
        m.put("gamma", p.gamma());
        m.put("beta", p.beta());
        m.put("W2", p.w2());
        m.put("b2", p.b2());
        return m;
    }

    // ------------------------------------------------------------------ tree → text

    /** Objects and lists one member per line; a vector on one line; a matrix one row per line. */
    private static void render(Object value, String path, int depth, StringBuilder out) throws ScenarioException {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                out.append(first ? "\n" : ",\n");
                first = false;
                indent(depth + 1, out).append('"').append(e.getKey()).append("\": ");
                String key = (String) e.getKey();
                render(e.getValue(), path.isEmpty() ? key : path + "." + key, depth + 1, out);
            }
            out.append('\n');
            indent(depth, out).append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "\n" : ",\n");
                indent(depth + 1, out);
                render(list.get(i), path + "[" + i + "]", depth + 1, out);
            }
            out.append('\n');
            indent(depth, out).append(']');
        } else if (value instanceof double[][] rows) {
            out.append('[');
            for (int i = 0; i < rows.length; i++) {
                out.append(i == 0 ? "\n" : ",\n");
                indent(depth + 1, out);
                vector(rows[i], path + "[" + i + "]", out);
            }
            out.append('\n');
            indent(depth, out).append(']');
        } else if (value instanceof double[] v) {
            vector(v, path, out);
        } else {
            number((Double) value, path, -1, out);
        }
    }

    private static void vector(double[] v, String path, StringBuilder out) throws ScenarioException {
        out.append('[');
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            number(v[i], path, i, out);
        }
        out.append(']');
    }

    /** Writes v, the element {@code index} of {@code path} (or path itself when index &lt; 0). */
    private static void number(double v, String path, int index, StringBuilder out) throws ScenarioException {
        if (!Double.isFinite(v)) {
            throw new ScenarioException(index < 0 ? path : path + "[" + index + "]",
                    "is " + v + "; a trace cannot contain NaN or Infinity");
        }
        out.append(Double.toString(v));
    }

    private static StringBuilder indent(int depth, StringBuilder out) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
        return out;
    }
}
