package dev.bnlab.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bnlab.core.reference.ReferenceNetwork.TrainPass;
import dev.bnlab.core.reference.ReferenceNetwork;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference implementation reproduces every {@code mlp_training} golden file (computed by PyTorch) under the
 * file's tolerance, so agreement with it means agreement with docs/golden-schema.md, not only between our two
 * implementations.
 */
class ReferenceGoldenTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Largest |got − expected| / (abs + rel·|expected|) over all files; ≤ 1 passes. */
    private static double worstRatio;
    private static String worstWhere = "";

    static Stream<Path> trainingFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(ReferenceGoldenTest.class.getResource("/golden").toURI());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.list(dir)) {
            for (Path p : (Iterable<Path>) all.sorted()::iterator) {
                if (p.toString().endsWith(".json") && "mlp_training".equals(JSON.readTree(p.toFile()).path("kind").asText())) {
                    files.add(p);
                }
            }
        }
        assertThat(files).as("golden mlp_training files").hasSizeGreaterThanOrEqualTo(6);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trainingFiles")
    void referenceReproducesTheGoldenFile(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        Comparison cmp = new Comparison(file.getFileName().toString(), root.path("tolerance"));
        JsonNode in = root.path("input");
        JsonNode expected = root.path("expected");
        Activation activation = Activation.fromId(in.path("network").path("activation").asText());
        Placement placement = Placement.fromId(in.path("network").path("bn_placement").asText());
        boolean bn = placement.hasBatchNorm();
        int h = in.path("network").path("hidden").asInt();
        JsonNode init = in.path("init");
        ReferenceNetwork ref = new ReferenceNetwork(activation, placement, matrix(init.path("W1")), vector(init.path("b1")),
                bn ? vector(init.path("gamma")) : ones(h), bn ? vector(init.path("beta")) : new double[h],
                matrix(init.path("W2"))[0], init.path("b2").get(0).asDouble());
        double lr = in.path("lr").asDouble();
        double eps = bn ? in.path("bn").path("eps").asDouble() : 1e-3;
        Convention convention = bn ? Convention.fromId(in.path("bn").path("convention").asText()) : Convention.KERAS;
        if (convention == Convention.PYTORCH && in.path("bn").path("momentum").isNull()) {
            // "momentum": null is PyTorch's cumulative average (see ScenarioReader)
            convention = Convention.PYTORCH_CUMULATIVE;
        }
        double momentum = bn ? in.path("bn").path("momentum").asDouble() : 0.9;

        JsonNode batches = in.path("batches");
        for (int t = 0; t < batches.size(); t++) {
            JsonNode step = expected.path("steps").get(t);
            String at = "step " + t + " ";
            TrainPass pass = ref.trainStep(matrix(batches.get(t).path("x")), vector(batches.get(t).path("y")), lr, eps,
                    convention, momentum);
            cmp.number(at + "loss", pass.loss(), step.path("loss"));
            cmp.params(at + "grads.", pass.grads().w1(), pass.grads().b1(), pass.grads().gamma(), pass.grads().beta(),
                    pass.grads().w2(), pass.grads().b2().get(0), step.path("grads"), bn);
            cmp.params(at + "params_after.", ref.w1(), ref.b1(), ref.gamma(), ref.beta(), ref.w2(), ref.b2(),
                    step.path("params_after"), bn);
            if (bn) {
                cmp.matrix(at + "pre_bn", pass.preBn(), step.path("pre_bn"));
                cmp.row(at + "batch_mean", pass.batchMean(), step.path("batch_mean"));
                cmp.row(at + "batch_var", pass.batchVar(), step.path("batch_var"));
                cmp.row(at + "running_mean", ref.runningMean(), step.path("running_mean"));
                cmp.row(at + "running_var", ref.runningVar(), step.path("running_var"));
            }
        }
        if (in.has("eval_x")) {
            ReferenceNetwork.EvalResult eval = ref.eval(matrix(in.path("eval_x")), eps);
            JsonNode e = expected.path("eval");
            JsonNode prob = e.path("output_prob");
            for (int i = 0; i < prob.size(); i++) {
                cmp.number("eval output_prob " + i, eval.probability().get(i, 0), prob.get(i));
            }
            if (bn) {
                cmp.matrix("eval pre_bn", eval.preBn(), e.path("pre_bn"));
                cmp.matrix("eval bn_out", eval.bnOut(), e.path("bn_out"));
            }
        }
        record(cmp);
        assertThat(cmp.compared).isGreaterThan(50);
        assertThat(cmp.worstRatio).as("worst at %s", cmp.worstWhere).isLessThanOrEqualTo(1.0);
    }

    @AfterAll
    static void report() {
        System.out.printf("ReferenceGoldenTest: worst |diff| / (abs + rel·|expected|) = %.3e at %s%n", worstRatio,
                worstWhere);
    }

    private static synchronized void record(Comparison cmp) {
        if (cmp.worstRatio > worstRatio) {
            worstRatio = cmp.worstRatio;
            worstWhere = cmp.file + " " + cmp.worstWhere;
        }
    }

    /** The docs/golden-schema.md §6 rule: |got − expected| ≤ abs + rel·|expected|, tracked as a ratio. */
    private static final class Comparison {
        final String file;
        final double abs;
        final double rel;
        double worstRatio;
        String worstWhere = "";
        int compared;

        Comparison(String file, JsonNode tolerance) {
            this.file = file;
            this.abs = tolerance.path("abs").asDouble();
            this.rel = tolerance.path("rel").asDouble();
        }

        void number(String where, double got, JsonNode expected) {
            assertThat(expected.isNumber()).as(where + " present in the file").isTrue();
            double e = expected.asDouble();
            double ratio = Double.isFinite(got) ? Math.abs(got - e) / (abs + rel * Math.abs(e)) : Double.POSITIVE_INFINITY;
            compared++;
            if (!(ratio <= worstRatio)) {
                worstRatio = ratio;
                worstWhere = where + " (got " + got + ", expected " + e + ")";
            }
        }

        /** n×h batch matrix against rows of the file. */
        void matrix(String where, SimpleMatrix got, JsonNode expected) {
            assertThat(expected.size()).as(where + " rows").isEqualTo(got.numRows());
            for (int i = 0; i < got.numRows(); i++) {
                for (int j = 0; j < got.numCols(); j++) {
                    number(where + "[" + i + "][" + j + "]", got.get(i, j), expected.get(i).get(j));
                }
            }
        }

        /** 1×h row against a vector of the file. */
        void row(String where, SimpleMatrix got, JsonNode expected) {
            assertThat(expected.size()).as(where + " length").isEqualTo(got.getNumElements());
            for (int j = 0; j < got.getNumElements(); j++) {
                number(where + "[" + j + "]", got.get(j), expected.get(j));
            }
        }

        void params(String prefix, SimpleMatrix w1, SimpleMatrix b1, SimpleMatrix gamma, SimpleMatrix beta,
                    SimpleMatrix w2, double b2, JsonNode expected, boolean bn) {
            matrix(prefix + "W1", w1, expected.path("W1"));
            row(prefix + "b1", b1, expected.path("b1"));
            row(prefix + "W2", w2, expected.path("W2").get(0));
            number(prefix + "b2", b2, expected.path("b2").get(0));
            if (bn) {
                row(prefix + "gamma", gamma, expected.path("gamma"));
                row(prefix + "beta", beta, expected.path("beta"));
            }
        }
    }

    private static double[][] matrix(JsonNode rows) {
        double[][] m = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            m[i] = vector(rows.get(i));
        }
        return m;
    }

    private static double[] vector(JsonNode values) {
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i).asDouble();
        }
        return v;
    }

    private static double[] ones(int h) {
        double[] v = new double[h];
        java.util.Arrays.fill(v, 1.0);
        return v;
    }
}
