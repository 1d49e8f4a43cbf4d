package dev.bnlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.i18n.Messages;
import dev.bnlab.plot.DeepNetworkLayout;
import dev.bnlab.ui.LiveLab;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The layer the per-neuron views show: ] and [ step through the hidden layers (and stop at the ends), a click on a
 * layer of the network diagram shows it, and every frame then carries that layer's per-element arrays.
 */
@ExtendWith(ApplicationExtension.class)
class LayerSelectionTest {

    private LiveLab lab;

    @Start
    void start(Stage stage) {
        lab = LiveLab.show(stage, SessionConfig.defaults().withLayers(3), Hyperparams.defaults(), 1280, 720);
    }

    @AfterEach
    void stop() throws Exception {
        lab.close();
    }

    @Test
    void bracketsStepThroughTheLayersAndTheFramesFollow(FxRobot robot) throws Exception {
        lab.awaitFrame(f -> f.snapshot().layers() == 3);
        robot.clickOn(lab.window.views().get("histograms"));
        robot.type(KeyCode.CLOSE_BRACKET);
        lab.awaitFrame(f -> f.snapshot().batch().layer() == 1);
        robot.type(KeyCode.CLOSE_BRACKET, KeyCode.CLOSE_BRACKET);
        lab.awaitFrame(f -> f.snapshot().batch().layer() == 2);
        assertThat(lab.window.shownLayer()).as("stops at the last layer").isEqualTo(2);
        robot.type(KeyCode.OPEN_BRACKET);
        lab.awaitFrame(f -> f.snapshot().batch().layer() == 1);
        assertThat(lab.window.shownLayer()).isEqualTo(1);
    }

    @Test
    void clickingALayerOfTheDiagramShowsIt(FxRobot robot) throws Exception {
        lab.awaitFrame(f -> f.snapshot().layers() == 3);
        var net = lab.window.views().network();
        robot.interact(() -> { });
        DeepNetworkLayout l = net.lastDeepLayout();
        assertThat(l).isNotNull();
        // drawing coordinates → the view's (zoom 1 outside presentation mode): the canvas sits inside the border
        double x = net.canvas().getLayoutX() + l.columnX(2);
        double y = net.canvas().getLayoutY() + l.rowY(1);
        assertThat(net.pickAt(l.columnX(2), l.rowY(1))).isEqualTo(new DeepNetworkLayout.Pick(2, 1));
        // a fired event's coordinates are the scene's: the target's local ones are recomputed from them
        javafx.geometry.Point2D scene = net.localToScene(x, y);
        robot.interact(() -> net.fireEvent(click(net, scene.getX(), scene.getY())));
        assertThat(lab.window.selectedNeuron()).as("neuron picked by the click").isEqualTo(1);
        lab.awaitFrame(f -> f.snapshot().batch().layer() == 2);
        assertThat(lab.window.selectedNeuron()).isEqualTo(1);
        assertThat(Messages.format("views.layerOf", 3, 3)).isEqualTo("layer 3 of 3");
    }

    private static javafx.scene.input.MouseEvent click(javafx.scene.Node target, double x, double y) {
        return new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED, x, y, x, y,
                javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, false, false, false, true,
                false, true, null);
    }
}
