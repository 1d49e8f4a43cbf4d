package dev.bnlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verdicts over seeds: the 90 % / 10 % rule, quartiles with "never", and a sweep independent of threads. */
class VerdictTest {

    @Test
    void ninetyPercentHoldsTenPercentDoesNotHoldInBetweenIsMixed() {
        assertThat(Verdict.of(10, 10)).isEqualTo(Verdict.HOLDS);
        assertThat(Verdict.of(9, 10)).isEqualTo(Verdict.HOLDS);
        assertThat(Verdict.of(8, 10)).isEqualTo(Verdict.MIXED);
        assertThat(Verdict.of(2, 10)).isEqualTo(Verdict.MIXED);
        assertThat(Verdict.of(1, 10)).isEqualTo(Verdict.DOES_NOT_HOLD);
        assertThat(Verdict.of(0, 10)).isEqualTo(Verdict.DOES_NOT_HOLD);
        assertThat(Verdict.of(1, 1)).isEqualTo(Verdict.HOLDS);
        assertThat(Verdict.of(0, 1)).isEqualTo(Verdict.DOES_NOT_HOLD);
        assertThat(Verdict.of(17, 19)).isEqualTo(Verdict.MIXED);
        assertThatThrownBy(() -> Verdict.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quartilesInterpolateAndKeepNeverLast() {
        Quartiles q = Quartiles.of(new double[] {4, 1, 3, 2, Double.NaN});
        assertThat(q.count()).isEqualTo(4);
        assertThat(q.median()).isEqualTo(2.5);
        assertThat(q.q1()).isEqualTo(1.75);
        assertThat(q.q3()).isEqualTo(3.25);
        Quartiles never = Quartiles.of(new double[] {100, 200, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY});
        assertThat(never.median()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(never.q1()).isEqualTo(175.0);
        assertThat(Quartiles.of(new double[] {Double.NaN}).count()).isZero();
    }

    @Test
    void aSweepJudgesEverySeedInOrderAndGivesTheFirstSeedsResult() {
        Experiment e = Pairings.bnVsNoBn();
        ExperimentSettings s = new ExperimentSettings(40, 5);
        SeedSweep.Outcome o = SeedSweep.run(e, s, 3, (d, t) -> { }, () -> false);
        assertThat(o.verdict().outcomes()).extracting(Claim.SeedOutcome::seed).containsExactly(5L, 6L, 7L);
        assertThat(o.first().settings()).isEqualTo(s);
        // each seed's numbers are those of a run on its own
        for (Claim.SeedOutcome out : o.verdict().outcomes()) {
            Map<String, Double> alone = e.claim().orElseThrow().measure().apply(e.run(s.withSeed(out.seed())));
            assertThat(out.metrics()).isEqualTo(alone);
        }
        assertThat(o.verdict().wins()).isEqualTo((int) o.verdict().outcomes().stream()
                .filter(Claim.SeedOutcome::holds).count());
    }

    @Test
    void aCancelledSweepStops() {
        assertThatThrownBy(() -> SeedSweep.run(Pairings.bnVsNoBn(), new ExperimentSettings(300, 1), 4,
                (d, t) -> { }, () -> true)).isInstanceOf(java.util.concurrent.CancellationException.class);
    }

    @Test
    void everyBuiltInExperimentButTheUsersOwnStatesAClaimWithItsWords() {
        for (Experiment e : ExperimentCatalog.all()) {
            assertThat(e.claim()).as(e.id()).isPresent();
            assertThat(e.claimText()).as(e.id()).isNotBlank().doesNotStartWith("experiments.");
        }
        assertThat(List.of(Verdict.values())).extracting(Verdict::id)
                .containsExactly("holds", "does-not-hold", "mixed");
    }
}
