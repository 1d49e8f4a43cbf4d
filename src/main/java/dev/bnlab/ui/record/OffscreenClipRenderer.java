package dev.bnlab.ui.record;

import dev.bnlab.record.ClipFrame;
import dev.bnlab.record.ClipSize;
import dev.bnlab.record.FrameRenderer;
import dev.bnlab.ui.fx.CrispSnapshot;
import dev.bnlab.ui.fx.HeadlessFx;
import dev.bnlab.ui.fx.Stylesheets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Renders clip frames offscreen: a {@link ClipStage} in a scene of its own laid out at 1280 pixels wide (the
 * size the views are designed for) and snapshotted crisply at the clip's size ({@link CrispSnapshot}). Called
 * from the recording thread; each frame is one short task on the FX thread, so the app stays responsive.
 */
public final class OffscreenClipRenderer implements FrameRenderer {

    private final ClipSize size;
    private final double scale;
    private ClipStage stage;
    private Scene scene;
    private WritableImage image;
    private final int[] pixels;

    public OffscreenClipRenderer(ClipSize size) {
        this.size = size;
        this.scale = size.layoutScale();
        this.pixels = new int[size.width() * size.height()];
    }

    @Override
    public int[] render(ClipFrame f) throws Exception {
        FutureTask<int[]> task = new FutureTask<>(() -> renderOnFx(f));
        if (Platform.isFxApplicationThread()) {
            task.run();
        } else {
            Platform.runLater(task);
        }
        try {
            return task.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        } catch (InterruptedException e) {
            task.cancel(false);
            throw e;
        }
    }

    private int[] renderOnFx(ClipFrame f) {
        if (stage == null) {
            stage = new ClipStage();
            scene = Stylesheets.scene(stage, size.width() / scale, size.height() / scale);
            image = new WritableImage(size.width(), size.height());
        }
        stage.show(f.frame(), f.segment());
        HeadlessFx.settleLayout(scene);
        CrispSnapshot.take(stage, scale, image);
        image.getPixelReader().getPixels(0, 0, size.width(), size.height(), PixelFormat.getIntArgbInstance(),
                pixels, 0, size.width());
        return pixels;
    }

    /** The stage being filmed (FX thread; null before the first frame). */
    public ClipStage stage() {
        return stage;
    }
}
