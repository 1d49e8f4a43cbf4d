package dev.bnlab.ui.view;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Circle markers rendered once into small images and then blitted: on the software pipeline a blit is
 * several times cheaper than rasterizing a filled and a stroked oval for each of a thousand points.
 */
final class MarkerSprites {

    /** A pre-rendered marker; draws centred on a point. */
    static final class Sprite {
        private final WritableImage image;
        private final double size;

        Sprite(WritableImage image, double size) {
            this.image = image;
            this.size = size;
        }

        void drawCentered(GraphicsContext g, double x, double y) {
            g.drawImage(image, x - size / 2, y - size / 2, size, size);
        }
    }

    private record Key(Color fill, Color stroke, double radius, double lineWidth, double scale) {
    }

    private final Map<Key, Sprite> cache = new HashMap<>();

    /** A circle of the given radius filled with {@code fill} and outlined with {@code stroke} (FX thread). */
    Sprite get(Color fill, Color stroke, double radius, double lineWidth, double renderScale) {
        Key k = new Key(fill, stroke, radius, lineWidth, renderScale);
        Sprite s = cache.get(k);
        if (s == null) {
            if (cache.size() > 32) {
                cache.clear();
            }
            s = render(fill, stroke, radius, lineWidth, renderScale);
            cache.put(k, s);
        }
        return s;
    }

    private static Sprite render(Color fill, Color stroke, double radius, double lineWidth, double scale) {
        // room for the outline on both sides, rounded up to whole device pixels
        double size = Math.ceil((2 * radius + lineWidth + 2) * scale) / scale;
        int px = (int) Math.round(size * scale);
        Canvas c = new Canvas(px, px);
        GraphicsContext g = c.getGraphicsContext2D();
        g.scale(scale, scale);
        double o = size / 2 - radius;
        g.setFill(fill);
        g.fillOval(o, o, 2 * radius, 2 * radius);
        if (stroke != null && lineWidth > 0) {
            g.setStroke(stroke);
            g.setLineWidth(lineWidth);
            g.strokeOval(o, o, 2 * radius, 2 * radius);
        }
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        return new Sprite(c.snapshot(p, null), size);
    }
}
