package dev.bnlab.ui.fx;

import dev.bnlab.ui.plot.FrameCanvasView;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;

/**
 * A snapshot of a node at a scale, rendered at that scale rather than enlarged. Controls and text are vectors
 * and scale by themselves, but a canvas is a bitmap of its own size, so each canvas view in the node is
 * temporarily redrawn at {@code scale} × its pixel size under an output scale of {@code scale} (same layout,
 * finer pixels; see {@link FrameCanvasView#setOutputScale}), shown shrunk by 1/scale so that the snapshot transform maps it 1:1 to output pixels.
 * Everything is restored before returning. FX thread only.
 */
public final class CrispSnapshot {

    private CrispSnapshot() {
    }

    /** The node at {@code scale} × its size (scale 1: a plain snapshot). */
    public static WritableImage take(Node node, double scale) {
        return take(node, scale, null);
    }

    /** As {@link #take(Node, double)}, into {@code target} if it is not null (its size clips the picture). */
    public static WritableImage take(Node node, double scale, WritableImage target) {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        if (scale == 1) {
            return node.snapshot(params, target);
        }
        params.setTransform(new Scale(scale, scale));
        double outputScale = FrameCanvasView.outputScale();
        List<FrameCanvasView<?>> views = canvasViews(node);
        List<Scale> shrinks = new ArrayList<>();
        double[] widths = new double[views.size()];
        double[] heights = new double[views.size()];
        FrameCanvasView.setOutputScale(outputScale * scale);
        try {
            for (int i = 0; i < views.size(); i++) {
                FrameCanvasView<?> v = views.get(i);
                Canvas c = v.canvas();
                widths[i] = c.getWidth();
                heights[i] = c.getHeight();
                // an unmanaged canvas, laid out now, so the snapshot's layout pass leaves the enlarged canvas alone
                c.setManaged(false);
                v.layout();
                Scale shrink = new Scale(1 / scale, 1 / scale, 0, 0);
                c.setWidth(c.getWidth() * scale);
                c.setHeight(c.getHeight() * scale);
                c.getTransforms().add(shrink);
                shrinks.add(shrink);
                v.redraw();
            }
            return node.snapshot(params, target);
        } finally {
            FrameCanvasView.setOutputScale(outputScale);
            for (int i = 0; i < shrinks.size(); i++) {
                FrameCanvasView<?> v = views.get(i);
                Canvas c = v.canvas();
                c.getTransforms().remove(shrinks.get(i));
                c.setWidth(widths[i]);
                c.setHeight(heights[i]);
                c.setManaged(true);
                v.redraw();
            }
        }
    }

    /** Every canvas view in the node's tree (the node itself included). */
    static List<FrameCanvasView<?>> canvasViews(Node node) {
        List<FrameCanvasView<?>> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(Node n, List<FrameCanvasView<?>> out) {
        if (n instanceof FrameCanvasView<?> v) {
            if (v.canvas().getWidth() >= 1 && v.canvas().getHeight() >= 1) {
                out.add(v);
            }
            return;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }
}
