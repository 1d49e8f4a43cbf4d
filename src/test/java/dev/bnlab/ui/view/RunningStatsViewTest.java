package dev.bnlab.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Activation;
import dev.bnlab.core.Convention;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;

class RunningStatsViewTest {

    private static WritableImage shot(CanvasView v, ViewFrame f, int w, int h, String name) {
        WritableImage img = ViewFixtures.render(v, f, w, h);
        ViewFixtures.saveIfRequested(img, "running-" + name + "-" + w + "x" + h);
        return img;
    }

    @Test
    void rendersTheShots() {
        SessionConfig cfg = SessionConfig.defaults();
        Hyperparams hp = Hyperparams.defaults();
        ViewFrame[] frames = {
            ViewFixtures.defaultFrame(),
            ViewFixtures.frameWithPlacement(Placement.NONE, 200),
            ViewFixtures.frameWithPlacement(Placement.AFTER, 200),
            ViewFixtures.frameAfter(200, cfg.withActivation(Activation.RELU), hp.withConvention(Convention.PYTORCH).withMomentum(0.1)),
            ViewFixtures.frameAfter(0, cfg, hp),
            ViewFixtures.frameAfter(1, cfg, hp),
            ViewFixtures.frameAfter(2000, cfg, hp),
            ViewFixtures.frameAfter(300, cfg, hp.withBatchSize(2)),
            ViewFixtures.frameAfter(50, cfg, hp.withBatchSize(1024)),
            ViewFixtures.frameAfter(100, cfg.withHidden(1), hp.withConvention(Convention.PYTORCH_CUMULATIVE)),
            ViewFixtures.frameAfter(100, cfg.withHidden(8), hp).withSelectedNeuron(6),
        };
        String[] names = {"default", "none", "after", "relu-pytorch", "step0", "step1", "step2000", "n2", "n1024",
            "h1-cumulative", "h8sel7"};
        int[][] sizes = {{420, 330}, {640, 400}, {1280, 720}, {400, 260}};
        for (int i = 0; i < frames.length; i++) {
            for (int[] s : sizes) {
                shot(new RunningStatsView(), frames[i], s[0], s[1], names[i]);
            }
        }
    }
}
