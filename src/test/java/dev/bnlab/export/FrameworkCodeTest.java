package dev.bnlab.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Activation;
import dev.bnlab.core.Convention;
import dev.bnlab.core.DataConfig;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.InputTransform;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class FrameworkCodeTest {

    private static SessionConfig config(int h, Activation a, Placement p) {
        return SessionConfig.defaults().withHidden(h).withActivation(a).withPlacement(p);
    }

    private static Hyperparams hp(double m, Convention c) {
        return new Hyperparams(0.37, 48, m, c, 2.5e-4);
    }

    static Stream<Arguments> placementsAndConventions() {
        return Arrays.stream(Placement.values())
                .flatMap(p -> Arrays.stream(Convention.values()).map(c -> Arguments.of(p, c)));
    }

    private static List<String> lines(String code) {
        return code.lines().toList();
    }

    private static int indexOf(List<String> lines, String fragment) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment) && !lines.get(i).trim().startsWith("#")) {
                return i;
            }
        }
        return -1;
    }

    @ParameterizedTest
    @MethodSource("placementsAndConventions")
    void bnLineSitsWherePlacementSaysInBothFrameworks(Placement p, Convention c) {
        SessionConfig cfg = config(5, Activation.TANH, p);
        Hyperparams h = hp(0.8, c);
        List<String> torch = lines(FrameworkCode.pytorch(cfg, h));
        List<String> keras = lines(FrameworkCode.keras(cfg, h));
        int torchBn = indexOf(torch, "nn.BatchNorm1d(");
        int torchAct = indexOf(torch, "nn.Tanh()");
        int kerasBn = indexOf(keras, "layers.BatchNormalization(");
        int kerasAct = indexOf(keras, "layers.Activation(\"tanh\")");
        assertThat(torchAct).isPositive();
        assertThat(kerasAct).isPositive();
        switch (p) {
            case NONE -> {
                assertThat(torchBn).isEqualTo(-1);
                assertThat(kerasBn).isEqualTo(-1);
                assertThat(String.join("\n", torch)).doesNotContain("BatchNorm");
                assertThat(String.join("\n", keras)).doesNotContain("BatchNormalization");
            }
            case BEFORE -> {
                assertThat(torchBn).isBetween(indexOf(torch, "nn.Linear(2, 5)") + 1, torchAct - 1);
                assertThat(kerasBn).isBetween(indexOf(keras, "layers.Dense(5)") + 1, kerasAct - 1);
            }
            case AFTER -> {
                assertThat(torchBn).isEqualTo(torchAct + 1);
                assertThat(kerasBn).isEqualTo(kerasAct + 1);
            }
        }
        assertThat(torch.get(indexOf(torch, "nn.Linear(5, 1)") - 1)).contains(p == Placement.AFTER ? "BatchNorm1d" : "Tanh");
        assertThat(String.join("\n", torch)).contains("lr=0.37", "batch_size = 48", "BCEWithLogitsLoss()");
        assertThat(String.join("\n", keras)).contains("SGD(learning_rate=0.37)", "batch_size=48",
                "BinaryCrossentropy(from_logits=True)");
        if (p.hasBatchNorm()) {
            assertThat(torch.get(torchBn)).contains("nn.BatchNorm1d(5, eps=0.00025,");
            assertThat(keras.get(kerasBn)).contains("epsilon=0.00025");
        }
    }

    @Test
    void kerasMomentumBecomesOneMinusMInPyTorch() {
        SessionConfig cfg = config(3, Activation.SIGMOID, Placement.BEFORE);
        Hyperparams h = hp(0.9, Convention.KERAS);
        assertThat(FrameworkCode.pytorch(cfg, h)).contains("momentum=0.1)").doesNotContain("0.0999");
        assertThat(FrameworkCode.keras(cfg, h)).contains("BatchNormalization(momentum=0.9, epsilon=0.00025)");
    }

    @Test
    void pytorchMomentumBecomesOneMinusMInKeras() {
        SessionConfig cfg = config(3, Activation.SIGMOID, Placement.AFTER);
        Hyperparams h = hp(0.1, Convention.PYTORCH);
        assertThat(FrameworkCode.keras(cfg, h)).contains("BatchNormalization(momentum=0.9, epsilon=0.00025)");
        assertThat(FrameworkCode.pytorch(cfg, h)).contains("nn.BatchNorm1d(3, eps=0.00025, momentum=0.1)");
    }

    @Test
    void cumulativeIsMomentumNoneInPyTorchAndSaidToHaveNoKerasEquivalent() {
        SessionConfig cfg = config(3, Activation.RELU, Placement.BEFORE);
        Hyperparams h = hp(0.3, Convention.PYTORCH_CUMULATIVE);
        assertThat(FrameworkCode.pytorch(cfg, h)).contains("momentum=None)");
        String keras = FrameworkCode.keras(cfg, h);
        assertThat(keras).contains("no equivalent", "BatchNormalization(epsilon=0.00025)");
        assertThat(keras.lines().filter(l -> l.contains("BatchNormalization(")).findFirst().orElseThrow())
                .doesNotContain("momentum");
    }

    @Test
    void remainingDifferencesAreExplainedInComments() {
        SessionConfig cfg = config(3, Activation.SIGMOID, Placement.BEFORE);
        for (String code : new String[] {FrameworkCode.pytorch(cfg, hp(0.9, Convention.KERAS)),
                FrameworkCode.keras(cfg, hp(0.9, Convention.KERAS))}) {
            assertThat(code).contains("unbiased", "biased", "n/(n−1)", "1e-5", "1e-3");
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void activationNamesMap(Activation a) {
        SessionConfig cfg = config(4, a, Placement.NONE);
        Hyperparams h = Hyperparams.defaults();
        String torchName = switch (a) {
            case SIGMOID -> "nn.Sigmoid()";
            case TANH -> "nn.Tanh()";
            case RELU -> "nn.ReLU()";
        };
        assertThat(FrameworkCode.pytorch(cfg, h)).contains("    " + torchName + ",");
        assertThat(FrameworkCode.keras(cfg, h)).contains("layers.Activation(\"" + a.name().toLowerCase() + "\")");
    }

    @Test
    void numbersRoundTripAndOneMinusPointNineIsPointOne() {
        assertThat(PythonNumber.literal(1 - 0.9)).isEqualTo("0.1");
        assertThat(MomentumTranslation.complement(0.99)).isEqualTo(0.01);
        assertThat(PythonNumber.literal(1e-5)).isEqualTo("0.00001");
        assertThat(PythonNumber.literal(1e-7)).isEqualTo("1e-7");
        assertThat(PythonNumber.literal(100)).isEqualTo("100.0");
        assertThat(PythonNumber.literal(0.0)).isEqualTo("0.0");
        for (double v : new double[] {0.001, 0.37, 1.0, 12.5, 3.3e-9, 0.999, 0.123456789}) {
            assertThat(Double.parseDouble(PythonNumber.literal(v))).isEqualTo(v);
        }
    }

    @ParameterizedTest
    @MethodSource("placementsAndConventions")
    void generatedCodeIsValidPython(Placement p, Convention c) {
        Assumptions.assumeTrue(SystemPython.available(), "no /usr/bin/python3");
        SessionConfig cfg = config(3, Activation.RELU, p);
        Hyperparams h = hp(0.9, c);
        for (String code : new String[] {FrameworkCode.pytorch(cfg, h), FrameworkCode.keras(cfg, h)}) {
            SystemPython.Result r = SystemPython.run("compile(" + SystemPython.quoted(code) + ", 'generated', 'exec')\n");
            assertThat(r.exitCode()).as(r.output() + "\n" + code).isZero();
        }
    }

    /** Three hidden layers and scaled inputs: three Linear → BN → activation blocks and the transform named. */
    @Test
    void aDeepNetworkRepeatsTheBlockPerLayerAndNamesTheInputTransform() {
        SessionConfig cfg = config(4, Activation.SIGMOID, Placement.BEFORE).withLayers(3)
                .withData(DataConfig.defaults().withInput(new InputTransform(10, 5)));
        Hyperparams h = hp(0.9, Convention.KERAS);
        String torch = FrameworkCode.pytorch(cfg, h);
        String keras = FrameworkCode.keras(cfg, h);
        assertThat(torch).contains("# BN Lab network: 2 → 4 → 4 → 4 → 1", "x' = 10.0 * x + 5.0",
                "nn.Linear(2, 4)", "nn.Linear(4, 4)", "nn.Linear(4, 1)");
        assertThat(torch.split("nn\\.BatchNorm1d\\(", -1)).hasSize(4);
        assertThat(torch.split("nn\\.Sigmoid\\(\\)", -1)).hasSize(4);
        assertThat(keras.split("layers\\.BatchNormalization\\(", -1)).hasSize(4);
        assertThat(keras.split("layers\\.Dense\\(4\\)", -1)).hasSize(4);
        if (SystemPython.canImport("torch")) {
            SystemPython.Result r = SystemPython.run(torch + """

                    kinds = [type(layer).__name__ for layer in model]
                    print("layers", ",".join(kinds))
                    """);
            assertThat(r.output()).contains("layers Linear,BatchNorm1d,Sigmoid,Linear,BatchNorm1d,Sigmoid,"
                    + "Linear,BatchNorm1d,Sigmoid,Linear");
        }
    }

    static Stream<Arguments> torchCases() {
        return Stream.of(Arguments.of(Placement.BEFORE, Convention.KERAS, 0.9, "0.1"),
                Arguments.of(Placement.AFTER, Convention.PYTORCH, 0.25, "0.25"),
                Arguments.of(Placement.BEFORE, Convention.PYTORCH_CUMULATIVE, 0.5, "None"),
                Arguments.of(Placement.NONE, Convention.KERAS, 0.9, "-"));
    }

    /** Builds the model with the real PyTorch, runs one training step and reads the BN layer back. */
    @ParameterizedTest
    @MethodSource("torchCases")
    void pytorchBuildsTheModelWithTheTranslatedMomentum(Placement p, Convention c, double m, String torchMomentum) {
        Assumptions.assumeTrue(SystemPython.canImport("torch"), "PyTorch is not importable by /usr/bin/python3");
        SessionConfig cfg = config(4, Activation.TANH, p);
        Hyperparams h = new Hyperparams(0.05, 8, m, c, 3e-4);
        String check = FrameworkCode.pytorch(cfg, h) + """

                torch.manual_seed(0)
                x = torch.randn(batch_size, 2)
                y = (x[:, :1] > 0).float()
                loss = train_step(x, y)
                assert loss == loss
                kinds = [type(layer).__name__ for layer in model]
                print("layers", ",".join(kinds))
                bns = [layer for layer in model if isinstance(layer, nn.BatchNorm1d)]
                if bns:
                    print("bn", bns[0].num_features, repr(bns[0].eps), bns[0].momentum)
                print("lr", optimizer.param_groups[0]["lr"])
                """;
        SystemPython.Result r = SystemPython.run(check);
        assertThat(r.exitCode()).as(r.output()).isZero();
        String expectedLayers = switch (p) {
            case NONE -> "Linear,Tanh,Linear";
            case BEFORE -> "Linear,BatchNorm1d,Tanh,Linear";
            case AFTER -> "Linear,Tanh,BatchNorm1d,Linear";
        };
        assertThat(r.output()).contains("layers " + expectedLayers, "lr 0.05");
        if (p.hasBatchNorm()) {
            assertThat(r.output()).contains("bn 4 0.0003 " + torchMomentum);
        } else {
            assertThat(r.output()).doesNotContain("bn ");
        }
    }
}
