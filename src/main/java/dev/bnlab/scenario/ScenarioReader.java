package dev.bnlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bnlab.core.Activation;
import dev.bnlab.core.Convention;
import dev.bnlab.core.Placement;
import dev.bnlab.core.RunningStatsRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code kind} and {@code input} members of a golden-schema file (docs/golden-schema.md §1–5, §8) into a
 * {@link Scenario}; every other top-level member ({@code expected}, {@code tolerance}, ...) is ignored.
 *
 * <p>Everything is validated and the first problem is thrown as a {@link ScenarioException} with its JSON
 * path, e.g. {@code input.init.W1: expected 3 rows of 2 numbers, got 1 row}. Members the schema does not
 * define are ignored. For placement {@code none}, {@code input.bn}, {@code init.gamma} and {@code init.beta}
 * are ignored when present.
 *
 * <p>Extension: with convention {@code "pytorch"}, {@code "momentum": null} means PyTorch's
 * {@code momentum=None}, the cumulative average ({@link Convention#PYTORCH_CUMULATIVE}: weight 1/t at the
 * t-th update, unbiased variance). In a {@code bn_layer} case each update is the first, so it replaces the
 * running statistics by the batch statistics (variance unbiased).
 */
public final class ScenarioReader {

    /** Largest hidden layer h, the same for every kind and the app ({@link FileLimits}). */
    public static final int MAX_HIDDEN = FileLimits.MAX_HIDDEN;
    /** Most hidden layers of a {@code deep_mlp_training} case. */
    public static final int MAX_LAYERS = 8;
    /** Largest input size d ({@link FileLimits}). */
    public static final int MAX_INPUTS = 64;
    /**
     * Most numbers a trace may hold (about 40 MB of JSON): it grows with T·(h·d + n·h), so small files could
     * otherwise ask for gigabytes of output.
     */
    public static final long MAX_TRACE_NUMBERS = 2_000_000;

    public Scenario read(Path file) throws ScenarioException {
        return fromTree(JsonTreeParser.parseFile(file, InputFiles.Kind.GOLDEN));
    }

    /** Reads a golden file given as text. */
    public Scenario readString(String json) throws ScenarioException {
        return fromTree(JsonTreeParser.parse(json));
    }

    Scenario fromTree(JsonNode tree) throws ScenarioException {
        LocatedNode root = LocatedNode.root(tree);
        FileLimits.check(FileLimits.GOLDEN, root);
        LocatedNode kindNode = root.member("kind");
        String kind = kindNode.text();
        LocatedNode input = root.member("input");
        switch (kind) {
            case "bn_layer":
                return readBnLayer(input);
            case "mlp_training":
                return readMlpTraining(input, false);
            case "deep_mlp_training":
                return readMlpTraining(input, true);
            default:
                throw kindNode.problem(FileText.format("files.golden.unknownKind", SafeText.value(kind)));
        }
    }

    // ------------------------------------------------------------------ bn_layer (§4)

    private BnLayerCase readBnLayer(LocatedNode input) throws ScenarioException {
        LocatedNode xNode = input.member("x");
        int h = xNode.columnsOfFirstRow();
        double[][] x = xNode.matrixWithColumns(h, 2, FileText.format("files.golden.batchRows"));
        int n = x.length;
        double[] gamma = input.member("gamma").vector(h);
        double[] beta = input.member("beta").vector(h);
        double eps = positive(input.member("eps"));
        double[][] dy = input.member("dy").matrix(n, h);
        double[] meanInit = input.member("running_mean_init").vector(h);
        LocatedNode varInitNode = input.member("running_var_init");
        double[] varInit = varInitNode.vector(h);
        for (int j = 0; j < h; j++) {
            if (varInit[j] < 0) {
                throw varInitNode.elements().get(j).problem(FileText.format("files.golden.negativeVariance",
                        LocatedNode.format(varInit[j])));
            }
        }
        List<RunningStatsRule> updates = new ArrayList<>();
        for (LocatedNode update : input.member("running_updates").elements()) {
            updates.add(readRule(update));
        }
        long numbers = 2L * n * h + 4L * h + 2L * h * updates.size();
        requireTraceSize(input, numbers);
        return new BnLayerCase(x, gamma, beta, eps, dy, meanInit, varInit, List.copyOf(updates));
    }

    // ------------------------------------------------------------------ mlp_training (§5), deep_mlp_training (§8)

    private MlpTrainingCase readMlpTraining(LocatedNode input, boolean deep) throws ScenarioException {
        NetworkSpec net = readNetwork(input.member("network"), deep);
        boolean withBn = net.placement().hasBatchNorm();
        BnSpec bn = withBn ? readBn(input.member("bn")) : null;
        LocatedNode lrNode = input.member("lr");
        double lr = lrNode.number();
        if (lr < 0) {
            throw lrNode.problem(FileText.format("files.golden.nonNegative", LocatedNode.format(lr)));
        }
        ParameterSet init = deep ? readDeepInit(input.member("init"), net, withBn)
                : readInit(input.member("init"), net.inputs(), net.hidden()[0], withBn);
        List<TrainingBatch> batches = readBatches(input.member("batches"), net.inputs());
        LocatedNode evalNode = input.optionalMember("eval_x");
        double[][] evalX = evalNode == null ? null
                : evalNode.matrixWithColumns(net.inputs(), 1, FileText.format("files.golden.evalRows"));
        requireTraceSize(input, traceNumbers(net, batches, evalX));
        return new MlpTrainingCase(deep, net, bn, lr, init, batches, evalX);
    }

    private NetworkSpec readNetwork(LocatedNode network, boolean deep) throws ScenarioException {
        int d = network.member("inputs").integer(1, MAX_INPUTS);
        int[] h = deep ? readWidths(network.member("hidden"))
                : new int[] {network.member("hidden").integer(1, MAX_HIDDEN)};
        LocatedNode actNode = network.member("activation");
        String act = actNode.text();
        Activation activation;
        try {
            activation = Activation.fromId(act);
        } catch (IllegalArgumentException e) {
            throw actNode.problem(FileText.format("files.id.unknown", FileText.format("files.what.activation"), SafeText.value(act),
                    FileText.format("files.list.or", "sigmoid, tanh", "relu")));
        }
        LocatedNode placeNode = network.member("bn_placement");
        String place = placeNode.text();
        Placement placement;
        try {
            placement = Placement.fromId(place);
        } catch (IllegalArgumentException e) {
            throw placeNode.problem(FileText.format("files.id.unknown", FileText.format("files.what.placement"), SafeText.value(place),
                    FileText.format("files.list.or", "before, after", "none")));
        }
        return new NetworkSpec(d, h, activation, placement);
    }

    /** [h_1, …, h_L]: 1 to {@value #MAX_LAYERS} widths, each 1..{@value #MAX_HIDDEN}. */
    private static int[] readWidths(LocatedNode hidden) throws ScenarioException {
        List<LocatedNode> items = hidden.elements();
        if (items.isEmpty() || items.size() > MAX_LAYERS) {
            throw hidden.problem(FileText.format("files.golden.layerCount", MAX_LAYERS, items.size()));
        }
        int[] widths = new int[items.size()];
        for (int k = 0; k < widths.length; k++) {
            widths[k] = items.get(k).integer(1, MAX_HIDDEN);
        }
        return widths;
    }

    private BnSpec readBn(LocatedNode bn) throws ScenarioException {
        RunningStatsRule rule = readRule(bn);
        double eps = positive(bn.member("eps"));
        return new BnSpec(rule, eps);
    }

    /** {"convention": "keras"|"pytorch", "momentum": m in [0, 1]} (pytorch also takes momentum null). */
    private RunningStatsRule readRule(LocatedNode obj) throws ScenarioException {
        LocatedNode convNode = obj.member("convention");
        String conv = convNode.text();
        if (!conv.equals("keras") && !conv.equals("pytorch")) {
            throw convNode.problem(FileText.format("files.id.unknown", FileText.format("files.what.convention"), SafeText.value(conv),
                    FileText.format("files.list.or", "keras", "pytorch")));
        }
        LocatedNode momentumNode = obj.member("momentum");
        if (momentumNode.isNull() && conv.equals("pytorch")) {
            return new RunningStatsRule(Convention.PYTORCH_CUMULATIVE, 0.0);
        }
        if (momentumNode.isNull()) {
            throw momentumNode.problem(FileText.format("files.golden.nullMomentum"));
        }
        double m = momentumNode.number();
        if (!(m >= 0.0 && m <= 1.0)) {
            throw momentumNode.problem(FileText.format("files.rule.unitInterval", LocatedNode.format(m)));
        }
        return new RunningStatsRule(conv.equals("keras") ? Convention.KERAS : Convention.PYTORCH, m);
    }

    /** §5: W1, b1, gamma, beta, W2, b2. */
    private ParameterSet readInit(LocatedNode init, int d, int h, boolean withBn) throws ScenarioException {
        double[][] w1 = init.member("W1").matrix(h, d);
        double[] b1 = init.member("b1").vector(h);
        double[] gamma = withBn ? init.member("gamma").vector(h) : null;
        double[] beta = withBn ? init.member("beta").vector(h) : null;
        double[][] w2 = init.member("W2").matrix(1, h);
        double[] b2 = init.member("b2").vector(1);
        return new ParameterSet(List.of(new ParameterSet.Layer(w1, b1, gamma, beta)), w2, b2);
    }

    /** §8: layers[k] {W, b, gamma, beta}, output {W, b}. */
    private ParameterSet readDeepInit(LocatedNode init, NetworkSpec net, boolean withBn) throws ScenarioException {
        LocatedNode layersNode = init.member("layers");
        List<LocatedNode> items = layersNode.elements();
        int[] h = net.hidden();
        if (items.size() != h.length) {
            throw layersNode.problem(FileText.format("files.golden.initLayers", h.length, items.size()));
        }
        List<ParameterSet.Layer> layers = new ArrayList<>(h.length);
        int fanIn = net.inputs();
        for (int k = 0; k < h.length; k++) {
            LocatedNode layer = items.get(k);
            double[][] w = layer.member("W").matrix(h[k], fanIn);
            double[] b = layer.member("b").vector(h[k]);
            double[] gamma = withBn ? layer.member("gamma").vector(h[k]) : null;
            double[] beta = withBn ? layer.member("beta").vector(h[k]) : null;
            layers.add(new ParameterSet.Layer(w, b, gamma, beta));
            fanIn = h[k];
        }
        LocatedNode output = init.member("output");
        double[][] outW = output.member("W").matrix(1, fanIn);
        double[] outB = output.member("b").vector(1);
        return new ParameterSet(List.copyOf(layers), outW, outB);
    }

    private List<TrainingBatch> readBatches(LocatedNode batchesNode, int d) throws ScenarioException {
        List<LocatedNode> items = batchesNode.elements();
        if (items.isEmpty()) {
            throw batchesNode.problem(FileText.format("files.golden.noBatches"));
        }
        List<TrainingBatch> batches = new ArrayList<>(items.size());
        for (LocatedNode item : items) {
            double[][] x = item.member("x").matrixWithColumns(d, 2, FileText.format("files.golden.batchRows"));
            LocatedNode yNode = item.member("y");
            List<LocatedNode> labels = yNode.elements();
            if (labels.size() != x.length) {
                throw yNode.problem(FileText.format("files.golden.labelCount",
                        LocatedNode.count(x.length, LocatedNode.Noun.LABEL), labels.size()));
            }
            double[] y = new double[x.length];
            for (int i = 0; i < y.length; i++) {
                double label = labels.get(i).number();
                if (label != 0.0 && label != 1.0) {
                    throw labels.get(i).problem(FileText.format("files.golden.label", LocatedNode.format(label)));
                }
                y[i] = label;
            }
            batches.add(new TrainingBatch(x, y));
        }
        return List.copyOf(batches);
    }

    /**
     * About how many numbers the trace of a training case holds: per step the loss, per layer the BN input
     * (n × h) and four statistics vectors, and the gradients and parameters after the step; then the final
     * parameters and statistics and, with eval_x, per row the output and per layer two values per neuron.
     */
    private static long traceNumbers(NetworkSpec net, List<TrainingBatch> batches, double[][] evalX) {
        long params = 0;
        long neurons = 0;
        long fanIn = net.inputs();
        for (int h : net.hidden()) {
            params += h * fanIn + 4L * h;
            neurons += h;
            fanIn = h;
        }
        params += fanIn + 1;
        long numbers = params + 2 * neurons + (evalX == null ? 0 : evalX.length * (1 + 2 * neurons));
        for (TrainingBatch b : batches) {
            numbers += 1 + (long) b.x().length * neurons + 4 * neurons + 2 * params;
        }
        return numbers;
    }

    /** Refuses a case whose trace would exceed {@link #MAX_TRACE_NUMBERS}. */
    private static void requireTraceSize(LocatedNode input, long numbers) throws ScenarioException {
        if (numbers > MAX_TRACE_NUMBERS) {
            throw input.problem(FileText.format("files.golden.traceTooLarge", numbers, MAX_TRACE_NUMBERS));
        }
    }

    /** A finite number &gt; 0 (ε). */
    private static double positive(LocatedNode node) throws ScenarioException {
        double v = node.number();
        if (!(v > 0)) {
            throw node.problem(FileText.format("files.golden.positive", LocatedNode.format(v)));
        }
        return v;
    }
}
