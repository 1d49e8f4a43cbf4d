package dev.bnlab.experiments;

import dev.bnlab.core.Activation;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Network;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.TrainingSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two to four {@link TrainingSession}s stepped together on identical mini-batches (docs/experiments.md).
 *
 * <p>Every run takes the data set, the init seed, the batch seed and the batch size of the first run, so all
 * samplers yield the same index sequence; after each step the batches the runs actually trained on are compared
 * and a mismatch throws. Runs of the same hidden size whose activations use the same init family (Xavier for
 * sigmoid/tanh, He for relu) start from identical W, b of every layer and W_out, b_out, whatever their BN placement; this is checked
 * at step 0. A run that diverges stops while the others go on.
 *
 * <p>Threading: one thread (the owner) calls {@link #advance()} and {@link #reset()}; {@link #setHyperparams}
 * and {@link #setBatchSize} may be called from any thread and take effect at the next step, for all runs at once.
 */
public final class LockstepRuns {

    public static final int MIN_RUNS = 2;
    public static final int MAX_RUNS = 4;

    private final List<RunSpec> specs;
    private final List<TrainingSession> sessions;
    private final List<NoisyBatchNorm> noises;
    private final Hyperparams[] pendingHyperparams;
    private final boolean[] sharesInit;
    private volatile int pendingBatchSize;
    private long step;
    private LockstepStep last;

    public LockstepRuns(List<RunSpec> runs) {
        if (runs == null || runs.size() < MIN_RUNS || runs.size() > MAX_RUNS) {
            throw new IllegalArgumentException("side-by-side needs " + MIN_RUNS + " to " + MAX_RUNS + " runs, got "
                    + (runs == null ? 0 : runs.size()));
        }
        if (runs.stream().map(RunSpec::label).distinct().count() != runs.size()) {
            throw new IllegalArgumentException("run labels must differ");
        }
        SessionConfig first = runs.get(0).config();
        int batch = runs.get(0).hyperparams().batchSize();
        List<RunSpec> aligned = new ArrayList<>();
        for (RunSpec r : runs) {
            SessionConfig c = r.config();
            SessionConfig shared = new SessionConfig(first.data(), c.hidden(), c.layers(), c.activation(), c.placement(),
                    first.initSeed(), first.batchSeed(), c.evalInterval());
            aligned.add(r.withConfig(shared).withHyperparams(r.hyperparams().withBatchSize(batch)));
        }
        this.specs = List.copyOf(aligned);
        this.pendingBatchSize = batch;
        this.pendingHyperparams = new Hyperparams[specs.size()];
        this.sharesInit = new boolean[specs.size()];
        List<TrainingSession> s = new ArrayList<>();
        List<NoisyBatchNorm> nz = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            RunSpec r = specs.get(i);
            TrainingSession session = new TrainingSession(r.config(), r.hyperparams());
            session.setRestLearningRate(r.restLearningRate());
            NoisyBatchNorm noise = null;
            if (r.noisy()) {
                noise = new NoisyBatchNorm(r.config().hidden(), r.noiseStrength(), r.config().batchSeed() + 31L * i);
                session.network().setBnNoise(noise);
            }
            s.add(session);
            nz.add(noise);
            pendingHyperparams[i] = r.hyperparams();
        }
        this.sessions = List.copyOf(s);
        this.noises = java.util.Collections.unmodifiableList(nz);
        checkSharedInitialWeights();
    }

    /** Back to step 0 for every run (same data, weights, batch order and noise as at construction). */
    public void reset() {
        for (int i = 0; i < sessions.size(); i++) {
            sessions.get(i).reset();
            if (noises.get(i) != null) {
                noises.get(i).restart();
            }
        }
        step = 0;
        last = null;
        checkSharedInitialWeights();
    }

    private void checkSharedInitialWeights() {
        Network ref = sessions.get(0).network();
        for (int i = 0; i < sessions.size(); i++) {
            Network net = sessions.get(i).network();
            boolean sameShape = Arrays.equals(net.widths(), ref.widths()) && net.inputs == ref.inputs
                    && initFamily(net.activation) == initFamily(ref.activation);
            if (sameShape && !sameLayerParameters(ref, net)) {
                throw new IllegalStateException("lockstep runs " + specs.get(0).label() + " and " + specs.get(i).label()
                        + " should start from identical W, b of every layer and W_out, b_out but do not");
            }
            sharesInit[i] = sameShape;
        }
    }

    private static boolean initFamily(Activation a) {
        return a == Activation.RELU;
    }

    /** True when W and b of every hidden layer and W_out, b_out of the two networks are bitwise equal. */
    static boolean sameLayerParameters(Network a, Network b) {
        for (int k = 0; k < a.depth(); k++) {
            if (!Arrays.equals(a.layer(k).w.data, b.layer(k).w.data)
                    || !Arrays.equals(a.layer(k).b.data, b.layer(k).b.data)) {
                return false;
            }
        }
        return Arrays.equals(a.outW.data, b.outW.data) && Arrays.equals(a.outB.data, b.outB.data);
    }

    /**
     * Steps every run that has not diverged on the next mini-batch (the same for all) and checks that they
     * really trained on identical batches.
     */
    public LockstepStep advance() {
        int batch = pendingBatchSize;
        for (int i = 0; i < sessions.size(); i++) {
            sessions.get(i).setHyperparams(pendingHyperparams[i].withBatchSize(batch));
        }
        step++;
        List<RunStepResult> results = new ArrayList<>(sessions.size());
        BatchRecord reference = null;
        for (int i = 0; i < sessions.size(); i++) {
            TrainingSession s = sessions.get(i);
            Network net = s.network();
            boolean stepped = s.advance();
            if (!stepped) {
                results.add(new RunStepResult(specs.get(i).label(), false, Double.NaN, Double.NaN, null,
                        s.divergence()));
                continue;
            }
            BatchRecord b = BatchRecord.copyFrom(net);
            if (reference == null) {
                reference = b;
            } else if (!reference.equals(b)) {
                throw new IllegalStateException("lockstep broken at step " + step + ": run " + specs.get(i).label()
                        + " trained on a different batch");
            }
            if (noises.get(i) != null) {
                // the noise distribution of the next step
                noises.get(i).nextStep();
            }
            results.add(new RunStepResult(specs.get(i).label(), true, net.lastLoss(), net.lastAccuracy(), b,
                    s.divergence()));
        }
        last = new LockstepStep(step, results);
        return last;
    }

    /** Hot settings for one run; the batch size must stay the shared one (see {@link #setBatchSize}). */
    public void setHyperparams(int run, Hyperparams hp) {
        if (hp.batchSize() != pendingBatchSize) {
            throw new IllegalArgumentException("lockstep runs share one batch size (" + pendingBatchSize
                    + "); change it with setBatchSize");
        }
        pendingHyperparams[run] = hp;
    }

    /** The batch size of every run from the next step on. */
    public void setBatchSize(int n) {
        if (n < 2 || n > Hyperparams.MAX_BATCH) {
            throw new IllegalArgumentException("batch size must be in 2.." + Hyperparams.MAX_BATCH + ", got " + n);
        }
        pendingBatchSize = n;
    }

    public int batchSize() {
        return pendingBatchSize;
    }

    public int size() {
        return sessions.size();
    }

    /** The run as it is trained (data, seeds and batch size shared with run 0). */
    public RunSpec spec(int run) {
        return specs.get(run);
    }

    public List<RunSpec> specs() {
        return specs;
    }

    /** The live session of a run (owner thread only). */
    public TrainingSession session(int run) {
        return sessions.get(run);
    }

    /** The noise of a noisy run, or null. */
    public NoisyBatchNorm noise(int run) {
        return noises.get(run);
    }

    /** Whether this run starts from the same weights as run 0 (same widths and init family). */
    public boolean sharesInitialWeights(int run) {
        return sharesInit[run];
    }

    /** Lockstep steps taken. */
    public long stepCount() {
        return step;
    }

    /** The last step's results, or null before the first step. */
    public LockstepStep lastStep() {
        return last;
    }
}
