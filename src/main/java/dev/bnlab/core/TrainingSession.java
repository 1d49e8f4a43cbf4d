package dev.bnlab.core;

import java.util.ArrayList;
import java.util.List;

/**
 * One training run: data, network, mini-batch order, histories and divergence state, all rebuilt
 * deterministically from the {@link SessionConfig}'s seeds.
 *
 * <p>Threading: one thread (the trainer) calls the mutating methods. {@link #setHyperparams} may be called
 * from any thread and takes effect at the next step; {@link #stepHistory()} and {@link #evalHistory()} may be
 * read from any thread.
 */
public final class TrainingSession {

    /** Steps kept in the step history. */
    public static final int HISTORY_CAPACITY = 20_000;

    private final SessionConfig config;
    private Dataset dataset;
    private final Network net;
    private MiniBatchSampler sampler;
    private final int[] batchIndex;
    private final EvalPass evalPass = new EvalPass();
    private final ScalarHistory stepHistory;
    private final ScalarHistory evalHistory;
    private volatile Hyperparams pending;
    private volatile TestShift pendingShift;
    private Hyperparams used;
    private long step;
    private Divergence divergence;
    private EvalMetrics lastEval;
    private boolean previewLoaded;
    /** Whether the network holds the forward pass of the step just taken (false after reset and restore). */
    private boolean stepLoaded;
    private Hyperparams ruleOwner;
    private RunningStatsRule rule;

    public TrainingSession(SessionConfig config, Hyperparams hyperparams) {
        this.config = config;
        this.dataset = Dataset.generate(config.data());
        this.net = new Network(dataset.inputs(), config.hidden(), config.activation(), config.placement());
        this.batchIndex = new int[Math.min(Hyperparams.MAX_BATCH, dataset.trainSize())];
        this.stepHistory = new ScalarHistory(HISTORY_CAPACITY, HistoryColumns.stepWidth(config.hidden()));
        this.evalHistory = new ScalarHistory(HISTORY_CAPACITY, HistoryColumns.evalWidth(config.hidden()));
        this.pending = hyperparams;
        this.used = hyperparams;
        reset();
    }

    /** Back to step 0: same data, same initial weights, same batch order (from the seeds). */
    public void reset() {
        Initializer.initialize(net, config.initSeed());
        sampler = new MiniBatchSampler(dataset.trainSize(), config.batchSeed());
        step = 0;
        divergence = null;
        lastEval = null;
        previewLoaded = false;
        stepLoaded = false;
        stepHistory.clear();
        evalHistory.clear();
        used = pending;
    }

    /** A new session with other structural settings and the current hyperparameters. */
    public TrainingSession rebuild(SessionConfig newConfig) {
        return new TrainingSession(newConfig, pending);
    }

    /** Hot settings: applied at the next step. Safe from any thread. */
    public void setHyperparams(Hyperparams hp) {
        if (hp == null) {
            throw new IllegalArgumentException("hyperparameters are required");
        }
        this.pending = hp;
    }

    /** Test-set covariate shift: applied before the next step or evaluation. Safe from any thread. */
    public void setTestShift(TestShift shift) {
        this.pendingShift = shift;
    }

    public Hyperparams hyperparams() {
        return pending;
    }

    public SessionConfig config() {
        return config;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** The live network (trainer thread only). */
    public Network network() {
        return net;
    }

    public long stepCount() {
        return step;
    }

    /** Why training stopped, or null. */
    public Divergence divergence() {
        return divergence;
    }

    public ScalarHistory stepHistory() {
        return stepHistory;
    }

    public ScalarHistory evalHistory() {
        return evalHistory;
    }

    /**
     * Trains on one mini-batch (nothing happens once diverged) and records the step's scalars; allocates
     * nothing except on evaluation steps.
     *
     * @return true if a step was taken
     */
    public boolean advance() {
        if (divergence != null) {
            return false;
        }
        applyPendingShift();
        Hyperparams hp = pending;
        used = hp;
        int n = Math.min(hp.batchSize(), dataset.trainSize());
        sampler.next(batchIndex, n);
        net.loadBatch(dataset.trainFeatureMajor(), dataset.trainLabels(), dataset.trainSize(), batchIndex, n);
        double loss = net.trainStep(hp.learningRate(), hp.eps(), runningRule(hp));
        step++;
        previewLoaded = false;
        stepLoaded = true;
        record(hp, loss);
        if (!Double.isFinite(loss)) {
            divergence = new Divergence(step, Double.isNaN(loss) ? Divergence.LOSS_NAN : Divergence.LOSS_INFINITE);
        } else if (!net.parametersFinite()) {
            divergence = new Divergence(step, Divergence.WEIGHT_NOT_FINITE);
        } else if (step % config.evalInterval() == 0) {
            evaluate();
        }
        return true;
    }

    /**
     * hp.runningRule(), built once per Hyperparams value: a new rule per step is only free when the JIT inlines
     * the whole step, which it does not always do (JMH -prof gc showed 24 B/op at n = 16).
     */
    private RunningStatsRule runningRule(Hyperparams hp) {
        if (hp != ruleOwner) {
            rule = hp.runningRule();
            ruleOwner = hp;
        }
        return rule;
    }

    /** {@link #advance()}, then a snapshot without per-element arrays. */
    public Snapshot step() {
        advance();
        return snapshot(false);
    }

    private void record(Hyperparams hp, double loss) {
        double[] row = stepHistory.rowBuffer();
        int o = stepHistory.nextRowOffset();
        row[o + HistoryColumns.STEP] = step;
        row[o + HistoryColumns.LOSS] = loss;
        row[o + HistoryColumns.ACCURACY] = net.lastAccuracy();
        row[o + HistoryColumns.LEARNING_RATE] = hp.learningRate();
        boolean bn = config.placement().hasBatchNorm();
        for (int j = 0; j < net.hidden; j++) {
            int c = o + HistoryColumns.neuron(j, 0);
            row[c + HistoryColumns.BATCH_MEAN] = net.batchMean(j);
            row[c + HistoryColumns.BATCH_VAR] = net.batchVar(j);
            row[c + HistoryColumns.RUNNING_MEAN] = bn ? net.runningMean.data[j] : Double.NaN;
            row[c + HistoryColumns.RUNNING_VAR] = bn ? net.runningVar.data[j] : Double.NaN;
            row[c + HistoryColumns.GAMMA] = bn ? net.usedGamma(j) : Double.NaN;
            row[c + HistoryColumns.BETA] = bn ? net.usedBeta(j) : Double.NaN;
            row[c + HistoryColumns.SATURATION] = net.saturatedFraction(j);
        }
        stepHistory.commit();
    }

    private void applyPendingShift() {
        TestShift s = pendingShift;
        if (s != null && !s.equals(dataset.config.testShift())) {
            dataset = dataset.withTestShift(s);
        }
    }

    /**
     * Measures eval mode now: test loss/accuracy with the running statistics, and the population
     * statistics of the values entering BN over the whole training set. Recorded in the eval history.
     */
    public EvalMetrics evaluate() {
        applyPendingShift();
        double eps = used.eps();
        evalPass.run(net, eps, dataset.testFeatureMajor(), dataset.testSize());
        double testLoss = evalPass.loss(dataset.testLabels());
        double testAcc = evalPass.accuracy(dataset.testLabels());
        evalPass.run(net, eps, dataset.trainFeatureMajor(), dataset.trainSize());
        int h = net.hidden;
        int m = dataset.trainSize();
        double[] popMean = new double[h];
        double[] popVar = new double[h];
        double[] col = new double[m];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < m; i++) {
                col[i] = evalPass.preBn(j, i);
            }
            popMean[j] = BatchNormKernels.mean(col, 0, m);
            popVar[j] = BatchNormKernels.biasedVariance(col, 0, m, popMean[j]);
        }
        lastEval = new EvalMetrics(step, testLoss, testAcc, Vec.wrap(popMean), Vec.wrap(popVar));
        double[] row = evalHistory.rowBuffer();
        int o = evalHistory.nextRowOffset();
        row[o + HistoryColumns.EVAL_STEP] = step;
        row[o + HistoryColumns.EVAL_TEST_LOSS] = testLoss;
        row[o + HistoryColumns.EVAL_TEST_ACCURACY] = testAcc;
        for (int j = 0; j < h; j++) {
            row[o + HistoryColumns.evalNeuron(j, HistoryColumns.POPULATION_MEAN)] = popMean[j];
            row[o + HistoryColumns.evalNeuron(j, HistoryColumns.POPULATION_VAR)] = popVar[j];
        }
        evalHistory.commit();
        return lastEval;
    }

    /**
     * A snapshot of the latest step. With {@code withBatch}, the per-element arrays are copied too; before
     * the first step (and right after {@link #restoreState}) they show the next batch in training mode without
     * any update (a preview).
     */
    public Snapshot snapshot(boolean withBatch) {
        if (!stepLoaded && !previewLoaded && withBatch) {
            loadPreview();
        }
        boolean haveForward = stepLoaded || previewLoaded;
        int h = net.hidden;
        boolean bn = config.placement().hasBatchNorm();
        List<NeuronState> neurons = new ArrayList<>(h);
        for (int j = 0; j < h; j++) {
            if (haveForward) {
                neurons.add(new NeuronState(net.batchMean(j), net.batchVar(j),
                        bn ? net.runningMean.data[j] : Double.NaN, bn ? net.runningVar.data[j] : Double.NaN,
                        bn ? net.usedGamma(j) : Double.NaN, bn ? net.usedBeta(j) : Double.NaN,
                        net.saturatedFraction(j)));
            } else {
                neurons.add(new NeuronState(Double.NaN, Double.NaN, bn ? net.runningMean.data[j] : Double.NaN,
                        bn ? net.runningVar.data[j] : Double.NaN, bn ? net.gamma.data[j] : Double.NaN,
                        bn ? net.beta.data[j] : Double.NaN, Double.NaN));
            }
        }
        BatchArrays arrays = withBatch && haveForward ? BatchArrays.copyFrom(net) : null;
        double loss = haveForward ? net.lastLoss() : Double.NaN;
        double acc = haveForward ? net.lastAccuracy() : Double.NaN;
        return new Snapshot(step, used, config, loss, acc, haveForward ? net.batchSize() : 0, List.copyOf(neurons),
                Parameters.copyFrom(net), arrays, lastEval, divergence);
    }

    /**
     * The state to continue from (trainer thread): parameters, running statistics, counters, the sampler's
     * position and both histories. {@link #restoreState} on a fresh session of the same config and hyperparameters
     * makes its next step identical to this session's next step.
     */
    public SessionState captureState() {
        return new SessionState(step, net.runningUpdates(), Parameters.copyFrom(net),
                Vec.copyOf(net.runningMean.data), Vec.copyOf(net.runningVar.data), sampler.state(), divergence,
                stepHistory.read(0), evalHistory.read(0));
    }

    /**
     * Continues from a captured state (trainer thread). Checks first that it fits this session's config and
     * changes nothing when it does not.
     *
     * @throws IllegalArgumentException naming the mismatch
     */
    public void restoreState(SessionState s) {
        String problem = s.mismatch(config);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Parameters p = s.parameters();
        copyInto(p.w1(), net.w1.data);
        copyInto(p.b1(), net.b1.data);
        copyInto(p.gamma(), net.gamma.data);
        copyInto(p.beta(), net.beta.data);
        copyInto(p.w2(), net.w2.data);
        net.b2.data[0] = p.b2();
        copyInto(s.runningMean(), net.runningMean.data);
        copyInto(s.runningVar(), net.runningVar.data);
        net.setRunningUpdates(s.runningUpdates());
        sampler = MiniBatchSampler.restore(s.sampler());
        step = s.step();
        divergence = s.divergence();
        stepHistory.restore(s.stepHistory());
        evalHistory.restore(s.evalHistory());
        lastEval = lastEvalOf(s.evalHistory());
        previewLoaded = false;
        stepLoaded = false;
        used = pending;
    }

    private static void copyInto(Vec from, double[] to) {
        for (int i = 0; i < to.length; i++) {
            to[i] = from.get(i);
        }
    }

    /** The latest evaluation is the eval history's last row (evaluate() records every one it makes). */
    private static EvalMetrics lastEvalOf(HistoryTable evals) {
        if (evals.rows() == 0) {
            return null;
        }
        int r = evals.rows() - 1;
        int h = (evals.width() - HistoryColumns.EVAL_FIRST_NEURON) / HistoryColumns.EVAL_PER_NEURON;
        double[] mean = new double[h];
        double[] var = new double[h];
        for (int j = 0; j < h; j++) {
            mean[j] = evals.get(r, HistoryColumns.evalNeuron(j, HistoryColumns.POPULATION_MEAN));
            var[j] = evals.get(r, HistoryColumns.evalNeuron(j, HistoryColumns.POPULATION_VAR));
        }
        return new EvalMetrics((long) evals.get(r, HistoryColumns.EVAL_STEP),
                evals.get(r, HistoryColumns.EVAL_TEST_LOSS), evals.get(r, HistoryColumns.EVAL_TEST_ACCURACY),
                Vec.wrap(mean), Vec.wrap(var));
    }

    /** The eval-mode decision surface on a grid covering the data plane (trainer thread). */
    public DecisionGrid decisionGrid(int columns, int rows, double xMin, double xMax, double yMin, double yMax) {
        return DecisionGrid.compute(net, used.eps(), columns, rows, xMin, xMax, yMin, yMax);
    }

    /** Loads the batch step 1 will use and runs it forward in training mode, updating nothing. */
    private void loadPreview() {
        Hyperparams hp = pending;
        int n = Math.min(hp.batchSize(), dataset.trainSize());
        sampler.copy().next(batchIndex, n);
        net.loadBatch(dataset.trainFeatureMajor(), dataset.trainLabels(), dataset.trainSize(), batchIndex, n);
        net.forwardTrain(hp.eps());
        used = hp;
        previewLoaded = true;
    }
}
