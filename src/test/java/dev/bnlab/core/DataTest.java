package dev.bnlab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Data sets, the covariate shift, mini-batch order and weight initialization. */
class DataTest {

    private static DataConfig config(DatasetKind kind, long seed) {
        return new DataConfig(kind, 500, 200, 0.1, TestShift.NONE, seed);
    }

    // ------------------------------------------------------------------ data sets

    @ParameterizedTest
    @EnumSource(DatasetKind.class)
    void generatesTheRequestedPointsWithBothLabels(DatasetKind kind) {
        Dataset data = Dataset.generate(config(kind, 7));
        assertThat(data.inputs()).isEqualTo(2);
        assertThat(data.trainSize()).isEqualTo(500);
        assertThat(data.testSize()).isEqualTo(200);
        checkPoints(kind + " train", data.trainSize(), i -> data.trainLabel(i), (i, k) -> data.trainX(i, k));
        checkPoints(kind + " test", data.testSize(), i -> data.testLabel(i), (i, k) -> data.testX(i, k));
    }

    private interface Label {
        double at(int i);
    }

    private interface Coordinate {
        double at(int i, int k);
    }

    private static void checkPoints(String what, int count, Label label, Coordinate x) {
        int ones = 0;
        for (int i = 0; i < count; i++) {
            assertThat(label.at(i)).as(what + " label " + i).isIn(0.0, 1.0);
            ones += label.at(i) == 1.0 ? 1 : 0;
            for (int k = 0; k < 2; k++) {
                // roughly [−2, 2]² plus noise
                assertThat(x.at(i, k)).as(what + " x[" + i + "][" + k + "]").isFinite().isBetween(-4.0, 4.0);
            }
        }
        assertThat(ones).as(what + ": both classes, each at least 20 %").isBetween(count / 5, count - count / 5);
    }

    @ParameterizedTest
    @EnumSource(DatasetKind.class)
    void aSeedReproducesItsPointsAndAnotherSeedDoesNot(DatasetKind kind) {
        Dataset a = Dataset.generate(config(kind, 7));
        Dataset b = Dataset.generate(config(kind, 7));
        Dataset c = Dataset.generate(config(kind, 8));
        assertThat(b.trainFeatureMajor()).isEqualTo(a.trainFeatureMajor());
        assertThat(b.trainLabels()).isEqualTo(a.trainLabels());
        assertThat(b.testFeatureMajor()).isEqualTo(a.testFeatureMajor());
        assertThat(b.testLabels()).isEqualTo(a.testLabels());
        assertThat(c.trainFeatureMajor()).isNotEqualTo(a.trainFeatureMajor());
        assertThat(c.testFeatureMajor()).isNotEqualTo(a.testFeatureMajor());
    }

    @Test
    void testShiftTransformsOnlyTheTestSet() {
        TestShift shift = new TestShift(0.75, -1.25, 1.5);
        Dataset plain = Dataset.generate(config(DatasetKind.MOONS, 3));
        Dataset shifted = Dataset.generate(config(DatasetKind.MOONS, 3).withTestShift(shift));
        assertThat(shifted.trainFeatureMajor()).isEqualTo(plain.trainFeatureMajor());
        assertThat(shifted.trainLabels()).isEqualTo(plain.trainLabels());
        assertThat(shifted.testLabels()).isEqualTo(plain.testLabels());
        for (int i = 0; i < plain.testSize(); i++) {
            // x' = s·x + t
            assertThat(shifted.testX(i, 0)).isEqualTo(1.5 * plain.testX(i, 0) + 0.75);
            assertThat(shifted.testX(i, 1)).isEqualTo(1.5 * plain.testX(i, 1) - 1.25);
        }
        // shifting an existing data set equals generating it shifted, and shifting back restores it
        assertThat(plain.withTestShift(shift).testFeatureMajor()).isEqualTo(shifted.testFeatureMajor());
        assertThat(shifted.withTestShift(TestShift.NONE).testFeatureMajor()).isEqualTo(plain.testFeatureMajor());
    }

    // ------------------------------------------------------------------ mini-batches

    @Test
    void everyIndexOncePerEpochAcrossBatchBoundaries() {
        int total = 10;
        MiniBatchSampler sampler = new MiniBatchSampler(total, 5);
        List<Integer> stream = new ArrayList<>();
        int[] batch = new int[3];
        for (int b = 0; b < 14; b++) {
            sampler.next(batch, 3);
            for (int i : batch) {
                stream.add(i);
            }
        }
        // 42 indices: four complete epochs, each a permutation of 0..9, then two of the fifth
        for (int epoch = 0; epoch < 4; epoch++) {
            assertThat(stream.subList(epoch * total, (epoch + 1) * total)).as("epoch %d", epoch)
                    .containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        }
        assertThat(sampler.epoch()).isEqualTo(4);
        assertThat(stream.subList(0, total)).as("reshuffled")
                .isNotEqualTo(stream.subList(total, 2 * total));
    }

    @Test
    void aBatchCrossingTheEpochBoundaryFinishesTheOldOrderThenStartsTheNew() {
        int total = 7;
        MiniBatchSampler sampler = new MiniBatchSampler(total, 9);
        int[] first = new int[5];
        sampler.next(first, 5);
        int[] crossing = new int[5];
        sampler.next(crossing, 5);
        assertThat(sampler.epoch()).isEqualTo(1);
        // the crossing batch's first two complete epoch 0; its last three start epoch 1
        int[] epoch0 = new int[7];
        System.arraycopy(first, 0, epoch0, 0, 5);
        System.arraycopy(crossing, 0, epoch0, 5, 2);
        assertThat(epoch0).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6);
        int[] rest = new int[4];
        sampler.next(rest, 4);
        int[] epoch1 = {crossing[2], crossing[3], crossing[4], rest[0], rest[1], rest[2], rest[3]};
        assertThat(epoch1).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void largerSamplersReshuffleEveryEpochAndCopiesReplay() {
        int total = 50;
        MiniBatchSampler sampler = new MiniBatchSampler(total, 1);
        MiniBatchSampler twin = sampler.copy();
        int[][] epochs = new int[3][total];
        for (int[] epoch : epochs) {
            sampler.next(epoch, total);
        }
        assertThat(epochs[1]).isNotEqualTo(epochs[0]);
        assertThat(epochs[2]).isNotEqualTo(epochs[1]);
        int[] again = new int[total];
        twin.next(again, total);
        assertThat(again).isEqualTo(epochs[0]);
        assertThat(new MiniBatchSampler(total, 2).copy()).satisfies(other -> {
            int[] o = new int[total];
            other.next(o, total);
            assertThat(o).isNotEqualTo(epochs[0]);
        });
    }

    @Test
    void aBatchLargerThanTheDataIsRefused() {
        assertThatThrownBy(() -> new MiniBatchSampler(4, 1).next(new int[5], 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds");
    }

    // ------------------------------------------------------------------ initialization

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void xavierForSigmoidAndTanh(long seed) {
        for (Activation act : new Activation[] {Activation.SIGMOID, Activation.TANH}) {
            Network net = initializedWideNetwork(act, seed);
            // U(−a, a), a = √(6/(fan_in + fan_out)); std a/√3
            double a1 = Math.sqrt(6.0 / (8 + 64));
            assertThat(maxAbs(net.first().w.data)).isLessThanOrEqualTo(a1).isGreaterThan(0.9 * a1);
            assertThat(std(net.first().w.data)).isCloseTo(a1 / Math.sqrt(3), withPercentage(15));
            checkOutputLayerXavier(net);
            checkTheRest(net);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void heForRelu(long seed) {
        Network net = initializedWideNetwork(Activation.RELU, seed);
        // N(0, 2/fan_in)
        assertThat(std(net.first().w.data)).isCloseTo(Math.sqrt(2.0 / 8), withPercentage(15));
        assertThat(Math.abs(mean(net.first().w.data))).isLessThan(0.15 * Math.sqrt(2.0 / 8));
        checkOutputLayerXavier(net);
        checkTheRest(net);
    }

    @Test
    void initializationIsSeeded() {
        Network a = initializedWideNetwork(Activation.TANH, 1);
        Network b = initializedWideNetwork(Activation.TANH, 1);
        Network c = initializedWideNetwork(Activation.TANH, 2);
        assertThat(b.first().w.data).isEqualTo(a.first().w.data);
        assertThat(b.outW.data).isEqualTo(a.outW.data);
        assertThat(c.first().w.data).isNotEqualTo(a.first().w.data);
    }

    /** 8 inputs → 64 hidden, with state an earlier run could leave behind, then initialized. */
    private static Network initializedWideNetwork(Activation act, long seed) {
        Network net = new Network(8, 64, act, Placement.BEFORE);
        net.first().gamma.fill(5);
        net.first().beta.fill(-2);
        net.first().b.fill(3);
        net.outB.fill(3);
        net.first().runningMean.fill(7);
        net.first().runningVar.fill(9);
        net.setRunningUpdates(12);
        Initializer.initialize(net, seed);
        return net;
    }

    /** The output layer feeds a sigmoid: Xavier with fan_in = h, fan_out = 1. */
    private static void checkOutputLayerXavier(Network net) {
        double a2 = Math.sqrt(6.0 / (64 + 1));
        assertThat(maxAbs(net.outW.data)).isLessThanOrEqualTo(a2).isGreaterThan(0.8 * a2);
        assertThat(std(net.outW.data)).isCloseTo(a2 / Math.sqrt(3), withPercentage(20));
    }

    /** γ = 1, β = 0, biases 0, running mean 0, running variance 1, no updates yet. */
    private static void checkTheRest(Network net) {
        assertThat(net.first().gamma.data).containsOnly(1.0);
        assertThat(net.first().beta.data).containsOnly(0.0);
        assertThat(net.first().b.data).containsOnly(0.0);
        assertThat(net.outB.data).containsOnly(0.0);
        assertThat(net.first().runningMean.data).containsOnly(0.0);
        assertThat(net.first().runningVar.data).containsOnly(1.0);
        assertThat(net.runningUpdates()).isZero();
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }

    private static double std(double[] v) {
        double mu = mean(v);
        return Math.sqrt(Arrays.stream(v).map(x -> (x - mu) * (x - mu)).sum() / v.length);
    }

    private static double maxAbs(double[] v) {
        return Arrays.stream(v).map(Math::abs).max().orElseThrow();
    }
}
