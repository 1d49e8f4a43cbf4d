package dev.bnlab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A huge learning rate drives the run to NaN/∞; the session then stops in a diverged state with the step and
 * reason, throws nothing, and a reset brings it back.
 */
class DivergenceTest {

    private static final int MAX_STEPS = 500;

    /**
     * Settings that diverge (measured): bounded activations without BN never overflow, whatever the learning rate,
     * but relu without BN, and BN after any activation (γ grows without bound), do.
     */
    static Stream<Arguments> divergingSettings() {
        return Stream.of(
                Arguments.of(Activation.RELU, Placement.NONE, 1e12),
                Arguments.of(Activation.SIGMOID, Placement.AFTER, 1e12),
                Arguments.of(Activation.RELU, Placement.BEFORE, 1e6));
    }

    @ParameterizedTest(name = "{0} {1} lr={2}")
    @MethodSource("divergingSettings")
    void hugeLearningRateDivergesCleanlyAndResetRecovers(Activation activation, Placement placement, double lr) {
        SessionConfig config = new SessionConfig(new DataConfig(DatasetKind.XOR, 256, 64, 0.1, TestShift.NONE, 3),
                3, 1, activation, placement, 3, 3, 10);
        Hyperparams huge = new Hyperparams(lr, 16, 0.9, Convention.KERAS, 1e-3);
        TrainingSession session = new TrainingSession(config, huge);

        assertThatCode(() -> {
            int steps = 0;
            while (steps < MAX_STEPS && session.advance()) {
                steps++;
            }
        }).doesNotThrowAnyException();

        Divergence divergence = session.divergence();
        assertThat(divergence).as("diverged within %d steps", MAX_STEPS).isNotNull();
        assertThat(divergence.step()).isEqualTo(session.stepCount()).isPositive();
        assertThat(divergence.what()).containsAnyOf("NaN", "infinite");
        assertThat(divergence.message()).endsWith("at step " + divergence.step());
        assertThat(session.stepHistory().count()).isEqualTo(divergence.step());

        // stopped: nothing more happens, and snapshots say why
        assertThat(session.advance()).isFalse();
        assertThat(session.stepCount()).isEqualTo(divergence.step());
        Snapshot stopped = session.step();
        assertThat(stopped.diverged()).isTrue();
        assertThat(stopped.divergence()).isEqualTo(divergence);
        assertThat(stopped.step()).isEqualTo(divergence.step());
        assertThatCode(() -> session.snapshot(true)).doesNotThrowAnyException();
        assertThatCode(session::evaluate).doesNotThrowAnyException();

        // reset with a sane learning rate: healthy again
        session.setHyperparams(huge.withLearningRate(0.1));
        session.reset();
        assertThat(session.divergence()).isNull();
        assertThat(session.stepCount()).isZero();
        for (int i = 0; i < 30; i++) {
            assertThat(session.advance()).isTrue();
        }
        Snapshot healthy = session.snapshot(true);
        assertThat(healthy.diverged()).isFalse();
        assertThat(healthy.step()).isEqualTo(30);
        assertThat(healthy.loss()).isFinite();
        assertThat(session.network().parametersFinite()).isTrue();
    }
}
