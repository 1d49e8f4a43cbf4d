package dev.bnlab.bench;

import dev.bnlab.core.Activation;
import dev.bnlab.core.DataConfig;
import dev.bnlab.core.Dataset;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Initializer;
import dev.bnlab.core.MiniBatchSampler;
import dev.bnlab.core.Network;
import dev.bnlab.core.Placement;
import dev.bnlab.core.RunningStatsRule;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.TrainingSession;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One training step of the default network (BN before sigmoid, keras momentum 0.9, ε = 1e-3, lr 0.3), with one
 * hidden layer or L of the same width (deep cases "h:n:L"):
 * {@code networkStep} is {@link Network#trainStep} on a loaded batch; {@code sessionAdvance} is what the app's
 * trainer runs, {@link TrainingSession#advance()} (sampling, gather, step, history row), with evaluation off.
 *
 * <p>Run: {@code mvn -B test-compile exec:exec@jmh} (-prof gc shows gc.alloc.rate.norm, bytes per step).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TrainingStepBenchmark {

    /** "hidden:batch" (one hidden layer) or "hidden:batch:layers" (L hidden layers of that width). */
    @Param({"3:16", "3:64", "3:4096", "64:1024", "3:64:3", "3:64:8", "3:1024:3", "3:1024:8"})
    public String shape;

    private Network net;
    private RunningStatsRule rule;
    private Hyperparams hp;
    private TrainingSession session;

    @Setup(Level.Trial)
    public void setUp() {
        String[] parts = shape.split(":");
        int hidden = Integer.parseInt(parts[0]);
        int batch = Integer.parseInt(parts[1]);
        int depth = parts.length > 2 ? Integer.parseInt(parts[2]) : 1;
        int[] widths = new int[depth];
        java.util.Arrays.fill(widths, hidden);
        hp = Hyperparams.defaults().withBatchSize(batch);
        rule = hp.runningRule();
        DataConfig d = DataConfig.defaults();
        DataConfig data = new DataConfig(d.kind(), Math.max(d.trainSize(), 4 * batch), d.testSize(), d.noise(),
                d.testShift(), d.seed());

        net = new Network(2, widths, Activation.SIGMOID, Placement.BEFORE);
        Initializer.initialize(net, 1);
        Dataset ds = Dataset.generate(data);
        double[][] x = new double[batch][2];
        double[] y = new double[batch];
        int[] idx = new int[batch];
        new MiniBatchSampler(ds.trainSize(), 1).next(idx, batch);
        for (int i = 0; i < batch; i++) {
            x[i][0] = ds.trainX(idx[i], 0);
            x[i][1] = ds.trainX(idx[i], 1);
            y[i] = ds.trainLabel(idx[i]);
        }
        net.loadBatch(x, y);

        SessionConfig config = SessionConfig.defaults().withData(data).withHidden(hidden)
                .withLayers(depth).withEvalInterval(Integer.MAX_VALUE);
        session = new TrainingSession(config, hp);
    }

    @Benchmark
    public double networkStep() {
        return net.trainStep(hp.learningRate(), hp.eps(), rule);
    }

    @Benchmark
    public boolean sessionAdvance() {
        return session.advance();
    }
}
