package dev.bnlab.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Network;
import dev.bnlab.core.Placement;
import dev.bnlab.experiments.CovariateShiftExperiment;
import dev.bnlab.experiments.Experiment;
import dev.bnlab.experiments.ExperimentResult;
import dev.bnlab.experiments.ExperimentSettings;
import dev.bnlab.experiments.InstancePath;
import dev.bnlab.experiments.LayerCoupling;
import dev.bnlab.experiments.LockstepRuns;
import dev.bnlab.experiments.NeuronPath;
import dev.bnlab.experiments.SeriesTable;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The experiment thread's side of the Experiments mode, without JavaFX: stepping, live probes, determinism. */
class ExperimentSessionTest {

    private static ExperimentChoice choice(String id) {
        return ExperimentChoices.byId(id).orElseThrow();
    }

    private static ExperimentSession finished(String id, int steps, ExperimentControls c) {
        ExperimentSession s = new ExperimentSession(choice(id), new ExperimentSettings(steps, 1L), c);
        while (s.advance()) {
            // to the end
        }
        return s;
    }

    private static void assertSameSeries(ExperimentResult a, ExperimentResult b) {
        assertThat(a.series()).hasSameSizeAs(b.series());
        for (int t = 0; t < a.series().size(); t++) {
            SeriesTable x = a.series().get(t);
            SeriesTable y = b.series().get(t);
            assertThat(x.name()).isEqualTo(y.name());
            assertThat(x.xValues()).as(x.name()).containsExactly(y.xValues());
            for (String c : x.columns()) {
                assertThat(x.column(c)).as(x.name() + "." + c).containsExactly(y.column(c));
            }
        }
        assertThat(a.findings()).isEqualTo(b.findings());
    }

    @Test
    void oneAdvanceStepsEveryRunOfASideBySideExperimentByExactlyOneStep() {
        ExperimentSession s = new ExperimentSession(choice("lr-x1-vs-x30"), new ExperimentSettings(20, 1L),
                ExperimentControls.DEFAULTS);
        for (int k = 1; k <= 3; k++) {
            s.advance();
            ExperimentFrame f = s.frame(false, "", 1);
            int step = k;
            assertThat(f.trainingStep()).isEqualTo(step);
            assertThat(f.runs()).hasSize(4);
            assertThat(f.runs()).allSatisfy(r -> assertThat(r.snapshot().step()).as(r.label()).isEqualTo(step));
            assertThat(s.lockstep().orElseThrow().stepCount()).isEqualTo(step);
            assertThat(f.result().series("loss").rowCount()).isEqualTo(step);
        }
    }

    /** Frames (snapshots with batches, probes) are taken between steps; they must not change what is measured. */
    @Test
    void probingEveryStepLeavesTheResultEqualToTheHeadlessRun() {
        for (String id : List.of("internal-covariate-shift", "covariate-shift", "layer-coupling")) {
            ExperimentSession s = new ExperimentSession(choice(id), new ExperimentSettings(25, 1L),
                    ExperimentControls.DEFAULTS);
            s.frame(false, "", 1);
            while (s.advance()) {
                s.frame(false, "", 1);
            }
            Experiment e = choice(id).experiment();
            assertSameSeries(s.run().result(), e.run(new ExperimentSettings(25, 1L)));
        }
    }

    /** The twin session of the single-network experiments is the experiment's network. */
    @Test
    void theTwinSessionTracesTheSamePathAsTheExperiment() {
        ExperimentSession s = finished("single-instance", 40, ExperimentControls.DEFAULTS);
        ExperimentFrame f = s.frame(false, "", 1);
        InstancePath live = f.probe(InstanceProbe.class).orElseThrow().path();
        InstancePath experiment = f.result().detail(InstancePath.class).orElseThrow();
        assertThat(live.x()).containsExactly(experiment.x());
        assertThat(live.logit()).isEqualTo(experiment.logit());
        for (int j = 0; j < live.neurons().size(); j++) {
            NeuronPath a = live.neurons().get(j);
            NeuronPath b = experiment.neurons().get(j);
            assertThat(a.bnOut()).isEqualTo(b.bnOut());
            assertThat(a.runningVar()).isEqualTo(b.runningVar());
        }
    }

    @Test
    void theShiftProbeAtTheLargeShiftGivesTheExperimentsOutcome() {
        ExperimentSession s = finished("covariate-shift", 300, ExperimentControls.DEFAULTS);
        CovariateShiftExperiment.Outcome o = s.run().result().detail(CovariateShiftExperiment.Outcome.class)
                .orElseThrow();
        ShiftProbe p = s.frame(false, "", 1).probe(ShiftProbe.class).orElseThrow();
        assertThat(p.shift()).isEqualTo(CovariateShiftExperiment.LARGE_SHIFT);
        assertThat(p.clean().accuracy()).isEqualTo(o.cleanAccuracy());
        assertThat(p.shifted().accuracy()).isEqualTo(o.shiftedAccuracy());
        assertThat(p.adapted().accuracy()).isEqualTo(o.adaBnAccuracy());
        assertThat(p.currentAccuracy()).as("AdaBN off").isEqualTo(o.shiftedAccuracy());
        s.setControls(ExperimentControls.DEFAULTS.withAdaBn(true));
        assertThat(s.frame(false, "", 1).probe(ShiftProbe.class).orElseThrow().currentAccuracy())
                .isEqualTo(o.adaBnAccuracy()).isGreaterThan(o.shiftedAccuracy());
    }

    @Test
    void theShiftSweepIsLiveBeforeTheAnalysisAndTheExperimentsOwnAfterIt() {
        ExperimentSession s = new ExperimentSession(choice("covariate-shift"), new ExperimentSettings(30, 1L),
                ExperimentControls.DEFAULTS);
        for (int i = 0; i < 30; i++) {
            s.advance();
        }
        SeriesTable live = s.frame(false, "", 1).probe(ShiftProbe.class).orElseThrow().shiftSweep();
        assertThat(live.rowCount()).isEqualTo(CovariateShiftExperiment.SHIFTS.length);
        while (s.advance()) {
            // the analysis units
        }
        SeriesTable own = s.run().result().series("shift-sweep");
        SeriesTable shown = s.frame(false, "", 1).probe(ShiftProbe.class).orElseThrow().shiftSweep();
        assertThat(shown.column("accuracy")).containsExactly(own.column("accuracy"));
        assertThat(live.column("accuracy")).containsExactly(own.column("accuracy"));
        assertThat(live.column("accuracy_adabn")).containsExactly(own.column("accuracy_adabn"));
    }

    @Test
    void theCouplingProbeScalesTheFirstLayerLikeLayerCoupling() {
        ExperimentSession s = new ExperimentSession(choice("layer-coupling"), new ExperimentSettings(50, 1L),
                ExperimentControls.DEFAULTS.withCouplingScale(3.0));
        assertThat(s.frame(false, "", 1).probe(CouplingProbe.class)).as("no batch before the first step").isEmpty();
        for (int i = 0; i < 50; i++) {
            s.advance();
        }
        CouplingProbe p = s.frame(false, "", 1).probe(CouplingProbe.class).orElseThrow();
        LockstepRuns runs = s.lockstep().orElseThrow();
        assertThat(p.runs()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            CouplingProbe.ScaledRun r = p.runs().get(i);
            double largest = 0;
            for (int k = 0; k < r.inputAt1().size(); k++) {
                largest = Math.max(largest, Math.abs(r.inputAtA().get(k) - r.inputAt1().get(k)));
            }
            Network net = runs.session(i).network();
            double expected = LayerCoupling.scaleFirstLayer(net, runs.lastStep().sharedBatch(), 1e-3, 3.0)
                    .maxActivationInputChange();
            assertThat(largest).as(r.label()).isEqualTo(expected);
            if (r.placement() == Placement.BEFORE) {
                assertThat(largest).as("BN undoes the scale").isLessThan(0.01);
            } else {
                // without BN the sigmoid input is W1·x + b1, so scaling both by a scales it by a
                for (int k = 0; k < r.inputAt1().size(); k++) {
                    assertThat(r.inputAtA().get(k)).isCloseTo(3.0 * r.inputAt1().get(k), Offset.offset(1e-9));
                }
            }
        }
    }

    @Test
    void theNoiseSliderSetsTheNoisyRunsStrengthFromTheNextStep() {
        ExperimentSession s = new ExperimentSession(choice("internal-covariate-shift"),
                new ExperimentSettings(10, 1L), ExperimentControls.DEFAULTS);
        s.advance();
        s.setControls(ExperimentControls.DEFAULTS.withNoiseStrength(0.1));
        s.advance();
        List<RunState> runs = s.frame(false, "", 1).runs();
        assertThat(runs.get(2).noiseStrength()).isEqualTo(0.1);
        assertThat(runs.get(0).noisy()).isFalse();
        s.restart();
        assertThat(s.frame(false, "", 1).runs().get(2).noiseStrength()).as("kept across a restart").isEqualTo(0.1);
    }

    @Test
    void hotSettingsOfOwnRunsApplyToThatRunOnly() {
        List<RunSettings> runs = CustomPair.defaults();
        ExperimentSession s = new ExperimentSession(ExperimentChoices.custom(runs), new ExperimentSettings(10, 1L),
                ExperimentControls.DEFAULTS);
        s.advance();
        s.setRunHyperparams(1, runs.get(1).withLearningRate(5.0).hyperparams());
        s.advance();
        List<RunState> states = s.frame(false, "", 1).runs();
        assertThat(states.get(0).snapshot().hyperparams().learningRate()).isEqualTo(1.0);
        assertThat(states.get(1).snapshot().hyperparams().learningRate()).isEqualTo(5.0);
        assertThat(states.get(1).hyperparams().learningRate()).isEqualTo(5.0);
    }

    @Test
    void everyCatalogExperimentHasAChoiceWithAKnownKindAndAClaim() {
        for (ExperimentChoice c : ExperimentChoices.all()) {
            assertThat(c.kind()).as(c.id()).isNotEqualTo(ExperimentKind.GENERIC);
            if (!c.custom()) {
                assertThat(c.note().verdict()).as(c.id()).isNotEqualTo(ClaimNote.Verdict.NONE);
                assertThat(c.title()).as(c.id()).isNotEqualTo(c.id());
            }
        }
        assertThat(ExperimentChoices.all()).filteredOn(ExperimentChoice::custom).hasSize(1);
    }
}
