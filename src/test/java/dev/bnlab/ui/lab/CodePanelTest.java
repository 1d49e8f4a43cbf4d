package dev.bnlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Activation;
import dev.bnlab.core.Convention;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.ui.FxToolkit;
import dev.bnlab.ui.model.LabModel;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The code panel follows the model's settings and opens from the control panel's "Show code" button. */
class CodePanelTest {

    private LabModel model;

    @BeforeEach
    void setUp() {
        SessionConfig cfg = SessionConfig.defaults();
        Hyperparams hp = Hyperparams.defaults();
        model = new LabModel(cfg, hp);
    }

    @AfterEach
    void tearDown() {
        FxToolkit.run(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof CodePanel)
                .forEach(Window::hide));
        model.close();
    }

    @Test
    void textsFollowHyperparamsAndConfig() {
        CodePanel panel = FxToolkit.call(() -> new CodePanel(model));
        String[] initial = FxToolkit.call(() -> new String[] {panel.pytorchText.getText(), panel.kerasText.getText()});
        assertThat(initial[0]).contains("nn.BatchNorm1d(3, eps=0.001, momentum=0.1)", "lr=1.0");
        assertThat(initial[1]).contains("BatchNormalization(momentum=0.9, epsilon=0.001)");
        assertThat(FxToolkit.call(() -> panel.pytorchText.isEditable())).isFalse();

        FxToolkit.run(() -> model.setHyperparams(new Hyperparams(0.25, 64, 0.2, Convention.PYTORCH, 1e-5)));
        String torch = FxToolkit.call(() -> panel.pytorchText.getText());
        String keras = FxToolkit.call(() -> panel.kerasText.getText());
        assertThat(torch).contains("nn.BatchNorm1d(3, eps=0.00001, momentum=0.2)", "lr=0.25", "batch_size = 64")
                .isNotEqualTo(initial[0]);
        assertThat(keras).contains("BatchNormalization(momentum=0.8, epsilon=0.00001)", "batch_size=64");

        FxToolkit.run(() -> model.setConfig(model.config().withHidden(7).withActivation(Activation.RELU)
                .withPlacement(Placement.NONE), "test"));
        assertThat(FxToolkit.call(() -> panel.pytorchText.getText()))
                .contains("nn.Linear(2, 7)", "nn.ReLU()").doesNotContain("BatchNorm1d(");
        assertThat(FxToolkit.call(() -> panel.kerasText.getText()))
                .contains("layers.Dense(7)", "layers.Activation(\"relu\")").doesNotContain("BatchNormalization(");
    }

    @Test
    void showCodeButtonOpensOneWindowWithThePanel() {
        long windows = FxToolkit.call(() -> {
            Stage stage = new Stage();
            ControlPanel controls = new ControlPanel(model);
            stage.setScene(new Scene(controls, 320, 900));
            stage.show();
            controls.showCode.fire();
            controls.showCode.fire();
            long n = Window.getWindows().stream()
                    .filter(w -> w.isShowing() && w.getScene().getRoot() instanceof CodePanel).count();
            stage.hide();
            return n;
        });
        assertThat(windows).isEqualTo(1);
    }
}
