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
    /** Learning rate of γ, β and the output layer when it differs from the hyperparameters' (NaN: the same). */
    private double restLearningRate = Double.NaN;

    public TrainingSession(SessionConfig config, Hyperparams hyperparams) {
        this.config = config;
        this.dataset = Dataset.generate(config.data());
        this.net = new Network(dataset.inputs(), config.widths(), config.activation(), config.placement());
        this.batchIndex = new int[Math.min(Hyperparams.MAX_BATCH, dataset.trainSize())];
        this.stepHistory = new ScalarHistory(HISTORY_CAPACITY, HistoryColumns.stepWidth(config.neuronCount()));
        this.evalHistory = new ScalarHistory(HISTORY_CAPACITY, HistoryColumns.evalWidth(config.neuronCount()));
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

    /**
     * Trains γ, β and the output layer at {@code lr} from the next step on, while the hidden layers' W and b keep
     * the hyperparameters' learning rate (the split learning rate of docs/experiments.md); NaN: one learning rate.
     * Trainer thread.
     */
    public void setRestLearningRate(double lr) {
        this.restLearningRate = lr;
    }

    /** Eval-mode loss and accuracy on the test set now, recorded nowhere (the depth sweep's cheap probe). */
    public EvalPass.Score testScore() {
        applyPendingShift();
        evalPass.run(net, used.eps(), dataset.testFeatureMajor(), dataset.testSize());
        return new EvalPass.Score(evalPass.loss(dataset.testLabels()), evalPass.accuracy(dataset.testLabels()));
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
        net.loadBatchPacked(dataset.trainPacked(), batchIndex, n);
        double lr = hp.learningRate();
        double loss = net.trainStep(lr, Double.isNaN(restLearningRate) ? lr : restLearningRate, hp.eps(),
                runningRule(hp));
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
        int neuron = 0;
        for (int k = 0; k < net.depth(); k++) {
            HiddenLayer layer = net.layer(k);
            for (int j = 0; j < layer.width; j++, neuron++) {
                int c = o + HistoryColumns.neuron(neuron, 0);
                row[c + HistoryColumns.BATCH_MEAN] = layer.batchMean(j);
                row[c + HistoryColumns.BATCH_VAR] = layer.batchVar(j);
                row[c + HistoryColumns.RUNNING_MEAN] = bn ? layer.runningMean.data[j] : Double.NaN;
                row[c + HistoryColumns.RUNNING_VAR] = bn ? layer.runningVar.data[j] : Double.NaN;
                row[c + HistoryColumns.GAMMA] = bn ? layer.usedGamma(j) : Double.NaN;
                row[c + HistoryColumns.BETA] = bn ? layer.usedBeta(j) : Double.NaN;
                row[c + HistoryColumns.SATURATION] = layer.saturatedFraction(j);
            }
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
        int h = config.neuronCount();
        int m = dataset.trainSize();
        double[] popMean = new double[h];
        double[] popVar = new double[h];
        double[] col = new double[m];
        int neuron = 0;
        for (int k = 0; k < net.depth(); k++) {
            for (int j = 0; j < net.layer(k).width; j++, neuron++) {
                for (int i = 0; i < m; i++) {
                    col[i] = evalPass.preBn(k, j, i);
                }
                popMean[neuron] = BatchNormKernels.mean(col, 0, m);
                popVar[neuron] = BatchNormKernels.biasedVariance(col, 0, m, popMean[neuron]);
            }
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

    /** {@link #snapshot(boolean, int)} with the first hidden layer's per-element arrays. */
    public Snapshot snapshot(boolean withBatch) {
        return snapshot(withBatch, 0);
    }

    /**
     * A snapshot of the latest step. With {@code withBatch}, the per-element arrays of hidden layer
     * {@code batchLayer} and every layer's spread are computed too; before the first step (and right after
     * {@link #restoreState}) they show the next batch in training mode without any update (a preview).
     */
    public Snapshot snapshot(boolean withBatch, int batchLayer) {
        if (batchLayer < 0 || batchLayer >= net.depth()) {
            throw new IllegalArgumentException("layer " + batchLayer + " of a network with " + net.depth()
                    + " hidden layers");
        }
        if (!stepLoaded && !previewLoaded && withBatch) {
            loadPreview();
        }
        boolean haveForward = stepLoaded || previewLoaded;
        boolean bn = config.placement().hasBatchNorm();
        List<NeuronState> neurons = new ArrayList<>(config.neuronCount());
        for (int k = 0; k < net.depth(); k++) {
            HiddenLayer layer = net.layer(k);
            for (int j = 0; j < layer.width; j++) {
                double runMean = bn ? layer.runningMean.data[j] : Double.NaN;
                double runVar = bn ? layer.runningVar.data[j] : Double.NaN;
                if (haveForward) {
                    neurons.add(new NeuronState(layer.batchMean(j), layer.batchVar(j), runMean, runVar,
                            bn ? layer.usedGamma(j) : Double.NaN, bn ? layer.usedBeta(j) : Double.NaN,
                            layer.saturatedFraction(j)));
                } else {
                    neurons.add(new NeuronState(Double.NaN, Double.NaN, runMean, runVar,
                            bn ? layer.gamma.data[j] : Double.NaN, bn ? layer.beta.data[j] : Double.NaN, Double.NaN));
                }
            }
        }
        BatchArrays arrays = null;
        List<LayerSpread> spreads = List.of();
        if (withBatch && haveForward) {
            arrays = BatchArrays.copyFrom(net, batchLayer);
            LayerSpread[] each = new LayerSpread[net.depth()];
            for (int k = 0; k < each.length; k++) {
                each[k] = LayerSpread.of(net, k);
            }
            spreads = List.of(each);
        }
        double loss = haveForward ? net.lastLoss() : Double.NaN;
        double acc = haveForward ? net.lastAccuracy() : Double.NaN;
        return new Snapshot(step, used, config, loss, acc, haveForward ? net.batchSize() : 0, List.copyOf(neurons),
                Parameters.copyFrom(net), arrays, spreads, lastEval, divergence);
    }

    /**
     * The state to continue from (trainer thread): parameters, running statistics, counters, the sampler's
     * position and both histories. {@link #restoreState} on a fresh session of the same config and hyperparameters
     * makes its next step identical to this session's next step.
     */
    public SessionState captureState() {
        SessionCheckpoint c = checkpoint();
        return new SessionState(c.step(), c.runningUpdates(), c.parameters(), c.runningMean(), c.runningVar(),
                c.sampler(), divergence, stepHistory.read(0), evalHistory.read(0));
    }

    /** The state to continue from without the histories (trainer thread): see {@link SessionTimeline}. */
    public SessionCheckpoint checkpoint() {
        int count = config.neuronCount();
        double[] runMean = new double[count];
        double[] runVar = new double[count];
        int off = 0;
        for (int k = 0; k < net.depth(); k++) {
            HiddenLayer layer = net.layer(k);
            System.arraycopy(layer.runningMean.data, 0, runMean, off, layer.width);
            System.arraycopy(layer.runningVar.data, 0, runVar, off, layer.width);
            off += layer.width;
        }
        return new SessionCheckpoint(step, net.runningUpdates(), Parameters.copyFrom(net), Vec.wrap(runMean),
                Vec.wrap(runVar), sampler.state(), dataset.config.testShift());
    }

    /** The hyperparameters the last step (or the preview) used; the pending ones before any step. */
    public Hyperparams usedHyperparams() {
        return used;
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
        s.parameters().copyInto(net);
        int off = 0;
        for (int k = 0; k < net.depth(); k++) {
            HiddenLayer layer = net.layer(k);
            for (int j = 0; j < layer.width; j++) {
                layer.runningMean.data[j] = s.runningMean().get(off + j);
                layer.runningVar.data[j] = s.runningVar().get(off + j);
            }
            off += layer.width;
        }
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

    /** Half-width of the untransformed data plane the views show: the toy problems lie in about [−2, 2]². */
    public static final double PLANE = 3.5;

    /**
     * The eval-mode decision surface on a cells × cells grid over the data plane as the network sees it: the
     * square of half-width {@value #PLANE} around 0, moved by the input transform (x′ = scale·x + offset).
     */
    public DecisionGrid planeGrid(int cells) {
        InputTransform t = config.data().input();
        double lo = t.apply(-PLANE);
        double hi = t.apply(PLANE);
        return decisionGrid(cells, cells, lo, hi, lo, hi);
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
        net.loadBatchPacked(dataset.trainPacked(), batchIndex, n);
        net.forwardTrain(hp.eps());
        used = hp;
        previewLoaded = true;
    }
}
