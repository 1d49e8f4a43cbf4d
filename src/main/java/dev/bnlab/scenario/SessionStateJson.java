package dev.bnlab.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bnlab.core.Divergence;
import dev.bnlab.core.HistoryColumns;
import dev.bnlab.core.HistoryTable;
import dev.bnlab.core.LayerParameters;
import dev.bnlab.core.Parameters;
import dev.bnlab.core.SamplerState;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.SessionState;
import dev.bnlab.core.TrainingSession;
import dev.bnlab.core.Vec;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The {@code state} member of an experiment file: a {@link SessionState} as JSON. Parameters and running
 * statistics are JSON numbers (finite, written in the shortest form that reads back to the same double); the
 * histories, which hold NaN where a quantity does not exist (e.g. γ without BN), are their IEEE-754 bits in
 * big-endian order, Base64-encoded, one string per row. Reading checks every shape against the settings and names the JSON path of
 * the first problem.
 */
final class SessionStateJson {

    private SessionStateJson() {
    }

    // ------------------------------------------------------------------ write

    /** Fills {@code node}; a non-finite parameter or statistic (a diverged run) cannot be written. */
    static void write(ObjectNode node, SessionState s) throws ScenarioException {
        Parameters p = s.parameters();
        FiniteCheck check = new FiniteCheck();
        for (int k = 0; k < p.depth(); k++) {
            LayerParameters l = p.layer(k);
            String at = "state.parameters.layers[" + k + "].";
            check.vector(at + "w", l.w().toArray()).vector(at + "b", l.b().toArray())
                    .vector(at + "gamma", l.gamma().toArray()).vector(at + "beta", l.beta().toArray());
        }
        check.vector("state.parameters.output.w", p.outW().toArray()).value("state.parameters.output.b", p.outB())
                .vector("state.running.mean", s.runningMean().toArray())
                .vector("state.running.var", s.runningVar().toArray());
        if (check.firstProblem() != null) {
            throw new ScenarioException("", FileText.format("files.state.diverged", check.firstName(),
                    check.firstValue()));
        }
        node.put("step", s.step());
        node.put("runningUpdates", s.runningUpdates());
        ObjectNode params = node.putObject("parameters");
        ArrayNode layers = params.putArray("layers");
        for (LayerParameters l : p.layers()) {
            ObjectNode layer = layers.addObject();
            ArrayNode w = layer.putArray("w");
            for (int j = 0; j < l.width(); j++) {
                ArrayNode row = w.addArray();
                for (int i = 0; i < l.fanIn(); i++) {
                    row.add(l.w(j, i));
                }
            }
            numbers(layer.putArray("b"), l.b());
            numbers(layer.putArray("gamma"), l.gamma());
            numbers(layer.putArray("beta"), l.beta());
        }
        ObjectNode output = params.putObject("output");
        numbers(output.putArray("w"), p.outW());
        output.put("b", p.outB());
        ObjectNode running = node.putObject("running");
        numbers(running.putArray("mean"), s.runningMean());
        numbers(running.putArray("var"), s.runningVar());
        ObjectNode sampler = node.putObject("sampler");
        ArrayNode order = sampler.putArray("order");
        for (int i : s.sampler().order()) {
            order.add(i);
        }
        sampler.put("position", s.sampler().position());
        sampler.put("epoch", s.sampler().epoch());
        sampler.put("rngState", s.sampler().rngState());
        if (s.divergence() == null) {
            node.putNull("divergence");
        } else {
            ObjectNode d = node.putObject("divergence");
            d.put("step", s.divergence().step());
            d.put("what", s.divergence().what());
        }
        history(node.putObject("stepHistory"), s.stepHistory());
        history(node.putObject("evalHistory"), s.evalHistory());
    }

    private static void numbers(ArrayNode array, Vec v) {
        for (int i = 0; i < v.size(); i++) {
            array.add(v.get(i));
        }
    }

    /** One Base64 string per row (a single string could exceed the JSON reader's string length limit). */
    private static void history(ObjectNode node, HistoryTable t) {
        node.put("count", t.endRow());
        node.put("rows", t.rows());
        node.put("columns", t.width());
        ArrayNode rows = node.putArray("float64");
        ByteBuffer buf = ByteBuffer.allocate(t.width() * Double.BYTES);
        Base64.Encoder base64 = Base64.getEncoder();
        for (int r = 0; r < t.rows(); r++) {
            buf.clear();
            for (int c = 0; c < t.width(); c++) {
                // raw bits: NaN payloads and −0.0 survive
                buf.putLong(Double.doubleToRawLongBits(t.get(r, c)));
            }
            rows.add(base64.encodeToString(buf.array()));
        }
    }

    // ------------------------------------------------------------------ read

    /** The state in {@code node}, checked against the settings it was saved with. */
    static SessionState read(LocatedNode node, SessionConfig config) throws ScenarioException {
        int neurons = config.neuronCount();
        LocatedNode stepNode = node.member("step");
        long step = stepNode.wholeNumber(0, Long.MAX_VALUE);
        long updates = node.member("runningUpdates").wholeNumber(0, Long.MAX_VALUE);
        LocatedNode params = node.member("parameters");
        Parameters parameters = params.optionalMember("layers") == null ? readOneLayer(params, config.hidden())
                : readLayers(params, config);
        LocatedNode running = node.member("running");
        double[] mean = running.member("mean").vector(neurons);
        LocatedNode varNode = running.member("var");
        double[] var = varNode.vector(neurons);
        for (int j = 0; j < neurons; j++) {
            if (var[j] < 0) {
                throw new ScenarioException(varNode.path() + "[" + j + "]", FileText.format("files.state.negativeVariance", var[j]));
            }
        }
        SamplerState sampler = readSampler(node.member("sampler"), config.data().trainSize());
        Divergence divergence = readDivergence(node.member("divergence"));
        HistoryTable steps = readHistory(node.member("stepHistory"), HistoryColumns.stepWidth(neurons));
        HistoryTable evals = readHistory(node.member("evalHistory"), HistoryColumns.evalWidth(neurons));
        if (steps.endRow() != step) {
            throw new ScenarioException(node.path() + ".stepHistory.count",
                    FileText.format("files.state.stepCount", steps.endRow(), step));
        }
        if (steps.rows() > 0 && steps.get(steps.rows() - 1, HistoryColumns.STEP) != step) {
            throw new ScenarioException(node.path() + ".stepHistory.float64[" + (steps.rows() - 1) + "]", 
                    FileText.format("files.state.lastRow",
                            LocatedNode.format(steps.get(steps.rows() - 1, HistoryColumns.STEP)), step));
        }
        SessionState state = new SessionState(step, updates, parameters, Vec.copyOf(mean), Vec.copyOf(var), sampler,
                divergence, steps, evals);
        String mismatch = state.mismatch(config);
        if (mismatch != null) {
            throw node.problem(KnownMessages.rule(mismatch));
        }
        return state;
    }

    /** Parameters as files of one hidden layer wrote them before networks had depth: w1, b1, gamma, beta, w2, b2. */
    private static Parameters readOneLayer(LocatedNode params, int h) throws ScenarioException {
        double[] w1 = flat(params.member("w1").matrix(h, 2));
        double[] b1 = params.member("b1").vector(h);
        double[] gamma = params.member("gamma").vector(h);
        double[] beta = params.member("beta").vector(h);
        double[] w2 = params.member("w2").vector(h);
        double b2 = params.member("b2").number();
        return new Parameters(2, List.of(new LayerParameters(2, h, Vec.copyOf(w1), Vec.copyOf(b1), Vec.copyOf(gamma),
                Vec.copyOf(beta))), Vec.copyOf(w2), b2);
    }

    /** layers [{w, b, gamma, beta}], output {w, b}. */
    private static Parameters readLayers(LocatedNode params, SessionConfig config) throws ScenarioException {
        int h = config.hidden();
        LocatedNode layersNode = params.member("layers");
        List<LocatedNode> items = layersNode.elements();
        if (items.size() != config.layers()) {
            throw layersNode.problem(FileText.format("files.state.layers", config.layers(), items.size()));
        }
        List<LayerParameters> layers = new ArrayList<>(items.size());
        int fanIn = 2;
        for (LocatedNode item : items) {
            double[] w = flat(item.member("w").matrix(h, fanIn));
            double[] b = item.member("b").vector(h);
            double[] gamma = item.member("gamma").vector(h);
            double[] beta = item.member("beta").vector(h);
            layers.add(new LayerParameters(fanIn, h, Vec.copyOf(w), Vec.copyOf(b), Vec.copyOf(gamma),
                    Vec.copyOf(beta)));
            fanIn = h;
        }
        LocatedNode output = params.member("output");
        return new Parameters(2, layers, Vec.copyOf(output.member("w").vector(h)), output.member("b").number());
    }

    /** rows[j][i] as one row-major array. */
    private static double[] flat(double[][] rows) {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        double[] out = new double[rows.length * cols];
        for (int j = 0; j < rows.length; j++) {
            System.arraycopy(rows[j], 0, out, j * cols, cols);
        }
        return out;
    }

    private static SamplerState readSampler(LocatedNode node, int total) throws ScenarioException {
        LocatedNode orderNode = node.member("order");
        List<LocatedNode> items = orderNode.elements();
        if (items.size() != total) {
            throw orderNode.problem(FileText.format("files.state.orderLength", total, items.size()));
        }
        int[] order = new int[total];
        int[] firstAt = new int[total];
        java.util.Arrays.fill(firstAt, -1);
        for (int i = 0; i < total; i++) {
            LocatedNode item = items.get(i);
            int k = item.integer(0, total - 1);
            if (firstAt[k] >= 0) {
                throw item.problem(FileText.format("files.state.duplicateIndex", k, firstAt[k]));
            }
            firstAt[k] = i;
            order[i] = k;
        }
        int position = node.member("position").integer(0, total);
        long epoch = node.member("epoch").wholeNumber(0, Long.MAX_VALUE);
        long rng = node.member("rngState").wholeNumber(Long.MIN_VALUE, Long.MAX_VALUE);
        return new SamplerState(order, position, epoch, rng);
    }

    private static Divergence readDivergence(LocatedNode node) throws ScenarioException {
        if (node.isNull()) {
            return null;
        }
        long step = node.member("step").wholeNumber(1, Long.MAX_VALUE);
        return new Divergence(step, node.member("what").text());
    }

    private static HistoryTable readHistory(LocatedNode node, int width) throws ScenarioException {
        long count = node.member("count").wholeNumber(0, Long.MAX_VALUE);
        LocatedNode rowsNode = node.member("rows");
        long need = Math.min(count, TrainingSession.HISTORY_CAPACITY);
        int rows = rowsNode.integer(0, Integer.MAX_VALUE / width / Double.BYTES);
        if (rows > count || rows < need) {
            throw rowsNode.problem(need == count ? FileText.format("files.state.rowsExact", count, rows)
                    : FileText.format("files.state.rowsBetween", need, count, rows));
        }
        LocatedNode columnsNode = node.member("columns");
        int columns = columnsNode.integer(0, Integer.MAX_VALUE);
        if (columns != width) {
            throw columnsNode.problem(FileText.format("files.state.columns", width, columns));
        }
        LocatedNode bitsNode = node.member("float64");
        List<LocatedNode> rowNodes = bitsNode.elements();
        if (rowNodes.size() != rows) {
            throw bitsNode.problem(FileText.format("files.state.rowStrings", LocatedNode.count(rows, LocatedNode.Noun.ROW),
                    rowNodes.size()));
        }
        double[] values = new double[rows * width];
        Base64.Decoder base64 = Base64.getDecoder();
        for (int r = 0; r < rows; r++) {
            LocatedNode rowNode = rowNodes.get(r);
            byte[] bytes;
            try {
                bytes = base64.decode(rowNode.text());
            } catch (IllegalArgumentException e) {
                throw rowNode.problem(FileText.format("files.state.base64", e.getMessage()));
            }
            if (bytes.length != width * Double.BYTES) {
                throw rowNode.problem(FileText.format("files.state.rowBytes", width * Double.BYTES, width,
                        bytes.length));
            }
            ByteBuffer.wrap(bytes).asDoubleBuffer().get(values, r * width, width);
        }
        return new HistoryTable(count, width, rows, values);
    }
}
