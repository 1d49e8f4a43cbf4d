package dev.bnlab.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs an experiment on consecutive seeds s, s+1, …, s+K−1 and judges its claim on each (docs/experiments.md,
 * "Verdicts over seeds"). Seeds run on up to as many threads as there are processors; every run is
 * deterministic, so the verdict does not depend on the thread count. Never picks seeds: all K count.
 */
public final class SeedSweep {

    /** Most seeds one sweep takes. */
    public static final int MAX_SEEDS = 100;

    /** Told after each finished seed (from a worker thread). */
    @FunctionalInterface
    public interface Progress {
        void seedDone(int done, int total);
    }

    /**
     * What a sweep gives: the verdict and the full result of the first seed (for its tables and views).
     *
     * @param verdict the claim over all seeds
     * @param first   the result of seed s
     */
    public record Outcome(ClaimVerdict verdict, ExperimentResult first) {
    }

    private SeedSweep() {
    }

    /**
     * @param settings steps and the first seed s
     * @param seeds    K, 1..{@value #MAX_SEEDS}
     * @throws IllegalArgumentException when the experiment has no claim or K is out of range
     * @throws CancellationException    when {@code cancelled} turns true (checked between training units)
     */
    public static Outcome run(Experiment experiment, ExperimentSettings settings, int seeds, Progress progress,
                              BooleanSupplier cancelled) {
        Claim claim = experiment.claim().orElseThrow(() -> new IllegalArgumentException(
                "experiment " + experiment.id() + " states no claim to judge"));
        if (seeds < 1 || seeds > MAX_SEEDS) {
            throw new IllegalArgumentException("seeds must be in 1.." + MAX_SEEDS + ", got " + seeds);
        }
        int threads = Math.max(1, Math.min(seeds, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "seed-sweep");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<ExperimentResult>> futures = new ArrayList<>();
            for (int i = 0; i < seeds; i++) {
                ExperimentSettings s = settings.withSeed(settings.seed() + i);
                futures.add(pool.submit(() -> {
                    ExperimentResult r = runOne(experiment, s, cancelled);
                    progress.seedDone(done.incrementAndGet(), seeds);
                    return r;
                }));
            }
            List<Claim.SeedOutcome> outcomes = new ArrayList<>();
            ExperimentResult first = null;
            for (int i = 0; i < seeds; i++) {
                ExperimentResult r = get(futures.get(i));
                if (i == 0) {
                    first = r;
                }
                outcomes.add(claim.judge(settings.seed() + i, r));
            }
            return new Outcome(ClaimVerdict.of(experiment.id(), outcomes), first);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ExperimentResult runOne(Experiment experiment, ExperimentSettings s, BooleanSupplier cancelled) {
        ExperimentRun run = experiment.start(s);
        while (!run.finished()) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled");
            }
            run.advance();
        }
        return run.result();
    }

    private static ExperimentResult get(Future<ExperimentResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
