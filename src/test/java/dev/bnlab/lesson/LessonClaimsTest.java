package dev.bnlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bnlab.core.NeuronState;
import dev.bnlab.core.Placement;
import dev.bnlab.core.Snapshot;
import dev.bnlab.runtime.LiveFrame;
import dev.bnlab.runtime.LiveRun;
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
        double none = testAccuracy("b3-speed-and-lr", 0);
        double bn = testAccuracy("b3-speed-and-lr", 1);
        assertThat(none).isCloseTo(0.78, within(0.005));
        assertThat(bn).isCloseTo(0.90, within(0.005)).isGreaterThan(none + 0.1);
        double bnX30 = testAccuracy("b3-speed-and-lr", 2);
        double noneX30 = testAccuracy("b3-speed-and-lr", 3);
        assertThat(at("b3-speed-and-lr", 2).hyperparams().learningRate())
                .isEqualTo(30 * at("b3-speed-and-lr", 1).hyperparams().learningRate(), within(1e-12));
        assertThat(bnX30).isCloseTo(0.95, within(0.01)).isGreaterThan(bn);
        assertThat(noneX30).isCloseTo(0.95, within(0.01));
        // η = 30: near chance with BN and without it
        assertThat(testAccuracy("b3-speed-and-lr", 4)).isBetween(0.4, 0.6);
        LessonScene x100 = LessonLibrary.builtIn("b3-speed-and-lr").scene(4);
        Snapshot noBnX100 = LiveRun.headless(x100.config().withPlacement(Placement.NONE), x100.hyperparams(),
                x100.steps()).snapshot();
        assertThat(noBnX100.eval().testAccuracy()).isBetween(0.4, 0.6);
    }

    @Test
    void c1CovariateShift() {
        assertThat(testAccuracy("c1-covariate-shift", 0)).isCloseTo(0.92, within(0.005));
        assertThat(testAccuracy("c1-covariate-shift", 1)).isCloseTo(0.75, within(0.005));
        assertThat(at("c1-covariate-shift", 1).parameters()).isEqualTo(at("c1-covariate-shift", 0).parameters());
        assertThat(testAccuracy("c1-covariate-shift", 2)).isCloseTo(0.89, within(0.005));
        assertThat(testAccuracy("c1-covariate-shift", 3)).isCloseTo(0.75, within(0.005));
        LessonScene noBn = LessonLibrary.builtIn("c1-covariate-shift").scene(3);
        Snapshot unshifted = LiveRun.headless(noBn.config().withData(noBn.config().data()
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
        assertThat(LiveRun.headless(after.config(), after.hyperparams().withLearningRate(10), 1000).snapshot()
                .divergence()).isNotNull();
        for (Placement p : List.of(Placement.NONE, Placement.BEFORE)) {
            assertThat(LiveRun.headless(after.config().withPlacement(p), after.hyperparams().withLearningRate(10),
                    1000).snapshot().divergence()).as("%s at η = 10", p).isNull();
        }
    }

    @Test
    void c3WhyItWorks() {
        Snapshot start = LiveRun.headless(LessonLibrary.builtIn("c3-why-it-works").scene(0).config(),
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
        double noBnSmallBatch = testAccuracy("c3-why-it-works", 4);
        assertThat(bnSmallBatch).isCloseTo(0.55, within(0.005));
        assertThat(noBnSmallBatch).isCloseTo(0.90, within(0.005));
    }
}
