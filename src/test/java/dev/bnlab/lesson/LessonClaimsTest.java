package dev.bnlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bnlab.core.NeuronState;
import dev.bnlab.core.Placement;
import dev.bnlab.core.Snapshot;
import dev.bnlab.live.LiveFrame;
import dev.bnlab.live.Trainer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the built-in lessons' captions say is what their scenes show: every number a caption quotes is
 * recomputed here from the scene (to the rounding the caption uses), and every comparison it makes holds.
 */
class LessonClaimsTest {

    private static Snapshot at(String lesson, int scene) {
        return frame(lesson, scene).snapshot();
    }

    private static LiveFrame frame(String lesson, int scene) {
        return LessonLibrary.builtIn(lesson).scene(scene).headlessFrame();
    }

    private static double testAccuracy(String lesson, int scene) {
        Snapshot s = at(lesson, scene);
        assertThat(s.divergence()).as("%s scene %d diverged", lesson, scene + 1).isNull();
        return s.eval().testAccuracy();
    }

    private static void quoted(String lesson, int scene, String en, String zh) {
        LessonScene s = LessonLibrary.builtIn(lesson).scene(scene);
        assertThat(s.caption().en()).contains(en);
        assertThat(s.caption().zh()).contains(zh);
    }

    @Test
    void aWhatBnDoes() {
        Snapshot start = at("a-what-bn-does", 1);
        assertThat(start.step()).isZero();
        Snapshot trained = at("a-what-bn-does", 2);
        for (NeuronState n : trained.neurons()) {
            assertThat(n.batchVar()).as("z's batch variance 'about 4 to 5'").isBetween(3.5, 5.5);
            assertThat(n.gamma()).as("γ 'about 4.5'").isBetween(4.2, 4.8);
        }
        assertThat(trained.eval().testAccuracy()).isCloseTo(0.91, within(0.005));
        quoted("a-what-bn-does", 2, "0.91", "0.91");
        Snapshot noBn = at("a-what-bn-does", 3);
        assertThat(noBn.config().placement()).isEqualTo(Placement.NONE);
        for (NeuronState n : noBn.neurons()) {
            assertThat(n.batchMean()).isBetween(1.5, 4.5);
            assertThat(n.batchVar()).isBetween(16.5, 24.0);
        }
        assertThat(noBn.eval().testAccuracy()).isCloseTo(0.92, within(0.005));
    }

    @Test
    void b1TrainVsTest() {
        Snapshot s20 = at("b1-train-vs-test", 1);
        for (int j = 0; j < s20.hidden(); j++) {
            // "already close to the dashed population values"
            double pop = s20.eval().populationVar().get(j);
            assertThat(Math.abs(s20.neurons().get(j).runningVar() - pop) / pop).isLessThan(0.15);
        }
        assertThat(testAccuracy("b1-train-vs-test", 2)).isCloseTo(0.92, within(0.005));
        Snapshot m9 = at("b1-train-vs-test", 2);
        Snapshot m999 = at("b1-train-vs-test", 3);
        assertThat(m999.parameters()).as("same weights: train mode never reads the running averages")
                .isEqualTo(m9.parameters());
        assertThat(m999.eval().testAccuracy()).isCloseTo(0.86, within(0.005))
                .isLessThan(m9.eval().testAccuracy() - 0.04);
        assertThat(testAccuracy("b1-train-vs-test", 4)).isCloseTo(0.55, within(0.005));
    }

    @Test
    void b3SpeedAndLearningRate() {
        String b3 = "b3-speed-and-lr";
        Snapshot plateau = at(b3, 0);
        assertThat(plateau.layers()).isEqualTo(3);
        assertThat(plateau.eval().testLoss()).as("'still 0.69, ln 2'").isCloseTo(0.69, within(0.005));
        assertThat(testAccuracy(b3, 0)).isCloseTo(0.67, within(0.005));
        quoted(b3, 0, "0.69", "0.69");
        quoted(b3, 0, "0.67", "0.67");
        assertThat(testAccuracy(b3, 1)).isCloseTo(0.97, within(0.005));
        assertThat(at(b3, 1).eval().testLoss()).isCloseTo(0.09, within(0.005));
        quoted(b3, 1, "0.97", "0.97");
        assertThat(dev.bnlab.experiments.StoredVerdicts.of("bn-vs-nobn").orElseThrow().wins())
                .as("'every time' over seeds 1–10").isEqualTo(10);
        double slow = testAccuracy(b3, 2);
        double fast = testAccuracy(b3, 3);
        assertThat(slow).isCloseTo(0.85, within(0.005));
        assertThat(fast).isCloseTo(0.98, within(0.005)).isGreaterThan(slow);
        assertThat(at(b3, 3).hyperparams().learningRate())
                .isEqualTo(30 * at(b3, 2).hyperparams().learningRate(), within(1e-12));
        LessonScene x30 = LessonLibrary.builtIn(b3).scene(3);
        Snapshot noBnX30 = Trainer.runHeadless(x30.config().withPlacement(Placement.NONE), x30.hyperparams(),
                x30.steps()).snapshot();
        assertThat(noBnX30.eval().testAccuracy()).as("'stays on its plateau (0.49)'").isCloseTo(0.49, within(0.005));
        assertThat(noBnX30.eval().testLoss()).isCloseTo(0.69, within(0.005));
        assertThat(testAccuracy(b3, 4)).isCloseTo(0.48, within(0.005));
        assertThat(at(b3, 4).hyperparams().learningRate()).isEqualTo(30.0);
        Snapshot small = at(b3, 5);
        assertThat(small.layers()).isEqualTo(1);
        assertThat(small.config().placement()).isEqualTo(Placement.NONE);
        assertThat(testAccuracy(b3, 5)).isCloseTo(0.95, within(0.005));
        quoted(b3, 5, "0.95", "0.95");
    }

    @Test
    void c1CovariateShift() {
        assertThat(testAccuracy("c1-covariate-shift", 0)).isCloseTo(0.92, within(0.005));
        assertThat(testAccuracy("c1-covariate-shift", 1)).isCloseTo(0.75, within(0.005));
        assertThat(at("c1-covariate-shift", 1).parameters()).isEqualTo(at("c1-covariate-shift", 0).parameters());
        assertThat(testAccuracy("c1-covariate-shift", 2)).isCloseTo(0.89, within(0.005));
        assertThat(testAccuracy("c1-covariate-shift", 3)).isCloseTo(0.75, within(0.005));
        LessonScene noBn = LessonLibrary.builtIn("c1-covariate-shift").scene(3);
        Snapshot unshifted = Trainer.runHeadless(noBn.config().withData(noBn.config().data()
                .withTestShift(dev.bnlab.core.TestShift.NONE)), noBn.hyperparams(), noBn.steps()).snapshot();
        assertThat(unshifted.eval().testAccuracy()).isCloseTo(0.93, within(0.005));
    }

    @Test
    void c2Placement() {
        for (NeuronState n : at("c2-placement", 0).neurons()) {
            assertThat(n.saturation()).as("none in the saturated tails at the start").isZero();
        }
        Snapshot before = at("c2-placement", 1);
        double minSat = 1;
        double maxSat = 0;
        for (NeuronState n : before.neurons()) {
            assertThat(n.gamma()).isBetween(4.2, 4.8);
            assertThat(n.beta()).isBetween(2.75, 4.15);
            minSat = Math.min(minSat, n.saturation());
            maxSat = Math.max(maxSat, n.saturation());
        }
        assertThat(minSat).isCloseTo(0.34, within(0.01));
        assertThat(maxSat).isCloseTo(0.69, within(0.01));
        assertThat(before.eval().testAccuracy()).isCloseTo(0.91, within(0.005));
        assertThat(testAccuracy("c2-placement", 2)).isCloseTo(0.90, within(0.005));
        Snapshot slowBefore = at("c2-placement", 3);
        assertThat(slowBefore.eval().testAccuracy()).isCloseTo(0.59, within(0.005));
        assertThat(frame("c2-placement", 3).steps().get(frame("c2-placement", 3).steps().rows() - 1, 1))
                .as("loss near 0.69").isBetween(0.6, 0.75);
        assertThat(testAccuracy("c2-placement", 4)).isCloseTo(0.88, within(0.005));
        // "at η = 10 this placement is the one that diverges"
        LessonScene after = LessonLibrary.builtIn("c2-placement").scene(4);
        assertThat(Trainer.runHeadless(after.config(), after.hyperparams().withLearningRate(10), 1000).snapshot()
                .divergence()).isNotNull();
        for (Placement p : List.of(Placement.NONE, Placement.BEFORE)) {
            assertThat(Trainer.runHeadless(after.config().withPlacement(p), after.hyperparams().withLearningRate(10),
                    1000).snapshot().divergence()).as("%s at η = 10", p).isNull();
        }
    }

    @Test
    void c3WhyItWorks() {
        Snapshot start = Trainer.runHeadless(LessonLibrary.builtIn("c3-why-it-works").scene(0).config(),
                LessonLibrary.builtIn("c3-why-it-works").scene(0).hyperparams(), 0).snapshot();
        for (NeuronState n : start.neurons()) {
            assertThat(n.batchMean()).isBetween(-0.3, 0.3);
            assertThat(n.batchVar()).isBetween(0.5, 1.9);
        }
        for (NeuronState n : at("c3-why-it-works", 0).neurons()) {
            assertThat(n.batchMean()).isBetween(1.75, 3.4);
            assertThat(n.batchVar()).isBetween(13.0, 15.0);
        }
        for (NeuronState n : at("c3-why-it-works", 1).neurons()) {
            assertThat(n.gamma()).isBetween(3.15, 3.9);
            assertThat(n.beta()).isBetween(2.25, 3.45);
        }
        double bnSmallBatch = testAccuracy("c3-why-it-works", 3);
        LessonScene smallBatch = LessonLibrary.builtIn("c3-why-it-works").scene(3);
        double noBnSmallBatch = Trainer.runHeadless(smallBatch.config().withPlacement(Placement.NONE),
                smallBatch.hyperparams(), smallBatch.steps()).snapshot().eval().testAccuracy();
        assertThat(bnSmallBatch).isCloseTo(0.55, within(0.005));
        assertThat(noBnSmallBatch).isCloseTo(0.90, within(0.005));
        // inputs ×10: saturated shares at the start and after 300 steps, without BN and with it
        assertThat(meanSaturation("c3-why-it-works", 4, 0)).isCloseTo(0.67, within(0.005));
        assertThat(meanSaturation("c3-why-it-works", 4, 300)).isCloseTo(0.66, within(0.005));
        assertThat(testAccuracy("c3-why-it-works", 4)).isCloseTo(0.88, within(0.005));
        assertThat(meanSaturation("c3-why-it-works", 5, 0)).isZero();
        assertThat(meanSaturation("c3-why-it-works", 5, 300)).isCloseTo(0.49, within(0.005));
        assertThat(testAccuracy("c3-why-it-works", 5)).isCloseTo(0.96, within(0.005));
        quoted("c3-why-it-works", 4, "67 %", "67 %");
        quoted("c3-why-it-works", 5, "49 %", "49 %");
        // "about three times less, on every one of seeds 1–10"
        dev.bnlab.experiments.StoredVerdict landscape = dev.bnlab.experiments.StoredVerdicts.of("loss-landscape")
                .orElseThrow();
        assertThat(landscape.wins()).isEqualTo(10);
        for (String m : new String[] {"loss_variation", "gradient_predictiveness"}) {
            assertThat(landscape.medians().get(m + "_nobn") / landscape.medians().get(m + "_bn")).as(m)
                    .isBetween(2.5, 3.5);
        }
    }

    /** Mean over the neurons of the saturated share after {@code steps} steps of a scene's settings. */
    private static double meanSaturation(String lesson, int scene, int steps) {
        LessonScene s = LessonLibrary.builtIn(lesson).scene(scene);
        Snapshot snap = Trainer.runHeadless(s.config(), s.hyperparams(), steps).snapshot();
        return snap.neurons().stream().mapToDouble(NeuronState::saturation).average().orElseThrow();
    }

    @Test
    void dDepth() {
        String d = "d-depth";
        java.util.List<dev.bnlab.core.LayerSpread> none = at(d, 0).spreads();
        assertThat(none).hasSize(6);
        assertThat(none.get(0).width()).isCloseTo(2.61, within(0.005));
        assertThat(none.get(5).width()).isCloseTo(0.63, within(0.005));
        for (int k = 1; k < 6; k++) {
            assertThat(none.get(k).width()).as("'each layer narrower than the one before' at layer %d", k + 1)
                    .isLessThan(none.get(k - 1).width());
        }
        for (dev.bnlab.core.LayerSpread s : at(d, 1).spreads()) {
            assertThat(s.width()).as("'about 2.2 to 2.4 in every layer'").isBetween(2.15, 2.45);
        }
        assertThat(testAccuracy(d, 2)).isCloseTo(0.70, within(0.005));
        assertThat(testAccuracy(d, 3)).isCloseTo(0.97, within(0.005));
        assertThat(testAccuracy(d, 4)).isCloseTo(0.89, within(0.005));
        LessonScene one = LessonLibrary.builtIn(d).scene(4);
        assertThat(Trainer.runHeadless(one.config().withPlacement(Placement.BEFORE), one.hyperparams(), one.steps())
                .snapshot().eval().testAccuracy()).isCloseTo(0.88, within(0.005));
        java.util.Map<String, Double> sweep = dev.bnlab.experiments.StoredVerdicts.of("depth-sweep").orElseThrow()
                .medians();
        assertThat(sweep.get("steps_bn_L1")).isEqualTo(385.0);
        assertThat(sweep.get("steps_bn_L6")).isEqualTo(75.0);
        assertThat(sweep.get("steps_nobn_L1")).isEqualTo(480.0);
        assertThat(sweep.get("steps_nobn_L6")).isEqualTo(415.0);
        quoted(d, 4, "385", "385");
    }
}
