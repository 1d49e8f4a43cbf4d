package dev.bnlab.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Trace} as JSON text with the structure of a golden file's {@code expected} member.
 * Doubles are written with {@link Double#toString(double)}, which round-trips every double exactly. Members
 * a trace does not have (the BN members without BN, eval without eval_x) are left out, as docs/golden-schema.md §5 and §8 say.
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

    /** §5 shape for one hidden layer; §8 shape (layers as lists) for a deep trace. */
    private static Map<String, Object> mlp(MlpTrainingTrace t) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> steps = new ArrayList<>();
        for (StepTrace s : t.steps()) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("loss", s.loss());
            if (t.deep()) {
                step.put("layers", s.layers() == null ? null : s.layers().stream().map(TraceWriter::layerStep).toList());
            } else if (s.layers() != null) {
                step.putAll(layerStep(s.layers().get(0)));
            }
            step.put("grads", parameters(s.grads(), t.deep()));
            step.put("params_after", parameters(s.paramsAfter(), t.deep()));
            steps.add(step);
        }
        m.put("steps", steps);
        Map<String, Object> fin = new LinkedHashMap<>();
        fin.put("params", parameters(t.finalParams(), t.deep()));
        if (t.finalRunning() != null) {
            if (t.deep()) {
                fin.put("running", t.finalRunning().stream().map(TraceWriter::running).toList());
            } else {
                fin.putAll(running(t.finalRunning().get(0)));
            }
        }
        m.put("final", fin);
        if (t.eval() != null) {
            Map<String, Object> eval = new LinkedHashMap<>();
            eval.put("output_prob", t.eval().outputProb());
            if (t.eval().preBn() != null) {
                if (t.deep()) {
                    List<Object> layers = new ArrayList<>();
                    for (int k = 0; k < t.eval().preBn().size(); k++) {
                        Map<String, Object> layer = new LinkedHashMap<>();
                        layer.put("pre_bn", t.eval().preBn().get(k));
                        layer.put("bn_out", t.eval().bnOut().get(k));
                        layers.add(layer);
                    }
                    eval.put("layers", layers);
                } else {
                    eval.put("pre_bn", t.eval().preBn().get(0));
                    eval.put("bn_out", t.eval().bnOut().get(0));
                }
            }
            m.put("eval", eval);
        }
        return m;
    }

    private static Map<String, Object> layerStep(StepTrace.LayerStep l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pre_bn", l.preBn());
        m.put("batch_mean", l.batchMean());
        m.put("batch_var", l.batchVar());
        m.putAll(running(l.running()));
        return m;
    }

    private static Map<String, Object> running(RunningStats r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("running_mean", r.mean());
        m.put("running_var", r.var());
        return m;
    }

    /** §5: W1, b1, gamma, beta, W2, b2; §8: layers [{W, b, gamma, beta}], output {W, b}. */
    private static Map<String, Object> parameters(ParameterSet p, boolean deep) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!deep) {
            ParameterSet.Layer l = p.layers().get(0);
            m.put("W1", l.w());
            m.put("b1", l.b());
            m.put("gamma", l.gamma());
            m.put("beta", l.beta());
            m.put("W2", p.outW());
            m.put("b2", p.outB());
            return m;
        }
        List<Object> layers = new ArrayList<>();
        for (ParameterSet.Layer l : p.layers()) {
            Map<String, Object> layer = new LinkedHashMap<>();
            layer.put("W", l.w());
            layer.put("b", l.b());
            layer.put("gamma", l.gamma());
            layer.put("beta", l.beta());
            layers.add(layer);
        }
        m.put("layers", layers);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("W", p.outW());
        out.put("b", p.outB());
        m.put("output", out);
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
