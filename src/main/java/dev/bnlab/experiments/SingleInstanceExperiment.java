package dev.bnlab.experiments;

import dev.bnlab.core.Dataset;
import dev.bnlab.core.Network;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Single-instance inference (issue 4 §2): after training, one test point's path through the network in eval
 * mode with every number, and what training mode would do with a batch of that one point (σ² = 0).
 */
public final class SingleInstanceExperiment implements Experiment {

    private final int testPoint;

    /** @param testPoint index of the test point to follow */
    public SingleInstanceExperiment(int testPoint) {
        if (testPoint < 0) {
            throw new IllegalArgumentException("test point index must be ≥ 0, got " + testPoint);
        }
        this.testPoint = testPoint;
    }

    @Override
    public String id() {
        return "single-instance";
    }

    /**
     * "Batch size 1 cannot train in training mode": in a batch of one example, every neuron's σ²_B is 0 and
     * ∂L/∂W of the first layer is exactly 0.
     */
    @Override
    public Optional<Claim> claim() {
        return Optional.of(new Claim("experiments.rule.batch-of-one", r -> {
            Map<String, Double> m = new LinkedHashMap<>();
            SingleExampleBatch.Outcome o = r.detail(SingleExampleBatch.Outcome.class).orElseThrow();
            m.put("max_batch_var", o.batchVar().max());
            m.put("grad_w1_norm", o.gradW1Norm());
            return m;
        }, m -> m.get("max_batch_var") == 0.0 && m.get("grad_w1_norm") == 0.0));
    }

    @Override
    public ExperimentRun start(ExperimentSettings settings) {
        return new Run(settings);
    }

    private final class Run extends BnSessionRun {
        private InstancePath path;
        private SingleExampleBatch.Outcome single;

        Run(ExperimentSettings settings) {
            super(settings, 1);
            if (testPoint >= session.dataset().testSize()) {
                throw new IllegalArgumentException("test point " + testPoint + " does not exist: the test set has "
                        + session.dataset().testSize() + " points");
            }
        }

        @Override
        protected void analyze(int unit) {
            Dataset d = session.dataset();
            double[] x = new double[d.inputs()];
            for (int k = 0; k < x.length; k++) {
                x[k] = d.testX(testPoint, k);
            }
            Network net = session.network();
            double eps = session.hyperparams().eps();
            path = SingleInstanceInference.trace(net, eps, x, d.testLabel(testPoint));
            single = SingleExampleBatch.demonstrate(net, eps, x, d.testLabel(testPoint));
        }

        @Override
        public ExperimentResult result() {
            List<SeriesTable> tables = new ArrayList<>();
            List<Finding> findings = new ArrayList<>();
            List<Object> details = new ArrayList<>();
            if (path != null) {
                tables.addAll(tables(testPoint, path, single));
                details.add(path);
                details.add(single);
                findings.add(Finding.of("experiments.finding.instance-output", testPoint, (int) path.label(),
                        path.logit(), path.probability()));
                findings.add(Finding.of("experiments.finding.batch-of-one", single.batchVar().max(),
                        single.xhat().max(), single.gradW1Norm(), single.verdict().explanationFinding()));
            }
            return new ExperimentResult(id(), caption(), settings, tables, findings, details);
        }
    }

    /**
     * The series of one test point: its path ("instance-path"), its output ("instance-output") and, when given,
     * the batch-of-one demonstration ("batch-size-one").
     */
    public static List<SeriesTable> tables(int testPoint, InstancePath path, SingleExampleBatch.Outcome single) {
        List<SeriesTable> tables = new ArrayList<>();
        tables.add(pathTable(path));
        SeriesTable.Builder out = SeriesTable.builder("instance-output", "test_point", "x0", "x1", "label",
                "logit", "probability");
        out.add(testPoint, path.x()[0], path.x()[1], path.label(), path.logit(), path.probability());
        tables.add(out.build());
        if (single != null) {
            SeriesTable.Builder one = SeriesTable.builder("batch-size-one", "neuron", "batch_var", "xhat",
                    "bn_out", "grad_w1_norm");
            for (int j = 0; j < single.batchVar().size(); j++) {
                one.add(j, single.batchVar().get(j), single.xhat().get(j), single.bnOut().get(j),
                        single.gradW1Norm());
            }
            tables.add(one.build());
        }
        return tables;
    }

    /** One row per hidden neuron: every number on the point's path. */
    static SeriesTable pathTable(InstancePath p) {
        SeriesTable.Builder b = SeriesTable.builder("instance-path", "neuron", "z", "prebn", "running_mean",
                "running_var", "xhat", "gamma", "beta", "bn_out", "activation", "w2", "contribution");
        for (NeuronPath n : p.neurons()) {
            b.add(n.neuron(), n.z(), n.preBn(), n.runningMean(), n.runningVar(), n.normalized(), n.gamma(), n.beta(),
                    n.bnOut(), n.activation(), n.outputWeight(), n.contribution());
        }
        return b.build();
    }
}
